import { z } from 'zod';

/** Rows of the reader's statements (`cypher/documents/`). */

export const nameRow = z.object({
	id: z.string(),
	name: z.string().catch(''),
	aliases: z.array(z.string()).catch([]),
	kind: z.string().catch('Entity'),
	institution: z.boolean().catch(false),
	funder: z.boolean().catch(false),
	code: z.string().catch(''),
	phase: z.string().nullable().catch(null),
	departement: z.string().nullable().catch(null)
});
export const graphVersionRow = z.object({
	entities: z.number(),
	changesets: z.number(),
	latest: z.string().nullable().catch(null)
});
export const readingRow = z.object({ json: z.string(), revision: z.number() });
export const readingSummaryRow = z.object({ json: z.string() });
export const readingIdRow = z.object({ id: z.string() });
