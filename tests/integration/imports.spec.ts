import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importOptionsSchema } from '$lib/domain/imports';
import { passesLuhn } from '$lib/domain/identifiers';
import * as changesets from '$lib/server/changesets';
import { digestGraph, type GraphDigest } from '$lib/server/db/graph-digest';
import * as imports from '$lib/server/imports';
import { connectTestDatabase } from './database';

/**
 * A spreadsheet of a cluster's members brought into the test graph: the preview (matches, places,
 * errors, nothing written), the apply (one changeset), the same file again (nothing changes), the
 * revert (the graph as before). Every organisation is fictitious except Minalogic, a pôle of the
 * open data, which the file names to be recognised.
 */

const database = connectTestDatabase();
const curator = { id: 'test-import-curator', name: 'Dominique Curatrice (essai)' };
let before: GraphDigest;

beforeAll(async () => {
	before = await digestGraph(database);
});
afterAll(() => database.close());

/** A valid identifier: `digits` completed by the Luhn key. */
function withKey(digits: string): string {
	for (let key = 0; key <= 9; key++) if (passesLuhn(`${digits}${key}`)) return `${digits}${key}`;
	throw new Error('no key');
}
const siren = withKey('91234567');
const siret = withKey(`${siren}0001`);
const wrongSiret = `${siret.slice(0, 13)}${(Number(siret[13]) + 1) % 10}`;

const csv = [
	'Liste des adhérents 2026;;;;',
	'Raison sociale;SIRET;Code postal;Commune;Contact',
	`Fictive Énergies SAS;${siret};38000;Grenoble;camille@example.test`,
	`FICTIVE ENERGIES;${siret};38000;Grenoble;`,
	'Minalogic;;;Grenoble;',
	`Exemple Hydrogène;${wrongSiret};38100;Grenoble;`,
	'Démo Solaire;;38999;Nullepart;',
	'Total : 5 adhérents;;;;'
].join('\r\n');

const request = () =>
	imports.importRequest(
		'adherents-fictifs.csv',
		new TextEncoder().encode(csv),
		importOptionsSchema.parse({ preset: 'membres', clusterId: 'tenerrdis', reason: 'Essai d’import' })
	);

describe('a member list for Tenerrdis', () => {
	it('is previewed row by row without writing anything', async () => {
		const preview = await imports.previewImport(database, request());
		expect(await digestGraph(database)).toEqual(before);
		expect(preview.headerRow).toBe(2);
		expect(preview.sheet).toMatchObject({ format: 'csv', delimiter: ';', encoding: 'UTF-8' });
		expect(preview.columns.map((column) => column.field)).toEqual(['actor.name', 'actor.siret', 'place.postalCode', 'place.commune', null]);
		const row = (number: number) => preview.rows.find((candidate) => candidate.row === number)!;
		expect(row(3)).toMatchObject({ status: 'ready', actor: { outcome: 'new' }, place: { communeId: 'commune-38185', by: 'postal-code' } });
		expect(row(3).place?.departement).toBe('Isère');
		expect(row(4)).toMatchObject({ status: 'duplicate', actor: { outcome: 'new', sameAsRow: 3 } });
		expect(row(5)).toMatchObject({ status: 'ready', actor: { outcome: 'found', id: 'minalogic', reason: 'name-and-place' } });
		expect(row(6).status).toBe('error');
		expect(row(6).problems).toEqual([{ column: 'SIRET', message: expect.stringContaining('clé de contrôle') }]);
		expect(row(7).status).toBe('error');
		expect(row(7).problems[0].column).toBe('Commune');
		expect(row(8)).toMatchObject({ status: 'ignored' });
		expect(preview.summary.sentence).toBe(
			'2 acteurs (1 reconnu, 1 nouveau), 2 liens « membre de », 1 lien « situé à », 2 lignes écartées, 1 doublon'
		);
	});

	it('is applied as one changeset citing the file, and the same file again changes nothing', async () => {
		const { changeset, preview } = await imports.applyImport(database, curator, request(), { publish: true });
		expect(changeset?.status).toBe('published');
		expect(changeset?.kind).toBe('import');
		expect(changeset?.sourceId).toBe(preview.sourceId);
		const created = changeset!.operations.filter((operation) => operation.op === 'create-entity');
		expect(created.map((operation) => operation.labels)).toEqual([['Source'], ['Company', 'Actor']]);
		const company = created[1];
		expect(company.properties).toMatchObject({ name: 'Fictive Énergies SAS', siret, siren, aliases: ['FICTIVE ENERGIES'] });
		expect(company.properties.sources).toEqual([`${preview.sourceId}#ligne-3`]);
		expect(String((company.properties.evidence as string[])[0])).not.toContain('example.test');
		const afterImport = await digestGraph(database);
		expect(afterImport).not.toEqual(before);

		const again = await imports.applyImport(database, curator, request(), { publish: true });
		expect(again.changeset).toBeNull();
		expect(again.preview.rows.filter((row) => row.status === 'ready')).toEqual([]);
		expect(await digestGraph(database)).toEqual(afterImport);

		await changesets.revert(database, curator, changeset!.id, 'Essai terminé');
		expect(await digestGraph(database)).toEqual(before);
	});

	it('is a proposal for a contributeur: nothing written until a curator publishes it', async () => {
		const { changeset } = await imports.applyImport(database, curator, request(), { publish: false });
		expect(changeset?.status).toBe('proposed');
		expect(await digestGraph(database)).toEqual(before);
		await changesets.reject(database, curator, changeset!.id, 'Essai');
	});
});
