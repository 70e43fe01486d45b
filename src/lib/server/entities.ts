import type { Citation, EntityDetail, EntityRelationship, Source } from '$lib/domain/entity';
import { parseSourceReference } from '$lib/domain/source-reference';
import type { Database } from '$lib/server/db/neo4j';
import { entityRelationshipRow, entityRow, relationshipCountRow, sourcesRow, statement } from '$lib/server/db/rows';

const GET_ENTITY = statement('entities/get-entity', entityRow);
const LIST_RELATIONSHIPS = statement('entities/list-entity-relationships', entityRelationshipRow);
const COUNT_RELATIONSHIPS = statement('entities/count-entity-relationships', relationshipCountRow);
const LIST_SOURCES = statement('entities/list-sources', sourcesRow);

/** Most relationships an entity page lists; the counts per type are always complete. */
export const RELATIONSHIP_CAP = 300;

/** An entity with its properties, its citations and its direct relationships; null if unknown. */
export async function getEntity(database: Database, id: string): Promise<EntityDetail | null> {
	const [[node], relationshipRows, countRows] = await Promise.all([
		GET_ENTITY.read(database, { id }),
		LIST_RELATIONSHIPS.read(database, { id, limit: RELATIONSHIP_CAP }),
		COUNT_RELATIONSHIPS.read(database, { id })
	]);
	if (!node) return null;

	const relationships = relationshipRows.map(
		({
			type,
			direction,
			properties: { sources, evidence, ...properties },
			other
		}): Omit<EntityRelationship, 'citations'> & { citations: Citation[] } => ({
			type,
			direction,
			properties,
			citations: citationsOf(sources, evidence, new Map()),
			other
		})
	);
	const referenced = new Set(node.sources.map((stored) => parseSourceReference(stored).sourceId));
	for (const relationship of relationships) for (const citation of relationship.citations) referenced.add(citation.sourceId);
	const sources = new Map((await listSources(database, [...referenced])).map((source) => [source.id, source]));

	const relationshipCounts = Object.fromEntries(countRows.map((row) => [row.type, row.count]));
	const total = Object.values(relationshipCounts).reduce((sum, count) => sum + count, 0);
	return {
		entity: { ...node.summary, aliases: node.aliases, properties: node.properties },
		citations: citationsOf(node.sources, node.evidence, sources),
		relationships: relationships.map((relationship) => ({
			...relationship,
			citations: relationship.citations.map((citation) => ({ ...citation, source: sources.get(citation.sourceId) ?? null }))
		})),
		relationshipCounts,
		truncated: total > relationships.length
	};
}

/** The sources with the given ids (a citation's source id, not the stored reference); unknown ids are left out. */
export async function listSources(database: Database, ids: readonly string[]): Promise<Source[]> {
	if (ids.length === 0) return [];
	return LIST_SOURCES.read(database, { ids });
}

/** Pairs each stored source reference with the evidence excerpt at the same position. */
function citationsOf(references: string[], evidence: string[], sources: Map<string, Source>): Citation[] {
	return references.map((stored, index) => {
		const { sourceId, section } = parseSourceReference(stored);
		return {
			source: sources.get(sourceId) ?? null,
			sourceId,
			...(section ? { section } : {}),
			...(evidence[index] ? { evidence: evidence[index] } : {})
		};
	});
}
