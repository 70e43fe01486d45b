import { createHash } from 'node:crypto';
import { cypher } from './cypher';
import type { Database, Row } from './neo4j';

const LIST_ENTITIES = cypher('export/list-all-entities');
const LIST_RELATIONSHIPS = cypher('export/list-all-relationships');
const PAGE = 5_000;

export interface GraphDigest {
	entities: number;
	relationships: number;
	/** SHA-256 of every entity and relationship with its properties, in a stable order. */
	checksum: string;
}

/**
 * Counts and fingerprints the whole graph, so that "nothing changed" (a re-run seed, a failed
 * import, an export re-imported) is a comparison of two digests.
 */
export async function digestGraph(database: Database): Promise<GraphDigest> {
	const hash = createHash('sha256');
	const entities = await eachPage(database, LIST_ENTITIES, (row) => hash.update(stableJson(row)));
	hash.update('\n--\n');
	const relationships = await eachPage(database, LIST_RELATIONSHIPS, (row) => hash.update(stableJson(row)));
	return { entities, relationships, checksum: hash.digest('hex') };
}

async function eachPage(database: Database, statement: string, visit: (row: Row) => void): Promise<number> {
	let count = 0;
	for (let skip = 0; ; skip += PAGE) {
		const rows = await database.read(statement, { skip, limit: PAGE });
		rows.forEach(visit);
		count += rows.length;
		if (rows.length < PAGE) return count;
	}
}

/** JSON with object keys sorted, so that equal content always gives equal text. */
export function stableJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
	if (value && typeof value === 'object') {
		const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
		return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${stableJson(entry)}`).join(',')}}`;
	}
	return JSON.stringify(value);
}
