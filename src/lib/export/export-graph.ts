import type { GraphEdge, GraphNode } from '$lib/domain/graph';
import { knownKeys, viewKeys, type StoredKeys } from './columns';

/**
 * What every export takes (and the tests' readers give back): the nodes and edges of the view, where
 * they were drawn (Cytoscape model coordinates, y pointing down) and whom to credit.
 */
export interface ExportGraph {
	nodes: GraphNode[];
	edges: GraphEdge[];
	positions?: Record<string, { x: number; y: number }>;
	attribution?: string;
}

/**
 * The credit line every export carries. Licence Ouverte 2.0 asks that the source and the date of
 * its last update follow the data wherever it goes; the open-data part is word for word the one
 * the seed writes on the `Source` nodes, so that the two never disagree.
 */
export const exportAttribution =
	'Maillage — données sourcées : chaque lien cite sa source. ' +
	"Sources : ANCT (Territoires d'industrie 2019-2022 et 2023-2027, mise à jour 2024-07-04 ; centroïdes administratifs COG 2025), " +
	'IGN (ADMIN EXPRESS), INSEE (Code officiel géographique 2026, populations légales), Grégoire David (france-geojson, 2018), ' +
	'Etalab (découpage administratif). Licence Ouverte 2.0.';

/**
 * A format written piece by piece — `start()`, each node, `between()`, each edge, `end()` — so
 * that the server can stream a national-scale graph page by page without holding it, and the
 * explorer can write its view with the very same code (`writeGraph`). `parts` says which of
 * nodes and edges the format holds (a CSV file holds one of them).
 */
export interface GraphWriter {
	readonly parts: readonly ('nodes' | 'edges')[];
	start(): string;
	node(node: GraphNode): string;
	between(): string;
	edge(edge: GraphEdge): string;
	end(): string;
}

/**
 * How a writer is set up. `known` is the whole graph when it is at hand: the stored keys and their
 * types are then read from it. A stream does not know what comes: the server first asks Neo4j
 * which keys the graph stores (`stored`); without either, a file holds what a view can carry.
 */
export interface WriterOptions {
	attribution?: string;
	positions?: ExportGraph['positions'];
	known?: Pick<ExportGraph, 'nodes' | 'edges'>;
	/** Every stored property key of the export and its type, when the graph is not at hand. */
	stored?: StoredKeys;
	/** The date a format records (GEXF `lastmodifieddate`, JSON `exportedAt`). */
	now?: Date;
}

/** The stored keys a writer declares: given, read from the known graph, or what a view can carry. */
export function storedKeysFor(options: WriterOptions): StoredKeys {
	return options.stored ?? (options.known ? knownKeys(options.known) : viewKeys);
}

/** The options that write a whole graph held in memory. */
export function optionsFor(graph: ExportGraph, now?: Date): WriterOptions {
	return { attribution: graph.attribution, positions: graph.positions, known: graph, ...(now ? { now } : {}) };
}

/** A whole graph through a writer, as one text. */
export function writeGraph(writer: GraphWriter, graph: Pick<ExportGraph, 'nodes' | 'edges'>): string {
	// In this order: a writer may keep state from one piece to the next (the JSON commas).
	let text = writer.start();
	if (writer.parts.includes('nodes')) for (const node of graph.nodes) text += writer.node(node);
	text += writer.between();
	if (writer.parts.includes('edges')) for (const edge of graph.edges) text += writer.edge(edge);
	return text + writer.end();
}

/** The type a field is declared with: widened over the known items, else its own. */
export function declaredFieldType<T>(field: Field<T>, known: readonly T[] | undefined): FieldType {
	return known ? fieldType(field, known) : field.type;
}

/**
 * How a value is typed in the files: numbers are `int` unless one value of the export has a
 * fraction; a `list` is written as JSON array text (GraphML and GEXF have no list type that every
 * reader shares, and a spreadsheet cell holds it as it is).
 */
export type FieldType = 'string' | 'int' | 'double' | 'boolean' | 'list';

export interface Field<T> {
	/** The property of the node or edge. */
	key: keyof T & string;
	/** Its name in the files, where it differs (`degree` would collide with Gephi's own statistic). */
	name: string;
	type: FieldType;
	description: string;
}

/**
 * What the files say of a node besides its id, its name and its stored properties: what Maillage
 * derives from the graph. The entity type is `type`, so that a stored `kind` (an EPCI's legal
 * type, a source's kind) keeps its own column.
 */
export const nodeFields: Field<GraphNode>[] = [
	{ key: 'kind', name: 'type', type: 'string', description: 'Type d’entité (Company, Cluster, Territory…), tiré des étiquettes' },
	{ key: 'labels', name: 'labels', type: 'list', description: 'Étiquettes Neo4j, liste JSON' },
	{ key: 'degree', name: 'graphDegree', type: 'int', description: 'Nombre de relations dans tout le graphe Maillage' },
	{
		key: 'fundingReceivedEur',
		name: 'fundingReceivedEur',
		type: 'double',
		description: 'Financements reçus (euros), somme des liens FUNDS'
	}
];

/** The declared type of a field over one export: an `int` field holding a fraction is widened to `double`. */
export function fieldType<T>(field: Field<T>, items: readonly T[]): FieldType {
	if (field.type !== 'int') return field.type;
	const fractional = items.some((item) => {
		const value = item[field.key];
		return typeof value === 'number' && !Number.isInteger(value);
	});
	return fractional ? 'double' : 'int';
}

/** A field's value as text in a file; `undefined` when the item does not have it. */
export function fieldText<T>(field: Field<T>, item: T): string | undefined {
	const value = item[field.key];
	if (value === undefined || value === null) return undefined;
	if (field.type === 'list') return JSON.stringify(value);
	return String(value);
}

/**
 * Whether a node is a funder: written as a boolean column so that Gephi and spreadsheets can
 * partition on it. Derived from the labels, so import ignores it.
 */
export function isFunder(node: GraphNode): boolean {
	return node.labels.includes('Funder');
}

/** `#1d4ed8` → `[29, 78, 216]`, for the formats that want colour channels. */
export function rgb(hex: string): [number, number, number] {
	const value = parseInt(hex.slice(1), 16);
	return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}
