import type { GraphEdge, GraphNode, StoredProperties } from '$lib/domain/graph';
import { storedColumns, storedOfEdge, storedOfNode, storedText, type Column } from './columns';
import {
	exportAttribution,
	isFunder,
	nodeFields,
	optionsFor,
	storedKeysFor,
	writeGraph,
	type ExportGraph,
	type GraphWriter,
	type WriterOptions
} from './export-graph';

/**
 * Two CSV files, nodes and edges, for spreadsheets (RFC 4180): comma-separated, CRLF line ends,
 * a field quoted when it holds a comma, a quote or a line break, quotes doubled. The file starts
 * with a UTF-8 byte-order mark, without which Excel reads accents as Latin-1, then one `#` line of
 * attribution (read it with `comment: '#'` in csv-parse or R, `skiprows=1` in pandas), then the
 * header. Positions are the view's, y pointing down.
 *
 * Nodes: `id`, `name`, the entity `type`, `labels`, `graphDegree`, `fundingReceivedEur`, `funder`,
 * then one column per stored property of the export. Edges: `id`, `source`, `target`, the
 * relationship `type`, then one column per stored property. An empty cell is a property the item
 * does not have; a list is a JSON array (`[]`, `[""]`, `["a | b"]` all stay apart).
 *
 * A text cell that starts like a formula (`=`, `+`, `-`, `@`) gets a leading `'` so that a
 * spreadsheet shows it instead of running it.
 */

const BOM = '\uFEFF';

export type CsvRow = Record<string, string>;

const formulaStart = /^'*[=+\-@\t\r]/;

/** A text cell made safe to open in a spreadsheet. */
export function textCell(text: string): string {
	return formulaStart.test(text) ? `'${text}` : text;
}

/** One field as RFC 4180 writes it; also quoted when it starts with `#`, so that no row reads as a comment. */
export function csvField(value: string): string {
	return /[",\r\n]|^#/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function storedCell(value: StoredProperties[string] | undefined): string {
	const text = storedText(value) ?? '';
	return typeof value === 'string' ? textCell(text) : text;
}

const nodeFixed = ['id', 'name', ...nodeFields.map((field) => field.name), 'funder'];
const edgeFixed = ['id', 'source', 'target', 'type'];

/** The columns of the nodes file and of the edges file for one export. */
export function csvColumns(options: WriterOptions = {}) {
	const stored = storedKeysFor(options);
	const nodes = storedColumns(stored.nodes, new Set([...nodeFixed, 'x', 'y']));
	const edges = storedColumns(stored.edges, new Set(edgeFixed));
	return {
		nodeStored: nodes,
		edgeStored: edges,
		nodes: [...nodeFixed, ...nodes.map((column) => column.name), ...(options.positions ? ['x', 'y'] : [])],
		edges: [...edgeFixed, ...edges.map((column) => column.name)]
	};
}

/** One node as a row of cells (positions as `x`, `y` when the export has them). */
export function nodeRow(node: GraphNode, stored: Column[], positions?: ExportGraph['positions']): CsvRow {
	const position = positions?.[node.id];
	const values = storedOfNode(node);
	return {
		id: textCell(node.id),
		name: textCell(node.name),
		type: node.kind,
		labels: JSON.stringify(node.labels),
		graphDegree: node.degree === undefined ? '' : String(node.degree),
		fundingReceivedEur: node.fundingReceivedEur === undefined ? '' : String(node.fundingReceivedEur),
		funder: String(isFunder(node)),
		...Object.fromEntries(stored.map((column) => [column.name, storedCell(values[column.key])])),
		...(positions ? { x: position ? String(position.x) : '', y: position ? String(position.y) : '' } : {})
	};
}

/** One edge as a row of cells. */
export function edgeRow(edge: GraphEdge, stored: Column[]): CsvRow {
	const values = storedOfEdge(edge);
	return {
		id: textCell(edge.id),
		source: textCell(edge.source),
		target: textCell(edge.target),
		type: edge.type,
		...Object.fromEntries(stored.map((column) => [column.name, storedCell(values[column.key])]))
	};
}

/** The nodes as rows of cells, as they are written. */
export function nodeRows(graph: ExportGraph): CsvRow[] {
	const { nodeStored } = csvColumns(optionsFor(graph));
	return graph.nodes.map((node) => nodeRow(node, nodeStored, graph.positions));
}

/** The edges as rows of cells. */
export function edgeRows(graph: ExportGraph): CsvRow[] {
	const { edgeStored } = csvColumns(optionsFor(graph));
	return graph.edges.map((edge) => edgeRow(edge, edgeStored));
}

const line = (columns: string[], row: CsvRow) => columns.map((column) => csvField(row[column] ?? '')).join(',') + '\r\n';

function head(columns: string[], attribution: string): string {
	return `${BOM}# ${attribution.replace(/[\r\n]+/g, ' ')}\r\n${columns.map(csvField).join(',')}\r\n`;
}

/** The nodes file, piece by piece (see `GraphWriter`): it holds the nodes only. */
export function nodesCsvWriter(options: WriterOptions = {}): GraphWriter {
	const columns = csvColumns(options);
	return {
		parts: ['nodes'],
		start: () => head(columns.nodes, options.attribution ?? exportAttribution),
		node: (node) => line(columns.nodes, nodeRow(node, columns.nodeStored, options.positions)),
		between: () => '',
		edge: () => '',
		end: () => ''
	};
}

/** The edges file, piece by piece: it holds the edges only. */
export function edgesCsvWriter(options: WriterOptions = {}): GraphWriter {
	const columns = csvColumns(options);
	return {
		parts: ['edges'],
		start: () => head(columns.edges, options.attribution ?? exportAttribution),
		node: () => '',
		between: () => '',
		edge: (edge) => line(columns.edges, edgeRow(edge, columns.edgeStored)),
		end: () => ''
	};
}

/** The nodes file. */
export function toNodesCsv(graph: ExportGraph): string {
	return writeGraph(nodesCsvWriter(optionsFor(graph)), graph);
}

/** The edges file. */
export function toEdgesCsv(graph: ExportGraph): string {
	return writeGraph(edgesCsvWriter(optionsFor(graph)), graph);
}
