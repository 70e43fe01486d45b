import { error, json } from '@sveltejs/kit';
import { documentParamsSchema } from '$lib/domain/documents';
import { database } from '$lib/server/db/database';
import * as documents from '$lib/server/documents';
import { answer, parseInput } from '$lib/server/http/answer';
import type { RequestHandler } from './$types';

/** GET /api/documents/{id} — a document: its text, sections, mentions and proposals with their status. */
export const GET: RequestHandler = async ({ params }) => {
	const { id } = parseInput(documentParamsSchema, params);
	const view = await answer(() => documents.getDocument(database(), id));
	if (!view) error(404, { message: `Aucun document « ${id} ».`, code: 'not-found' });
	return json(view);
};
