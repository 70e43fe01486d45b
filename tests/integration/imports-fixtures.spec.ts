import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import type { Operation } from '$lib/domain/changesets';
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
const errorsOf = (rows: PreviewRow[]) => byStatus(rows, 'error').map((row) => [row.row, row.problems.map((problem) => problem.column)]);
/** What applying would write: the new entities by name, and the new links of a type with their properties. */
const created = (plan: Operation[]) =>
	new Map(
		plan.flatMap((operation) => (operation.op === 'create-entity' ? [[String(operation.properties.name), operation.properties]] : []))
	);
const linksOf = (plan: Operation[], type: string) =>
	plan.flatMap((operation) => (operation.op === 'create-relationship' && operation.type === type ? [operation] : []));

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
	it('acteurs-utf8-comma.csv: a BOM, commas, and quoted cells holding commas, a semicolon, quotes and line breaks', async () => {
		const { rows, sheet, summary, plan } = await preview('acteurs-utf8-comma.csv', { preset: 'acteurs' });
		expect(sheet).toMatchObject({ encoding: 'UTF-8', delimiter: ',' });
		// A quoted line break does not start a row: six records, numbered as a spreadsheet shows them.
		expect(rows.map((row) => [row.row, row.status])).toEqual([2, 3, 4, 5, 6, 7].map((row) => [row, 'ready']));
		expect(rows.map((row) => row.cells['Raison sociale'])).toEqual([
			'Exemple Photonique, Division Alpes',
			'Démo Capteurs',
			'Imaginaire Optique "Le Prisme"',
			'Fictive Électronique',
			'Exemple Recyclage Normandie',
			'Démo Logistique'
		]);
		expect(rows[1].cells['Activités']).toBe('Capteurs de pression\nÉtalonnage, maintenance');
		expect(rows.map((row) => row.place?.communeId)).toEqual([
			'commune-38229',
			'commune-38185',
			'commune-38382',
			'commune-38140',
			'commune-76178',
			'commune-76540'
		]);
		expect(created(plan.operations).get('Exemple Photonique, Division Alpes')).toMatchObject({
			description: 'Lasers, capteurs; optique intégrée',
			website: 'https://www.exemple-photonique.test'
		});
		expect(summary.actors).toEqual({ matched: 0, created: 6, ambiguous: 0 });
	});

	it('projets-partenaires.csv: a row per project and partner, French amounts, one budget not a number, a known partner', async () => {
		const { rows, summary, plan } = await preview('projets-partenaires.csv', { preset: 'projets' });
		expect(rows).toHaveLength(7);
		expect(errorsOf(rows)).toEqual([[7, ['Budget (€)']]]);
		const found = rows.flatMap((row) => (row.actor?.outcome === 'found' ? [[row.row, row.actor.id, row.actor.reason]] : []));
		expect(found).toEqual([[4, 'universite-grenoble-alpes', 'name']]);
		// The same partner in two projects is one company; each project is created once, at its first ready row.
		expect(rows[3].actor).toMatchObject({ outcome: 'new', sameAsRow: 3 });
		const entities = created(plan.operations);
		expect(entities.get('Démonstrateur Hydrogène Fictif du Grésivaudan')).toMatchObject({
			budgetEur: 1_250_000,
			startYear: 2024,
			endYear: 2027
		});
		expect(entities.get('Plateforme Imaginaire de Recyclage des Composites')).toMatchObject({ budgetEur: 42_000.5 });
		expect(entities.get('Réseau de Chaleur Fictif de Vienne')).not.toHaveProperty('budgetEur');
		const roles = linksOf(plan.operations, 'PARTICIPATES_IN').map((link) => link.properties.role);
		expect(roles).toEqual(['lead', 'partner', 'partner', 'lead', 'partner', 'partner']);
		expect(summary.actors).toEqual({ matched: 1, created: 4, ambiguous: 0 });
		expect(summary.projects).toEqual({ matched: 0, created: 3 });
	});

	it('financements.xlsx: funders of the graph by name or alias, amounts as numbers, text and a formula, a date for a year, three errors, a duplicate, a total', async () => {
		const { rows, summary, plan } = await preview('financements.xlsx', { preset: 'financements' });
		expect(rows.map((row) => row.status)).toEqual([
			'ready',
			'ready',
			'ready',
			'ready',
			'ready',
			'error',
			'error',
			'error',
			'duplicate',
			'ignored'
		]);
		expect(errorsOf(rows)).toEqual([
			[7, ['Financeur']],
			[8, ['Montant (€)']],
			[9, ['Programme']]
		]);
		const funds = linksOf(plan.operations, 'FUNDS').map((link) => [
			link.from,
			link.properties.amountEur,
			link.properties.year,
			link.properties.programme
		]);
		expect(funds).toEqual([
			['ademe', 250_000, 2024, 'france-2030'],
			['ademe', 1_200_000, 2025, 'france-2030'],
			['anct', 45_000, 2023, 'programme-territoires-d-industrie'],
			['epci-200059392', 42_500, 2024, 'crte'],
			['services-de-l-etat', 300_000, 2023, undefined]
		]);
		expect(summary.actors).toEqual({ matched: 0, created: 5, ambiguous: 0 });
	});
});
