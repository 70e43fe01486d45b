import neo4j, { type Node, type Path, type Record as Neo4jRecord, type Relationship } from 'neo4j-driver';
import type { GraphEdge, GraphNode } from '$lib/domain/graph';
import type { QueryGraph } from '$lib/domain/query';
import { mapToPlain, toPlain, type Plain } from '$lib/server/db/records';
import { graphEdgeOf, graphNodeOf } from '$lib/server/db/rows';
import * as explore from '$lib/server/explore';

/** Most nodes a result graph carries (the explorer's own cap on a view). */
export const MAX_GRAPH_NODES = 2_000;
/** How deep lists and maps are searched for nodes: `collect(…)` nests one or two levels. */
const MAX_DEPTH = 4;

/** The nodes and relationships found in records, by element id. */
export interface Gathered {
	nodes: Map<string, Node>;
	relationships: Map<string, Relationship>;
}

/** Rows as plain JSON objects keyed by column: what the API returns and the CSV export writes. */
export function toRows(keys: string[], records: Neo4jRecord[]): { [column: string]: Plain }[] {
	return records.map((record) => {
		const row: { [column: string]: Plain } = {};
		for (const key of keys) row[key] = toPlain(record.get(key));
		return row;
	});
}

/** Every node and relationship in the records, paths and nested lists or maps included. */
export function gather(records: Neo4jRecord[]): Gathered {
	const gathered: Gathered = { nodes: new Map(), relationships: new Map() };
	for (const record of records) for (const value of record.values()) visit(value, gathered, 0);
	return gathered;
}

function visit(value: unknown, gathered: Gathered, depth: number): void {
	if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return;
	if (neo4j.isNode(value)) gathered.nodes.set(value.elementId, value);
	else if (neo4j.isRelationship(value)) gathered.relationships.set(value.elementId, value);
	else if (neo4j.isPath(value)) visitPath(value, gathered);
	else if (Array.isArray(value)) value.forEach((item) => visit(item, gathered, depth + 1));
	else if (Object.getPrototypeOf(value) === Object.prototype) Object.values(value).forEach((item) => visit(item, gathered, depth + 1));
}

function visitPath(path: Path, gathered: Gathered): void {
	gathered.nodes.set(path.start.elementId, path.start);
	for (const segment of path.segments) {
		gathered.nodes.set(segment.end.elementId, segment.end);
		gathered.relationships.set(segment.relationship.elementId, segment.relationship);
	}
}

/** Ends of relationships that the records do not hold themselves (`RETURN r` alone). */
export function missingEnds(gathered: Gathered): string[] {
	const missing = new Set<string>();
	for (const relationship of gathered.relationships.values()) {
		for (const end of [relationship.startNodeElementId, relationship.endNodeElementId]) {
			if (!gathered.nodes.has(end)) missing.add(end);
		}
	}
	return [...missing];
}

/** A node of the graph as the explorer draws it; undefined for nodes that are not entities (schema views). */
export function nodeOf(node: Node): GraphNode | undefined {
	return graphNodeOf({ ...mapToPlain(node.properties), labels: [...node.labels] });
}

/**
 * The explorer's graph of a result: entity nodes (with what `enriched` adds — degree, funding —
 * when given, by element id) and the relationships among them, at most MAX_GRAPH_NODES nodes.
 * Undefined when the result holds no entity.
 */
export function toGraph(gathered: Gathered, enriched: Map<string, GraphNode> = new Map()): QueryGraph | undefined {
	const idOf = new Map<string, string>();
	const nodes: GraphNode[] = [];
	let truncated = false;
	const elementIds = new Set([...gathered.nodes.keys(), ...enriched.keys()]);
	for (const elementId of elementIds) {
		const found = gathered.nodes.get(elementId);
		const node = enriched.get(elementId) ?? (found ? nodeOf(found) : undefined);
		if (!node || idOf.has(elementId)) continue;
		if (nodes.length === MAX_GRAPH_NODES) {
			truncated = true;
			break;
		}
		idOf.set(elementId, node.id);
		nodes.push(node);
	}
	const edges: GraphEdge[] = [];
	for (const relationship of gathered.relationships.values()) {
		const source = idOf.get(relationship.startNodeElementId);
		const target = idOf.get(relationship.endNodeElementId);
		if (!source || !target) continue;
		const edge = graphEdgeOf({ ...mapToPlain(relationship.properties), type: relationship.type, source, target });
		if (edge) edges.push(edge);
	}
	if (nodes.length === 0) return undefined;
	return { nodes, edges: explore.mergeEdges(edges), truncated };
}
