import { kindOf, relationshipTypeSchema } from '$lib/domain/model';
import type { Citation, EntityDetail, EntityRelationship, EntitySummary, Source } from '$lib/domain/entity';
import { parseSourceReference } from '$lib/domain/source-reference';
import { cypher } from '$lib/server/db/cypher';
import type { Database } from '$lib/server/db/neo4j';
import type { Plain } from '$lib/server/db/records';

const GET_ENTITY = cypher('entities/get-entity');
const LIST_RELATIONSHIPS = cypher('entities/list-entity-relationships');
const COUNT_RELATIONSHIPS = cypher('entities/count-entity-relationships');
const LIST_SOURCES = cypher('entities/list-sources');

/** Most relationships an entity page lists; the counts per type are always complete. */
export const RELATIONSHIP_CAP = 300;

/** Properties shown apart from the generic property table. */
const STRUCTURAL_PROPERTIES = new Set(['id', 'name', 'aliases', 'description', 'sources', 'labels']);

/** An entity with its properties, its citations and its direct relationships; null if unknown. */
export async function getEntity(database: Database, id: string): Promise<EntityDetail | null> {
	const [entityRows, relationshipRows, countRows] = await Promise.all([
		database.read(GET_ENTITY, { id }),
		database.read(LIST_RELATIONSHIPS, { id, limit: RELATIONSHIP_CAP }),
		database.read(COUNT_RELATIONSHIPS, { id })
	]);
	if (entityRows.length === 0) return null;
	const node = entityRows[0].entity as Record<string, Plain>;
	const summary = toSummary(node);
	if (!summary) return null;

	const nodeReferences = stringList(node.sources);
	const relationships = relationshipRows.flatMap((row) => {
		const relationship = toRelationship(row);
		return relationship ? [relationship] : [];
	});
	const referenced = new Set(nodeReferences.map((stored) => parseSourceReference(stored).sourceId));
	for (const relationship of relationships) for (const citation of relationship.citations) referenced.add(citation.sourceId);
	const sources = await listSources(database, [...referenced]);

	const relationshipCounts = Object.fromEntries(countRows.map((row) => [row.type as string, row.count as number]));
	const total = Object.values(relationshipCounts).reduce((sum, count) => sum + count, 0);
	return {
		entity: {
			...summary,
			aliases: stringList(node.aliases),
			properties: Object.fromEntries(Object.entries(node).filter(([key]) => !STRUCTURAL_PROPERTIES.has(key)))
		},
		citations: citationsOf(nodeReferences, [], sources),
		relationships: relationships.map((relationship) => ({
			...relationship,
			citations: relationship.citations.map((citation) => ({ ...citation, source: sources.get(citation.sourceId) ?? null }))
		})),
		relationshipCounts,
		truncated: total > relationships.length
	};
}

async function listSources(database: Database, ids: string[]): Promise<Map<string, Source>> {
	if (ids.length === 0) return new Map();
	const rows = await database.read(LIST_SOURCES, { ids });
	return new Map(
		rows.map((row) => {
			const source = withoutNulls(row.source as Record<string, Plain>) as unknown as Source;
			return [source.id, source];
		})
	);
}

function toSummary(node: Record<string, Plain>): EntitySummary | undefined {
	const labels = stringList(node.labels);
	const kind = kindOf(labels);
	if (!kind || typeof node.id !== 'string') return undefined;
	return {
		id: node.id,
		name: typeof node.name === 'string' ? node.name : node.id,
		kind,
		labels,
		...(typeof node.description === 'string' ? { description: node.description } : {})
	};
}

function toRelationship(row: Record<string, Plain>): (Omit<EntityRelationship, 'citations'> & { citations: Citation[] }) | undefined {
	const type = relationshipTypeSchema.safeParse(row.type);
	const other = toSummary(row.other as Record<string, Plain>);
	if (!type.success || !other) return undefined;
	const properties = row.properties as Record<string, Plain>;
	const { sources, evidence, ...rest } = properties;
	return {
		type: type.data,
		direction: row.direction === 'out' ? 'out' : 'in',
		properties: rest,
		citations: citationsOf(stringList(sources), stringList(evidence), new Map()),
		other
	};
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

function stringList(value: Plain | undefined): string[] {
	if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
	return typeof value === 'string' ? [value] : [];
}

function withoutNulls(map: Record<string, Plain>): Record<string, Plain> {
	return Object.fromEntries(Object.entries(map).filter(([, value]) => value !== null));
}
