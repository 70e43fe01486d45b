import { parse } from 'csv-parse/browser/esm/sync';
import { graphEdgeSchema, graphNodeSchema, type GraphEdge, type GraphNode } from '$lib/domain/graph';
import { LIST_SEPARATOR, type CsvRow } from '$lib/export/csv';
import { edgeFields, nodeFields, type Field } from '$lib/export/export-graph';
import { fieldValue, validated } from './fields';

/** The text of a cell `textCell` wrote. */
export function readCell(cell: string): string {
	return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
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
