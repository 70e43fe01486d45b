import type { GraphEdge, GraphNode, StoredProperties } from '$lib/domain/graph';
import type { FieldType } from './export-graph';

/**
 * The stored properties of nodes and edges as columns of GraphML, GEXF and CSV files: one column
 * per property key the export holds, with the type its values have. Outside tools (networkx,
 * igraph, pandas, Gephi) then get every stored fact, typed, and not only what the explorer draws.
 */

/** A stored property key and the type of its values over one export. */
export interface StoredKey {
	key: string;
	type: FieldType;
}

/** The stored keys of one export, for nodes and for edges, each list sorted by key. */
export interface StoredKeys {
	nodes: StoredKey[];
	edges: StoredKey[];
}

/** A stored key as a column: `name` is its name in the file (`key`, unless that name is taken). */
export interface Column extends StoredKey {
	name: string;
}

/**
 * What a node of a view carries of its stored properties when it has no `properties` (only the
 * whole-graph export has them), with the type each would have in the database.
 */
const viewNodeKeys: Partial<Record<keyof GraphNode, FieldType>> = {
	description: 'string',
	lat: 'double',
	lon: 'double',
	phase: 'string',
	status: 'string',
	startYear: 'int',
	endYear: 'int',
	clusterKind: 'string',
	labelPhase: 'string',
	labelStatus: 'string'
};

/** The same for edges. */
const viewEdgeKeys: Partial<Record<keyof GraphEdge, FieldType>> = {
	role: 'string',
	roleText: 'string',
	title: 'string',
	amountEur: 'double',
	year: 'int',
	programme: 'string',
	since: 'int',
	status: 'string',
	sources: 'list',
	evidence: 'list'
};

/** The keys a file holds when nothing is known of what comes: what a view's nodes and edges can carry. */
export const viewKeys: StoredKeys = {
	nodes: Object.entries(viewNodeKeys).map(([key, type]) => ({ key, type })),
	edges: Object.entries(viewEdgeKeys).map(([key, type]) => ({ key, type }))
};

function picked<T extends object>(item: T, keys: Partial<Record<keyof T, FieldType>>): StoredProperties {
	const values: StoredProperties = {};
	for (const key of Object.keys(keys) as (keyof T & string)[]) {
		const value = item[key];
		if (value !== undefined && value !== null) values[key] = value as StoredProperties[string];
	}
	return values;
}

/** A node's stored properties: all of them in the whole-graph export, else what the view carries. */
export function storedOfNode(node: GraphNode): StoredProperties {
	return node.properties ?? picked(node, viewNodeKeys);
}

/** An edge's stored properties, the same way. */
export function storedOfEdge(edge: GraphEdge): StoredProperties {
	return edge.properties ?? picked(edge, viewEdgeKeys);
}

/** The type a value is declared with: a whole number is `int`, a list is `list` whatever it holds. */
export function valueType(value: StoredProperties[string]): FieldType {
	if (Array.isArray(value)) return 'list';
	if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'double';
	return typeof value === 'boolean' ? 'boolean' : 'string';
}

/** One type for two: whole and fractional numbers are `double`; any other mix is text. */
export function widen(a: FieldType, b: FieldType): FieldType {
	if (a === b) return a;
	if ((a === 'int' && b === 'double') || (a === 'double' && b === 'int')) return 'double';
	return 'string';
}

/** The keys and types of a set of property maps, sorted by key. */
export function keysOf(items: Iterable<StoredProperties>): StoredKey[] {
	const types = new Map<string, FieldType>();
	for (const properties of items) {
		for (const [key, value] of Object.entries(properties)) {
			const type = valueType(value);
			const seen = types.get(key);
			types.set(key, seen === undefined ? type : widen(seen, type));
		}
	}
	return [...types].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, type]) => ({ key, type }));
}

/** The stored keys of a graph held in memory. */
export function knownKeys(graph: { nodes: readonly GraphNode[]; edges: readonly GraphEdge[] }): StoredKeys {
	return { nodes: keysOf(graph.nodes.map(storedOfNode)), edges: keysOf(graph.edges.map(storedOfEdge)) };
}

/** Stored keys a file writes elsewhere: a node's id and name are its id and label. */
const structural = new Set(['id', 'name']);

/**
 * The columns of stored keys. A key whose name the format already uses for something else (the
 * entity `type`, Gephi's `label`…) is written `stored_<key>`, so that neither hides the other.
 */
export function storedColumns(keys: readonly StoredKey[], taken: ReadonlySet<string>, skip: ReadonlySet<string> = structural): Column[] {
	return keys.filter((key) => !skip.has(key.key)).map((key) => ({ ...key, name: taken.has(key.key) ? `stored_${key.key}` : key.key }));
}

/**
 * A stored value as text in a file; `undefined` when the item does not have it. Lists are JSON
 * arrays (`[]` and `[""]` stay apart, and a bar or comma inside an item needs no escaping); in a
 * column of mixed types, a value that is not text is written as JSON too.
 */
export function storedText(value: StoredProperties[string] | undefined): string | undefined {
	if (value === undefined || value === null) return undefined;
	if (Array.isArray(value)) return JSON.stringify(value);
	return String(value);
}
