import type { Source } from '$lib/domain/entity';
import { cypher } from '$lib/server/db/cypher';
import type { Database } from '$lib/server/db/neo4j';

const LIST_ALL_SOURCES = cypher('entities/list-all-sources');

/** Every source document and dataset the graph cites. */
export async function listAllSources(database: Database): Promise<Source[]> {
	const rows = await database.read(LIST_ALL_SOURCES);
	return rows.map(
		(row) => Object.fromEntries(Object.entries(row.source as Record<string, unknown>).filter(([, value]) => value !== null)) as Source
	);
}
