import { entityKinds, placeKinds, type EntityKind } from '$lib/domain/model';
import type { Database } from '$lib/server/db/neo4j';
import { kindCountRow, statement } from '$lib/server/db/rows';

const COUNT_ENTITIES_BY_KIND = statement('stats/count-entities-by-main-kind', kindCountRow);

/** Kinds in the order `kindOf` reads them: a place that acts is counted as the place. */
const KINDS_BY_PRECEDENCE = [...placeKinds, ...entityKinds.filter((kind) => !(placeKinds as readonly string[]).includes(kind))];

/** How many entities of each kind the graph holds, largest first; each entity counted once. */
export async function countEntitiesByKind(database: Database): Promise<{ kind: EntityKind; count: number }[]> {
	return COUNT_ENTITIES_BY_KIND.read(database, { kinds: KINDS_BY_PRECEDENCE });
}
