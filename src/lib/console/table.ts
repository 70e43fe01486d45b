import { cellText } from '$lib/export/query-result';

export type SortDirection = 'ascending' | 'descending';

export interface TableSort {
	column: string;
	direction: SortDirection;
}

const collator = new Intl.Collator('fr', { numeric: true, sensitivity: 'base' });

/**
 * Rows sorted by one column: numbers as numbers, text in French order (accents and case aside,
 * digits by value), empty cells last whichever the direction. The sort is stable.
 */
export function sortRows<Row extends Record<string, unknown>>(rows: readonly Row[], sort: TableSort | null): Row[] {
	if (!sort) return [...rows];
	const sign = sort.direction === 'ascending' ? 1 : -1;
	return rows
		.map((row, index) => ({ row, index }))
		.sort((a, b) => {
			const left = a.row[sort.column];
			const right = b.row[sort.column];
			const empty = Number(left === null || left === undefined) - Number(right === null || right === undefined);
			if (empty !== 0) return empty;
			const order =
				typeof left === 'number' && typeof right === 'number' ? left - right : collator.compare(cellText(left), cellText(right));
			return order * sign || a.index - b.index;
		})
		.map(({ row }) => row);
}

/** The next sort when a column header is clicked: ascending, then descending, then back to ascending. */
export function nextSort(current: TableSort | null, column: string): TableSort {
	if (current?.column === column && current.direction === 'ascending') return { column, direction: 'descending' };
	return { column, direction: 'ascending' };
}

export interface Page<T> {
	items: T[];
	/** Zero-based page shown, clamped to the pages that exist. */
	page: number;
	pages: number;
	/** One-based numbers of the first and last rows shown (0 and 0 when there are none). */
	from: number;
	to: number;
}

/** One page of `size` items. */
export function pageOf<T>(items: readonly T[], page: number, size: number): Page<T> {
	const pages = Math.max(1, Math.ceil(items.length / size));
	const current = Math.min(Math.max(0, page), pages - 1);
	const start = current * size;
	const slice = items.slice(start, start + size);
	return { items: slice, page: current, pages, from: slice.length ? start + 1 : 0, to: start + slice.length };
}
