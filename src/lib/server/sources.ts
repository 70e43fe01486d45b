import type { Source } from '$lib/domain/entity';
import type { Database } from '$lib/server/db/neo4j';
import { sourcesRow, statement } from '$lib/server/db/rows';

const LIST_ALL_SOURCES = statement('entities/list-all-sources', sourcesRow);

/** Every source document and dataset the graph cites. */
export async function listAllSources(database: Database): Promise<Source[]> {
	return LIST_ALL_SOURCES.read(database);
}
