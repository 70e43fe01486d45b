import { json } from '@sveltejs/kit';
import { database } from '$lib/server/db/database';
import * as documents from '$lib/server/documents';
import { writer } from '$lib/server/http/api-writes';
import { answer } from '$lib/server/http/answer';
import { addedAnswer, addFromRequest } from '$lib/server/http/documents';
import type { RequestHandler } from './$types';

/** GET /api/documents — the documents read, newest first. */
export const GET: RequestHandler = async () => json(await answer(() => documents.listDocuments(database())));

/** POST /api/documents — a text (JSON) or a file (multipart) to read: 201 with its mentions and proposed facts. */
export const POST: RequestHandler = async (event) => {
	const caller = writer(event, 'contributeur');
	const view = await addFromRequest(database(), caller, event.request);
	return json(addedAnswer(view), { status: 201, headers: { Location: `/api/documents/${view.id}` } });
};
