import { entityKinds, entityKindSchema, type EntityKind } from '$lib/domain/model';
import { cypher } from '$lib/server/db/cypher';
import type { Database } from '$lib/server/db/neo4j';

const COUNT_ENTITIES_BY_KIND = cypher('stats/count-entities-by-kind');

/** How many entities of each kind the graph holds, largest first. */
export async function countEntitiesByKind(database: Database): Promise<{ kind: EntityKind; count: number }[]> {
	const rows = await database.read(COUNT_ENTITIES_BY_KIND, { kinds: entityKinds });
	return rows.flatMap((row) => {
		const kind = entityKindSchema.safeParse(row.kind);
		return kind.success ? [{ kind: kind.data, count: row.count as number }] : [];
	});
}
