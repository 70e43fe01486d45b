import { documentSummarySchema, documentViewSchema, type DocumentSummary, type DocumentView } from '$lib/domain/documents';
import type { Database } from '$lib/server/db/neo4j';
import { statement } from '$lib/server/db/rows';
import { readingIdRow, readingRow, readingSummaryRow } from '$lib/server/db/rows/documents';

/**
 * Where readings are kept: one :DocumentReading node per document, its view as JSON (checked with
 * zod when read back), a summary line for the list, and a revision so that two people deciding at
 * once cannot overwrite each other's decisions.
 */

const CREATE = statement('documents/create-reading', readingIdRow);
const UPDATE = statement('documents/update-reading', readingIdRow);
const DELETE = statement('documents/delete-reading', readingIdRow);
const GET = statement('documents/get-reading', readingRow);
const LIST = statement('documents/list-readings', readingSummaryRow);

/** Someone saved the reading since it was read: reload and decide again. */
export class ReadingChangedError extends Error {
	override name = 'ReadingChangedError';
	constructor() {
		super('Ce document a été modifié entre-temps (une autre décision) : rechargez la page et recommencez.');
	}
}

export function summaryOf(view: DocumentView): DocumentSummary {
	const counts = { pending: 0, accepted: 0, proposed: 0, rejected: 0 };
	for (const proposal of view.proposals) counts[proposal.status]++;
	const { id, title, publisher, publishedAt, kind, addedBy, addedAt } = view;
	return documentSummarySchema.parse({ id, title, publisher, publishedAt, kind, addedBy, addedAt, characters: view.text.length, counts });
}

export async function createReading(database: Database, view: DocumentView): Promise<void> {
	await CREATE.write(database, {
		id: view.id,
		addedAt: view.addedAt,
		json: JSON.stringify(view),
		summary: JSON.stringify(summaryOf(view))
	});
}

export async function deleteReading(database: Database, id: string): Promise<void> {
	await DELETE.write(database, { id });
}

export async function getReading(database: Database, id: string): Promise<{ view: DocumentView; revision: number } | null> {
	const [row] = await GET.read(database, { id });
	if (!row) return null;
	return { view: documentViewSchema.parse(JSON.parse(row.json)), revision: row.revision };
}

export async function saveReading(database: Database, view: DocumentView, revision: number): Promise<void> {
	const saved = await UPDATE.write(database, {
		id: view.id,
		revision,
		json: JSON.stringify(view),
		summary: JSON.stringify(summaryOf(view))
	});
	if (saved.length === 0) throw new ReadingChangedError();
}

export async function listReadings(database: Database, limit = 500): Promise<DocumentSummary[]> {
	return (await LIST.read(database, { limit })).map((row) => documentSummarySchema.parse(JSON.parse(row.json)));
}
