import { describe, expect, it } from 'vitest';
import { ApiError } from '$lib/client/http';
import { translator } from '$lib/i18n/translator';
import { describeFailure, Notices } from './notices.svelte';

const t = translator('fr');

describe('Notices', () => {
	it('is busy while a request runs, and gives back what it returned', async () => {
		const notices = new Notices(t);
		let busyDuring = false;
		const value = await notices.run(async () => {
			busyDuring = notices.busy;
			return 42;
		});
		expect(busyDuring).toBe(true);
		expect(value).toBe(42);
		expect(notices.busy).toBe(false);
		expect(notices.notice).toBeNull();
	});

	it('turns a failed request into an error notice in French', async () => {
		const notices = new Notices(t);
		const value = await notices.run(() => Promise.reject(new ApiError(404, 'No entity')));
		expect(value).toBeUndefined();
		expect(notices.busy).toBe(false);
		expect(notices.notice).toEqual({ tone: 'error', text: 'Cette entité n’existe pas dans le graphe.' });
	});

	it('says what happened, what went wrong, and takes it away', () => {
		const notices = new Notices(t);
		notices.inform('Rien de nouveau');
		expect(notices.notice).toEqual({ tone: 'info', text: 'Rien de nouveau' });
		notices.fail('Raté');
		expect(notices.notice).toEqual({ tone: 'error', text: 'Raté' });
		notices.dismiss();
		expect(notices.notice).toBeNull();
	});
});

describe('describeFailure', () => {
	it('tells a missing entity, an unavailable database, a view too large, another answer and no answer apart', () => {
		expect(describeFailure(new ApiError(503, 'La base de données est indisponible.'), t)).toBe('La base de données est indisponible.');
		expect(describeFailure(new ApiError(504, 'Trop long.'), t)).toBe('Trop long.');
		expect(describeFailure(new ApiError(431, 'Request Header Fields Too Large'), t)).toMatch(/^Cette vue compte trop d’entités/);
		expect(describeFailure(new ApiError(500, 'Boom'), t)).toBe('Le serveur a répondu 500\u00a0: Boom');
		expect(describeFailure(new TypeError('Failed to fetch'), t)).toBe('Le serveur ne répond pas. Vérifiez votre connexion et réessayez.');
	});
});
