import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseSourceReference } from '$lib/domain/source-reference';
import type { GraphRows } from './rows';

/** Makes typography and spacing comparable: curly vs straight quotes, non-breaking spaces, line breaks. */
function normalise(text: string): string {
	return text
		.replace(/[’‘]/g, "'")
		.replace(/[“”]/g, '"')
		.replace(/[\u00a0\u202f]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

export interface EvidenceMismatch {
	relationship: string;
	sourceId: string;
	excerpt: string;
}

/**
 * Checks that every evidence excerpt is found word for word in the document it cites (the parts
 * between "…" each on their own). `documents` maps a source id to the file of its full text.
 */
export async function findEvidenceMismatches(
	rows: GraphRows,
	documents: Map<string, string>,
	directory: string
): Promise<EvidenceMismatch[]> {
	const texts = new Map<string, string>();
	for (const [sourceId, file] of documents) texts.set(sourceId, normalise(await readFile(path.join(directory, file), 'utf8')));
	const mismatches: EvidenceMismatch[] = [];
	for (const row of rows.relationships) {
		const sources = (row.properties.sources as string[] | undefined) ?? [];
		const evidence = (row.properties.evidence as string[] | undefined) ?? [];
		sources.forEach((stored, index) => {
			const excerpt = evidence[index];
			const text = texts.get(parseSourceReference(stored).sourceId);
			if (!excerpt || text === undefined) return;
			const parts = excerpt
				.split(/…|\.\.\./)
				.map(normalise)
				.filter((part) => part.length > 0);
			if (!parts.every((part) => text.includes(part))) {
				mismatches.push({ relationship: `${row.from} -${row.type}-> ${row.to}`, sourceId: parseSourceReference(stored).sourceId, excerpt });
			}
		});
	}
	return mismatches;
}
