import { edgeId, type GraphEdge, type GraphNode, type StoredProperties } from '$lib/domain/graph';
import { kindOf, projectStatusSchema, relationshipTypeSchema, territoryPhaseSchema } from '$lib/domain/model';
import type { z } from 'zod';
import type { Plain } from '$lib/server/db/records';

type Row = { [key: string]: Plain };

/**
 * A node row of `explore/list-nodes` (or any map with the same keys) as the explorer's GraphNode;
 * undefined when it has no id or no known kind. Missing properties are left out, not null.
 */
export function toGraphNode(row: Row): GraphNode | undefined {
	const labels = strings(row.labels);
	const kind = kindOf(labels);
	if (!kind || typeof row.id !== 'string') return undefined;
	return {
		id: row.id,
		name: typeof row.name === 'string' ? row.name : row.id,
		kind,
		labels,
		...optionalString(row, 'description'),
		...optionalNumber(row, 'lat'),
		...optionalNumber(row, 'lon'),
		...optionalEnum(row, 'phase', territoryPhaseSchema),
		...optionalEnum(row, 'status', projectStatusSchema),
		...optionalNumber(row, 'startYear'),
		...optionalNumber(row, 'endYear'),
		...optionalNumber(row, 'degree'),
		...optionalNumber(row, 'fundingReceivedEur'),
		...storedProperties(row)
	};
}

/** An edge row (`type`, `source`, `target` and the relationship's properties) as a GraphEdge. */
export function toGraphEdge(row: Row): GraphEdge | undefined {
	const type = relationshipTypeSchema.safeParse(row.type);
	if (!type.success || typeof row.source !== 'string' || typeof row.target !== 'string') return undefined;
	return {
		id: edgeId(type.data, row.source, row.target),
		source: row.source,
		target: row.target,
		type: type.data,
		...optionalString(row, 'role'),
		...optionalNumber(row, 'amountEur'),
		...optionalNumber(row, 'year'),
		...optionalNumber(row, 'since'),
		sources: strings(row.sources),
		evidence: strings(row.evidence),
		...storedProperties(row)
	};
}

/**
 * One edge per id. The graph may hold the same link twice with different roles (the seed merges
 * on type, ends and role); the view draws one line, so their citations are pooled on the first.
 */
export function mergeEdges(edges: Iterable<GraphEdge>): GraphEdge[] {
	const byId = new Map<string, GraphEdge>();
	for (const edge of edges) {
		const seen = byId.get(edge.id);
		if (!seen) byId.set(edge.id, edge);
		else byId.set(edge.id, { ...seen, sources: [...seen.sources, ...edge.sources], evidence: [...seen.evidence, ...edge.evidence] });
	}
	return [...byId.values()];
}

/** Nodes in the order of `ids` (the first id first), each once; ids without a node are skipped. */
export function orderNodes(nodes: Iterable<GraphNode>, ids: readonly string[]): GraphNode[] {
	const byId = new Map<string, GraphNode>();
	for (const node of nodes) byId.set(node.id, node);
	const ordered: GraphNode[] = [];
	for (const id of new Set(ids)) {
		const node = byId.get(id);
		if (node) ordered.push(node);
	}
	return ordered;
}

/** `properties` when the row carries every stored property (the whole-graph export does). */
function storedProperties(row: Row): { properties?: StoredProperties } {
	const value = row.properties;
	// Neo4j stores no null and only lists of one type: a property map is StoredProperties as it comes.
	return value && typeof value === 'object' && !Array.isArray(value) ? { properties: value as StoredProperties } : {};
}

function strings(value: Plain | undefined): string[] {
	if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
	return typeof value === 'string' ? [value] : [];
}

function optionalString<K extends string>(row: Row, key: K): { [P in K]?: string } {
	const value = row[key];
	return (typeof value === 'string' ? { [key]: value } : {}) as { [P in K]?: string };
}

/** A property whose values the domain lists (a phase, a status): an unknown value is left out like a missing one. */
function optionalEnum<K extends string, T extends string>(row: Row, key: K, schema: z.ZodType<T>): { [P in K]?: T } {
	const value = schema.safeParse(row[key]);
	return (value.success ? { [key]: value.data } : {}) as { [P in K]?: T };
}

function optionalNumber<K extends string>(row: Row, key: K): { [P in K]?: number } {
	const value = row[key];
	return (typeof value === 'number' && Number.isFinite(value) ? { [key]: value } : {}) as { [P in K]?: number };
}
