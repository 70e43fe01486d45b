import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { importOptionsSchema, type PreviewRow } from '$lib/domain/imports';
import * as imports from '$lib/server/imports';
import { memberRows, siretOf } from '../fixtures/imports/make-fixtures';
import { connectTestDatabase } from './database';

/**
 * The committed spreadsheets of tests/fixtures/imports, previewed against the test graph: each
 * awkward case read the way a person would expect (see the folder's README).
 */

const database = connectTestDatabase();
afterAll(() => database.close());

async function preview(file: string, options: Record<string, unknown>) {
	const bytes = new Uint8Array(await readFile(`tests/fixtures/imports/${file}`));
	return imports.previewImport(database, imports.importRequest(file, bytes, importOptionsSchema.parse(options)));
}
const byStatus = (rows: PreviewRow[], status: PreviewRow['status']) => rows.filter((row) => row.status === status);

describe('the fixtures of the import', () => {
	it('membres-tenerrdis-200.xlsx: 200 members, 3 known to the graph, 6 errors named by row and column', async () => {
		const { rows, summary, headerRow, sheet } = await preview('membres-tenerrdis-200.xlsx', { preset: 'membres', clusterId: 'tenerrdis' });
		expect(sheet.sheets).toEqual(['Adhérents']);
		expect(headerRow).toBe(2);
		expect(rows).toHaveLength(memberRows().length);
		expect(rows).toHaveLength(200);
		const found = rows
			.filter((row) => row.actor?.outcome === 'found')
			.map((row) => [row.actor!.outcome === 'found' && row.actor!.id, row.actor!.outcome === 'found' && row.actor!.reason]);
		expect(found).toEqual([
			['minalogic', 'name-and-place'],
			['epci-200059392', 'name'],
			['groupe-seb', 'name']
		]);
		const errors = byStatus(rows, 'error').map((row) => [row.row, row.problems[0].column]);
		expect(errors).toEqual([
			[23, 'SIRET'],
			[43, 'SIRET'],
			[63, 'Commune'],
			[83, 'Commune'],
			[103, 'Raison sociale'],
			[123, 'Code postal']
		]);
		expect(summary.actors).toEqual({ matched: 3, created: 191, ambiguous: 0 });
		expect(summary.sentence).toMatch(
			/^194 acteurs \(3 reconnus, 191 nouveaux\), 194 liens « membre de », \d+ liens « situé à », 6 lignes écartées$/
		);
	});

	it('membres-awkward.xlsx: a title and a merged group header, a SIRET that lost its zero, one company three ways, duplicates, an empty line, a total', async () => {
		const { rows, headerRow, sheet, summary } = await preview('membres-awkward.xlsx', { preset: 'membres', clusterId: 'tenerrdis' });
		expect(sheet.sheets).toEqual(['Membres 2026', 'Notes']);
		expect(headerRow).toBe(3);
		const [zero, first, second, third, empty, double, again, total] = rows;
		expect(zero).toMatchObject({ status: 'ready', place: { communeId: 'commune-38185', by: 'postal-code' } });
		expect(zero.cells.SIRET).toBe(siretOf(1234567, '0').slice(1));
		expect(first.actor).toMatchObject({ outcome: 'new', name: 'Fictive Mécanique SAS' });
		expect([second.actor, third.actor]).toEqual([
			expect.objectContaining({ sameAsRow: first.row }),
			expect.objectContaining({ sameAsRow: first.row })
		]);
		expect([second.status, third.status]).toEqual(['duplicate', 'duplicate']);
		expect(empty.status).toBe('ignored');
		expect([double.status, again.status]).toEqual(['ready', 'duplicate']);
		expect(total).toMatchObject({ status: 'ignored', problems: [{ message: 'ligne de total' }] });
		expect(summary.actors).toEqual({ matched: 0, created: 3, ambiguous: 0 });
		const notes = await preview('membres-awkward.xlsx', { preset: 'membres', clusterId: 'tenerrdis', sheet: 'Notes' });
		expect(notes.rows.every((row) => row.status !== 'ready')).toBe(true);
	});

	it('acteurs-windows-1252.csv: Windows-1252 accents, semicolons, INSEE codes and département names', async () => {
		const { rows, sheet } = await preview('acteurs-windows-1252.csv', { preset: 'acteurs' });
		expect(sheet).toMatchObject({ encoding: 'Windows-1252', delimiter: ';' });
		expect(rows[0]).toMatchObject({
			status: 'ready',
			cells: { 'Raison sociale': 'Société Fictive de Saint-Égrève' },
			place: { communeId: 'commune-38382', by: 'insee' }
		});
		expect(rows[1].place).toMatchObject({ communeId: 'commune-38185', commune: 'Grenoble' });
		expect(rows[2]).toMatchObject({ status: 'error', problems: [{ column: 'Code INSEE', message: 'aucune commune de code INSEE 99999' }] });
	});
});
