import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DatabaseUnavailableError, QueryTimeoutError } from '$lib/server/db/neo4j';
import { answer, invalidInput, parseInput, UNAVAILABLE_MESSAGE, unexpectedError } from './answer';
import { outcome } from '../../../../tests/support/http-outcome';

/** English words the API once answered with. */
const ENGLISH = /\b(No entity|must be|must not|Invalid input|expected|received|is required|Too (small|big))\b/;

describe('parseInput', () => {
	const schema = z.object({ q: z.string().min(1), limit: z.coerce.number().int().max(50) });

	it('gives the parsed input', () => {
		expect(parseInput(schema, { q: 'cleon', limit: '3' })).toEqual({ q: 'cleon', limit: 3 });
	});

	it('answers 400 invalid-input naming every wrong field, in French', async () => {
		const answered = await outcome(() => parseInput(schema, { q: '', limit: '99' }));
		expect(answered).toMatchObject({ status: 400, code: 'invalid-input' });
		expect(answered.message).toMatch(/^Paramètres invalides — champ « q » : .+ ; champ « limit » : .+$/);
		expect(answered.message).not.toMatch(ENGLISH);
	});

	it('says the same for a check the schema could not make', async () => {
		expect(await outcome(() => invalidInput([{ path: ['themes', 1], message: 'thème inconnu « x »' }]))).toEqual({
			status: 400,
			code: 'invalid-input',
			message: 'Paramètres invalides — champ « themes[1] » : thème inconnu « x »'
		});
	});
});

describe('answer', () => {
	it('answers 503 database-unavailable, saying what to do, when Neo4j does not answer', async () => {
		expect(await outcome(() => answer(() => Promise.reject(new DatabaseUnavailableError('Neo4j does not answer at bolt://x.'))))).toEqual({
			status: 503,
			code: 'database-unavailable',
			message: UNAVAILABLE_MESSAGE
		});
	});

	it('answers 504 query-timeout when a read outruns its time-out', async () => {
		expect(await outcome(() => answer(() => Promise.reject(new QueryTimeoutError('The query ran longer than its time-out.'))))).toEqual({
			status: 504,
			code: 'query-timeout',
			message: 'La requête a dépassé son temps maximal et a été interrompue.'
		});
	});

	it('lets any other error through, for SvelteKit to answer 500', async () => {
		await expect(answer(() => Promise.reject(new TypeError('bug')))).rejects.toThrow(TypeError);
	});
});

describe('unexpectedError', () => {
	it('tells a server fault in French with the request id to quote, and nothing of its cause', () => {
		const body = unexpectedError(500, 'req-123');
		expect(body).toMatchObject({ code: 'internal', message: expect.stringContaining('req-123') });
		expect(body.message).toMatch(/^Erreur interne du serveur/);
		expect(body.message).not.toMatch(ENGLISH);
	});

	it('names a missing page and any other status in French', () => {
		expect(unexpectedError(404, 'x')).toEqual({ message: 'Page introuvable.', code: 'not-found' });
		expect(unexpectedError(418, 'x')).toEqual({ message: 'La requête n’a pas abouti (HTTP 418).', code: 'error' });
	});
});
