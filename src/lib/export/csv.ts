import type { GraphEdge, GraphNode } from '$lib/domain/graph';
import {
	edgeFields,
	exportAttribution,
	isFunder,
	nodeFields,
	optionsFor,
	writeGraph,
	type ExportGraph,
	type Field,
	type GraphWriter,
	type WriterOptions
} from './export-graph';

/**
 * Two CSV files, nodes and edges, for spreadsheets (RFC 4180): comma-separated, CRLF line ends,
 * a field quoted when it holds a comma, a quote or a line break, quotes doubled. The file starts
 * with a UTF-8 byte-order mark, without which Excel reads accents as Latin-1, then one `#` line of
 * attribution (read it with `comment: '#'` in csv-parse or R, `skiprows=1` in pandas), then the
 * header. Lists are joined with ` | `. Positions are the view's, y pointing down.
 *
 * A text cell that starts like a formula (`=`, `+`, `-`, `@`) gets a leading `'` so that a
 * spreadsheet shows it instead of running it.
 */

export const LIST_SEPARATOR = ' | ';
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

function cell<T>(field: Field<T>, item: T): string {
	const value = item[field.key];
	if (value === undefined || value === null) return '';
	if (Array.isArray(value)) return textCell(value.join(LIST_SEPARATOR));
	return typeof value === 'string' ? textCell(value) : String(value);
}

export const nodeColumns = ['id', 'name', ...nodeFields.map((field) => field.key), 'funder'];
export const edgeColumns = ['id', 'source', 'target', 'type', ...edgeFields.map((field) => field.key)];

/** One node as a row of cells (positions as `x`, `y` when the export has them). */
export function nodeRow(node: GraphNode, positions?: ExportGraph['positions']): CsvRow {
	const position = positions?.[node.id];
	return {
		id: textCell(node.id),
		name: textCell(node.name),
		...Object.fromEntries(nodeFields.map((field) => [field.key, cell(field, node)])),
		funder: String(isFunder(node)),
		...(positions ? { x: position ? String(position.x) : '', y: position ? String(position.y) : '' } : {})
	};
}

/** One edge as a row of cells. */
export function edgeRow(edge: GraphEdge): CsvRow {
	return {
		id: textCell(edge.id),
		source: textCell(edge.source),
		target: textCell(edge.target),
		type: edge.type,
		...Object.fromEntries(edgeFields.map((field) => [field.key, cell(field, edge)]))
	};
}

/** The nodes as rows of cells, as they are written. */
export function nodeRows(graph: ExportGraph): CsvRow[] {
	return graph.nodes.map((node) => nodeRow(node, graph.positions));
}

/** The edges as rows of cells. */
export function edgeRows(graph: ExportGraph): CsvRow[] {
	return graph.edges.map(edgeRow);
}

const line = (columns: string[], row: CsvRow) => columns.map((column) => csvField(row[column] ?? '')).join(',') + '\r\n';

function head(columns: string[], attribution: string): string {
	return `${BOM}# ${attribution.replace(/[\r\n]+/g, ' ')}\r\n${columns.map(csvField).join(',')}\r\n`;
}

/** The nodes file, piece by piece (see `GraphWriter`): it holds the nodes only. */
export function nodesCsvWriter(options: WriterOptions = {}): GraphWriter {
	const columns = options.positions ? [...nodeColumns, 'x', 'y'] : nodeColumns;
	return {
		parts: ['nodes'],
		start: () => head(columns, options.attribution ?? exportAttribution),
		node: (node) => line(columns, nodeRow(node, options.positions)),
		between: () => '',
		edge: () => '',
		end: () => ''
	};
}

/** The edges file, piece by piece: it holds the edges only. */
export function edgesCsvWriter(options: WriterOptions = {}): GraphWriter {
	return {
		parts: ['edges'],
		start: () => head(edgeColumns, options.attribution ?? exportAttribution),
		node: () => '',
		between: () => '',
		edge: (edge) => line(edgeColumns, edgeRow(edge)),
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
