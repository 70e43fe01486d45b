import { parse } from 'csv-parse/browser/esm/sync';
import { graphEdgeSchema, graphNodeSchema, type GraphEdge, type GraphNode, type StoredProperties } from '$lib/domain/graph';
import type { CsvRow } from '$lib/export/csv';
import type { FieldType } from '$lib/export/export-graph';
import { fieldValue, fromStored, storedKey, validated } from './fields';

/** The text of a cell `textCell` wrote. */
export function readCell(cell: string): string {
	return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** Reads a file back into rows keyed by the header, with csv-parse (the reading a researcher's script would do). */
export function parseCsv(text: string): CsvRow[] {
	return parse(text, { bom: true, columns: true, comment: '#', comment_no_infix: true, skip_empty_lines: true }) as CsvRow[];
}

/**
 * How a script reads the cells of the stored columns, CSV having no types: told which columns hold
 * numbers, booleans and lists (JSON arrays); text otherwise. `types` defaults to what a view carries.
 */
export interface CsvTypes {
	types?: Record<string, FieldType>;
	/** Give each node and edge the `properties` of the whole-graph export. */
	properties?: boolean;
}

const viewTypes: Record<string, FieldType> = {
	lat: 'double',
	lon: 'double',
	startYear: 'int',
	endYear: 'int',
	amountEur: 'double',
	year: 'int',
	since: 'int',
	sources: 'list',
	evidence: 'list'
};

function stored(row: CsvRow, fixed: Set<string>, types: Record<string, FieldType>, where: string): StoredProperties {
	const result: StoredProperties = {};
	for (const [name, text] of Object.entries(row)) {
		if (fixed.has(name) || text === '') continue;
		const key = storedKey(name);
		result[key] = fieldValue(types[key] ?? 'string', readCell(text), `${where} ${name}`);
	}
	return result;
}

const fixedNode = new Set(['id', 'name', 'type', 'labels', 'graphDegree', 'fundingReceivedEur', 'funder', 'x', 'y']);
const fixedEdge = new Set(['id', 'source', 'target', 'type']);

/** Nodes from a nodes file. An empty cell reads as a missing value, so an empty description does not come back. */
export function nodesFromCsv(text: string, options: CsvTypes = {}): GraphNode[] {
	const types = { ...viewTypes, ...options.types };
	return parseCsv(text).map((row) => {
		const where = `node "${row.id}"`;
		const [id, name] = [readCell(row.id), readCell(row.name)];
		const number = (cell: string | undefined) => (cell ? fieldValue('double', cell, where) : undefined);
		const derived = Object.entries({
			kind: row.type || undefined,
			labels: row.labels ? fieldValue('list', row.labels, `${where} labels`) : undefined,
			degree: number(row.graphDegree),
			fundingReceivedEur: number(row.fundingReceivedEur)
		}).filter(([, value]) => value !== undefined);
		const values = stored(row, fixedNode, types, where);
		const node = {
			id,
			name,
			labels: [],
			...Object.fromEntries(derived),
			...fromStored('nodes', values, options.properties ? { id, name } : undefined)
		};
		return validated(graphNodeSchema, node, where);
	});
}

/** Edges from an edges file. */
export function edgesFromCsv(text: string, options: CsvTypes = {}): GraphEdge[] {
	const types = { ...viewTypes, ...options.types };
	return parseCsv(text).map((row) => {
		const where = `edge "${row.id}"`;
		const edge = {
			id: readCell(row.id),
			source: readCell(row.source),
			target: readCell(row.target),
			type: row.type,
			...fromStored('edges', stored(row, fixedEdge, types, where), options.properties ? {} : undefined)
		};
		return validated(graphEdgeSchema, edge, where);
	});
}
