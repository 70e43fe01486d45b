import type { ColumnMapping, ImportDecisions, ImportField } from '$lib/domain/imports';
import { importFields } from '$lib/domain/imports';
import type { ImportJob } from './jobs';

/**
 * What the import page's forms say, read into decisions and mappings. A page shows one page of
 * rows: its form names the rows it showed (`shown`), so that a box left unticked on this page
 * undoes an earlier « écarter », and rows of other pages keep their decisions.
 */

const rowsOf = (value: string) =>
	value
		.split(',')
		.map(Number)
		.filter((row) => Number.isInteger(row) && row > 0);

export function decisionsFromForm(job: ImportJob, form: FormData): ImportDecisions {
	const shown = new Set(rowsOf(String(form.get('shown') ?? '')));
	const ticked = new Set(form.getAll('exclude').map(Number));
	const excluded = [...job.decisions.excluded.filter((row) => !shown.has(row)), ...[...shown].filter((row) => ticked.has(row))];
	const choices = { ...job.decisions.choices };
	const fixes = { ...job.decisions.fixes };
	const headers = job.preview?.columns.map((column) => column.header) ?? [];
	const shownCells = new Map((job.preview?.rows ?? []).map((row) => [row.row, row.cells]));
	for (const row of shown) {
		const choice = String(form.get(`choice-${row}`) ?? '');
		if (choice) choices[String(row)] = choice;
		else delete choices[String(row)];
		const corrected: Record<string, string> = { ...fixes[String(row)] };
		headers.forEach((header, index) => {
			const value = form.get(`fix-${row}-${index}`);
			// The page shows each cell as it reads now (the file's value, or its correction): only a changed one is a correction.
			if (typeof value === 'string' && value !== shownCells.get(row)?.[header]) corrected[header] = value.slice(0, 2_000);
		});
		if (Object.keys(corrected).length > 0) fixes[String(row)] = corrected;
		else delete fixes[String(row)];
	}
	return { excluded: [...new Set(excluded)].sort((a, b) => a - b), choices, fixes };
}

/** The columns' fields as the mapping form sets them (`field-<index>`: a field, or empty for ignored). */
export function mappingFromForm(job: ImportJob, form: FormData): ColumnMapping[] {
	return (job.preview?.columns ?? []).map((column) => {
		const value = String(form.get(`field-${column.index}`) ?? '');
		return { column: column.header, field: (importFields as readonly string[]).includes(value) ? (value as ImportField) : null };
	});
}
