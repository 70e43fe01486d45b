import type { Operation, PropertyValue } from '$lib/domain/changesets';

/** What a person reads of one operation: its title and each changed field, before and after. */
export interface OperationView {
	op: Operation['op'];
	params: Record<string, string>;
	rows: { key: string; before: string | null; after: string | null }[];
}

/** Keys kept out of the detail: the stamps say again what the changeset's header says. */
const HIDDEN = new Set(['createdBy', 'createdAt', 'updatedBy', 'updatedAt', 'changeset']);

function show(value: PropertyValue | null | undefined): string | null {
	if (value === null || value === undefined) return null;
	return Array.isArray(value) ? value.join(' · ') : String(value);
}

/** The rows of a before/after table; unchanged values are left out. */
function rowsOf(before: Record<string, PropertyValue | null>, after: Record<string, PropertyValue | null>) {
	const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => !HIDDEN.has(key));
	return keys.map((key) => ({ key, before: show(before[key]), after: show(after[key]) })).filter((row) => row.before !== row.after);
}

const ends = ({ type, from, to }: { type: string; from: string; to: string }) => ({ type, from, to });

/** An operation as a title (translated from `params`) and its before/after rows. */
export function viewOf(operation: Operation): OperationView {
	switch (operation.op) {
		case 'create-entity':
			return { op: operation.op, params: { id: operation.id }, rows: rowsOf({}, operation.properties) };
		case 'delete-entity':
			return { op: operation.op, params: { id: operation.id }, rows: rowsOf(operation.properties, {}) };
		case 'update-entity':
			return { op: operation.op, params: { id: operation.id }, rows: rowsOf(operation.before, operation.after) };
		case 'create-relationship':
			return { op: operation.op, params: ends(operation), rows: rowsOf({}, operation.properties) };
		case 'delete-relationship':
			return { op: operation.op, params: ends(operation), rows: rowsOf(operation.properties, {}) };
		case 'update-relationship':
			return { op: operation.op, params: ends(operation), rows: rowsOf(operation.before, operation.after) };
		case 'hide-entity':
		case 'restore-entity':
			return { op: operation.op, params: { id: operation.id }, rows: [] };
		case 'set-properties':
			// Thousands of rows of measures: the count says enough.
			return { op: operation.op, params: { count: String(operation.rows.length) }, rows: [] };
	}
}
