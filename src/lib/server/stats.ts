import { entityKinds, type EntityKind } from '$lib/domain/model';
import type { Database } from '$lib/server/db/neo4j';
import { kindCountRow, statement } from '$lib/server/db/rows';

const COUNT_ENTITIES_BY_KIND = statement('stats/count-entities-by-kind', kindCountRow);

/** How many entities of each kind the graph holds, largest first. */
export async function countEntitiesByKind(database: Database): Promise<{ kind: EntityKind; count: number }[]> {
	return COUNT_ENTITIES_BY_KIND.read(database, { kinds: entityKinds });
}
