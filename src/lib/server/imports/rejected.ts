import type { PreviewRow } from '$lib/domain/imports';
import { textCell } from '$lib/export/csv';

/**
 * The rows an import set aside, as a CSV to fix and import again: the file's own columns, the row
 * number in the file and the reason. Semicolons and a byte-order mark, as French Excel expects;
 * cells that a spreadsheet would run as a formula are neutralised.
 */

const SET_ASIDE = new Set<PreviewRow['status']>(['error', 'excluded', 'ambiguous']);

function field(value: string): string {
	const safe = textCell(value);
	return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function reasonOf(row: PreviewRow): string {
	if (row.status === 'excluded') return 'écartée à la relecture';
	if (row.status === 'ambiguous') return 'plusieurs entités du graphe pourraient correspondre : à trancher';
	return row.problems.map((problem) => (problem.column ? `${problem.column} : ${problem.message}` : problem.message)).join(' ; ');
}

export function rejectedRowsCsv(headers: readonly string[], rows: readonly PreviewRow[]): string {
	const lines = [[...headers, 'Ligne d’origine', 'Motif'].map(field).join(';')];
	for (const row of rows)
		if (SET_ASIDE.has(row.status))
			lines.push([...headers.map((header) => row.cells[header] ?? ''), String(row.row), reasonOf(row)].map(field).join(';'));
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}
