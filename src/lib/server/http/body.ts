import { error } from '@sveltejs/kit';
import { invalidInput } from './answer';

/** How a route reads its body, when it differs from the usual. */
export interface BodyRules {
	/** Longest body, in characters, the route takes; past it, 413 `too-large` (the server's own limit still applies). */
	maxChars?: number;
	/** How the 413 starts: `Vue trop grande` gives `Vue trop grande : 612 000 caractères, 500 000 au plus.` */
	tooLarge?: string;
	/** An empty body reads as `{}` (every field left to its default) unless the route refuses it: a write wants a body. */
	allowEmpty?: boolean;
}

const NOT_JSON = 'le corps de la requête doit être un objet JSON';

/**
 * The request body as JSON, for every route that takes one. Answers 413 `payload-too-large` past
 * the server's BODY_SIZE_LIMIT, 413 `too-large` past the route's own limit, and 400
 * `invalid-input` when the body is not JSON (or is empty where the route wants one).
 */
export async function readJsonBody(
	request: Request,
	{ maxChars, tooLarge = 'Corps de la requête trop grand', allowEmpty = true }: BodyRules = {}
): Promise<unknown> {
	let text: string;
	try {
		text = await request.text();
	} catch (caught) {
		// adapter-node stops reading past BODY_SIZE_LIMIT (512 Ko by default) with a 413 of its own.
		if (caught instanceof Error && 'status' in caught && caught.status === 413) {
			error(413, {
				message: 'Le corps de la requête dépasse la taille permise par le serveur (BODY_SIZE_LIMIT).',
				code: 'payload-too-large'
			});
		}
		invalidInput([{ path: [], message: NOT_JSON }]);
	}
	if (maxChars !== undefined && text.length > maxChars) {
		error(413, { message: `${tooLarge} : ${text.length} caractères, ${maxChars} au plus.`, code: 'too-large' });
	}
	if (text.trim() === '' && allowEmpty) return {};
	try {
		return JSON.parse(text) as unknown;
	} catch {
		invalidInput([{ path: [], message: NOT_JSON }]);
	}
}
