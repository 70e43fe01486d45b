import { documentInputSchema, fileMetadataSchema, DOCUMENT_MAX_BYTES, type DocumentView } from '$lib/domain/documents';
import type { Caller } from './caller';
import { invalidInput, parseInput } from './answer';
import { readJsonBody } from './body';
import * as documents from '$lib/server/documents';
import type { Database } from '$lib/server/db/neo4j';
import { answerWrite } from './writes';

/**
 * POST /api/documents: JSON `{ title, url?, publisher?, publishedAt?, kind?, text }`, or a
 * multipart form with the same fields and a `file` (PDF, HTML, DOCX, TXT).
 */
export async function addFromRequest(database: Database, caller: Caller, request: Request): Promise<DocumentView> {
	const author = { id: caller.account.id, name: caller.account.name };
	if ((request.headers.get('content-type') ?? '').toLowerCase().startsWith('multipart/form-data')) {
		const form = await request.formData().catch(() => invalidInput([{ path: [], message: 'le formulaire multipart est illisible' }]));
		const fields = Object.fromEntries([...form.entries()].filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
		const file = form.get('file');
		if (file instanceof File && file.size > 0) {
			if (file.size > DOCUMENT_MAX_BYTES) invalidInput([{ path: ['file'], message: `dépasse ${DOCUMENT_MAX_BYTES / 1024 / 1024} Mo` }]);
			const metadata = parseInput(fileMetadataSchema, fields);
			return answerWrite(() => documents.addDocumentFile(database, author, metadata, file));
		}
		const input = parseInput(documentInputSchema, fields);
		return answerWrite(() => documents.addDocument(database, author, input));
	}
	const input = parseInput(documentInputSchema, await readJsonBody(request, { allowEmpty: false }));
	return answerWrite(() => documents.addDocument(database, author, input));
}

/** The answer of POST /api/documents: the document's id, mentions and proposals (and the rest of its view). */
export function addedAnswer(view: DocumentView) {
	return {
		id: view.id,
		title: view.title,
		mentions: view.mentions,
		proposals: view.proposals,
		sections: view.sections,
		readingMs: view.readingMs
	};
}
