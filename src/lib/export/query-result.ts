import type { QueryResult } from '$lib/domain/query';
import { csvField, textCell } from '$lib/export/csv';

type Plain = { [key: string]: unknown };

const isMap = (value: unknown): value is Plain => !!value && typeof value === 'object' && !Array.isArray(value);
const isNode = (value: Plain) => typeof value.elementId === 'string' && Array.isArray(value.labels) && isMap(value.properties);
const isRelationship = (value: Plain) => typeof value.elementId === 'string' && typeof value.type === 'string' && 'startElementId' in value;
const isPath = (value: Plain) => isMap(value.start) && Array.isArray(value.segments);

/** A node's short name: its `name`, else its `id`, else its element id. */
function nodeName(node: Plain): string {
	const properties = node.properties as Plain;
	return String(properties.name ?? properties.id ?? node.elementId);
}

/**
 * A result cell as text. For reading (`display`): nodes by their name, relationships by their
 * type, paths as their chain of names. For data files (`data`): nodes by their entity id, so
 * that a spreadsheet or R joins them; maps and other structures as compact JSON either way.
 * Lists of plain values are joined with ` | `, null is empty.
 */
export function cellText(value: unknown, mode: 'display' | 'data' = 'display'): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (Array.isArray(value)) {
		const plain = value.every((item) => item === null || typeof item !== 'object' || isNode(item as Plain));
		return plain ? value.map((item) => cellText(item, mode)).join(' | ') : JSON.stringify(value);
	}
	if (isMap(value)) {
		if (isNode(value)) return mode === 'data' ? String((value.properties as Plain).id ?? value.elementId) : nodeName(value);
		if (isRelationship(value)) return String(value.type);
		if (isPath(value) && mode === 'display') {
			const segments = value.segments as { relationship: Plain; end: Plain }[];
			return [
				nodeName(value.start as Plain),
				...segments.map((segment) => `-[${segment.relationship.type}]- ${nodeName(segment.end)}`)
			].join(' ');
		}
	}
	return JSON.stringify(value);
}

/**
 * The rows as CSV (RFC 4180, CRLF, a UTF-8 byte-order mark for spreadsheets): one column per
 * result column, lists of plain values joined with ` | `, nodes by their entity id, maps as JSON. Text that looks
 * like a formula is escaped as the explorer's exports do.
 */
export function resultToCsv(result: Pick<QueryResult, 'columns' | 'rows'>): string {
	const lines = [result.columns.map(csvField).join(',')];
	for (const row of result.rows) {
		lines.push(result.columns.map((column) => csvField(textCell(cellText(row[column], 'data')))).join(','));
	}
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The whole result as indented JSON, as `POST /api/query` returns it. */
export function resultToJson(result: QueryResult): string {
	return `${JSON.stringify(result, null, 2)}\n`;
}
