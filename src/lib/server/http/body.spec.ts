import { isHttpError } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { readJsonBody, type BodyRules } from './body';

const post = (body: string) => new Request('http://localhost/api/x', { method: 'POST', body });

/** The status and body of the error `readJsonBody` answered with. */
async function refusal(request: Request, rules?: BodyRules) {
	const caught = await readJsonBody(request, rules).then(
		() => null,
		(error: unknown) => error
	);
	if (!isHttpError(caught)) throw new Error(`expected an HTTP error, got ${String(caught)}`);
	return { status: caught.status, ...caught.body };
}

describe('readJsonBody', () => {
	it('reads JSON, and an empty body as {} unless the route wants one', async () => {
		expect(await readJsonBody(post('{"ids": ["a"]}'))).toEqual({ ids: ['a'] });
		expect(await readJsonBody(post(' \n'))).toEqual({});
		expect(await refusal(post(''), { allowEmpty: false })).toEqual({
			status: 400,
			code: 'invalid-input',
			message: 'Paramètres invalides — le corps de la requête doit être un objet JSON'
		});
	});

	it('answers 400 invalid-input, in French, for a body that is not JSON', async () => {
		for (const body of ['{', 'NaN', '{"text":"a"}{}']) {
			expect(await refusal(post(body))).toEqual({
				status: 400,
				code: 'invalid-input',
				message: 'Paramètres invalides — le corps de la requête doit être un objet JSON'
			});
		}
	});

	it('answers 413 too-large past the route’s own limit, with the size and the limit', async () => {
		expect(await refusal(post(`"${'a'.repeat(20)}"`), { maxChars: 10, tooLarge: 'Vue trop grande' })).toEqual({
			status: 413,
			code: 'too-large',
			message: 'Vue trop grande : 22 caractères, 10 au plus.'
		});
		expect(await refusal(post('[1, 2, 3]'), { maxChars: 4 })).toMatchObject({
			message: 'Corps de la requête trop grand : 9 caractères, 4 au plus.'
		});
	});

	it('answers 413 payload-too-large when the server stops reading past BODY_SIZE_LIMIT', async () => {
		const request = post('{}');
		request.text = () =>
			Promise.reject(Object.assign(new Error('Content-length of 600000 exceeds limit of 524288 bytes.'), { status: 413 }));
		expect(await refusal(request)).toEqual({
			status: 413,
			code: 'payload-too-large',
			message: 'Le corps de la requête dépasse la taille permise par le serveur (BODY_SIZE_LIMIT).'
		});
	});
});
