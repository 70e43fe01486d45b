import { z } from 'zod';

/**
 * Where a fact comes from, stored on nodes and relationships as `"<source id>#<section>"`:
 * Neo4j properties cannot hold maps, and one string per citation keeps lists aligned.
 */
export const sourceReferenceSchema = z.object({
	sourceId: z.string().min(1),
	section: z.string().optional()
});
export type SourceReference = z.infer<typeof sourceReferenceSchema>;

/** Turns a stored citation back into its parts. */
export function parseSourceReference(stored: string): SourceReference {
	const hash = stored.indexOf('#');
	if (hash === -1) return { sourceId: stored };
	const section = stored.slice(hash + 1).trim();
	return { sourceId: stored.slice(0, hash), ...(section ? { section } : {}) };
}

/** The stored form of a citation. */
export function formatSourceReference({ sourceId, section }: SourceReference): string {
	return section ? `${sourceId}#${section}` : sourceId;
}
