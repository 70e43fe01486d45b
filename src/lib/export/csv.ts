import { parse } from 'csv-parse/browser/esm/sync';
import { graphEdgeSchema, graphNodeSchema, type GraphEdge, type GraphNode } from '$lib/domain/graph';
import {
	edgeFields,
	exportAttribution,
	fieldValue,
	isFunder,
	nodeFields,
	optionsFor,
	validated,
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
 * spreadsheet shows it instead of running it; `readCell` takes it off again.
 */

export const LIST_SEPARATOR = ' | ';
const BOM = '\uFEFF';

export type CsvRow = Record<string, string>;

const formulaStart = /^'*[=+\-@\t\r]/;

/** A text cell made safe to open in a spreadsheet. */
export function textCell(text: string): string {
	return formulaStart.test(text) ? `'${text}` : text;
}

/** The text of a cell `textCell` wrote. */
export function readCell(cell: string): string {
	return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
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

/** Reads a file back into rows keyed by the header, with csv-parse (the reading a researcher's script would do). */
export function parseCsv(text: string): CsvRow[] {
	return parse(text, { bom: true, columns: true, comment: '#', comment_no_infix: true, skip_empty_lines: true }) as CsvRow[];
}

function typed<T>(fields: Field<T>[], row: CsvRow, where: string): Record<string, unknown> {
	const result: Record<string, unknown> = {};
	for (const field of fields) {
		const text = row[field.key];
		if (text === undefined || text === '') continue;
		result[field.key] =
			field.type === 'list' ? readCell(text).split(LIST_SEPARATOR) : fieldValue(field.type, readCell(text), `${where} ${field.key}`);
	}
	return result;
}

/** Nodes from a nodes file. An empty cell reads as a missing value, so an empty description does not come back. */
export function nodesFromCsv(text: string): GraphNode[] {
	return parseCsv(text).map((row) => {
		const where = `node "${row.id}"`;
		return validated(
			graphNodeSchema,
			{ id: readCell(row.id), name: readCell(row.name), labels: [], ...typed(nodeFields, row, where) },
			where
		);
	});
}

/** Edges from an edges file. */
export function edgesFromCsv(text: string): GraphEdge[] {
	return parseCsv(text).map((row) => {
		const where = `edge "${row.id}"`;
		const edge = {
			id: readCell(row.id),
			source: readCell(row.source),
			target: readCell(row.target),
			type: row.type,
			...typed(edgeFields, row, where)
		};
		return validated(graphEdgeSchema, edge, where);
	});
}
