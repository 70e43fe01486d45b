import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { clusterKinds, poleLabelStatuses } from '$lib/domain/model';
import { cypher } from '$lib/server/db/cypher';
import { connectTestDatabase } from './database';

const database = connectTestDatabase();
afterAll(() => database.close());

/** Member SIRENs per territory, read straight from the ANCT files the seed copies. */
async function membersOf(file: string): Promise<Map<string, Set<string>>> {
	const rows = parse<{ id_ti: string; siren_groupement: string }>(await readFile(`seed/open-data/${file}`, 'utf8'), {
		columns: true,
		bom: true
	});
	const members = new Map<string, Set<string>>();
	for (const row of rows) members.set(row.id_ti, (members.get(row.id_ti) ?? new Set()).add(row.siren_groupement));
	return members;
}

const graphId = (phase: string, anctId: string) => `ti-${phase}-${anctId.slice(3)}`;

describe('the Territoires d’industrie programme, as loaded', () => {
	// The test graph holds the territories of two départements and those the documents cite; the
	// seed's unit tests count all 149 + 183 over the whole open data.
	it('puts each territory in its phase of the programme, and only there', async () => {
		const rows = await database.read(cypher('checks/list-territory-phases'));
		expect(rows.filter((row) => row.phase === '2019-2022').length).toBeGreaterThan(5);
		expect(rows.filter((row) => row.phase === '2023-2027').length).toBeGreaterThan(5);
		for (const row of rows) expect(row.programmes).toEqual([`programme-territoires-d-industrie-${row.phase}`]);
	});

	it('links each phase-1 territory to its successors as the shared members say, the whole set recomputed here', async () => {
		const [phase1, phase2] = await Promise.all([
			membersOf('ti_phase1_2019_2022_groupements.csv'),
			membersOf('ti_2023_2027_groupements.csv')
		]);
		const present = new Set((await database.read(cypher('checks/list-territory-phases'))).map((row) => row.id));
		const expected: string[] = [];
		for (const [before, earlier] of phase1) {
			for (const [after, later] of phase2) {
				if (!present.has(graphId('2019-2022', before)) || !present.has(graphId('2023-2027', after))) continue;
				const shared = [...earlier].filter((siren) => later.has(siren)).length;
				if (shared > 0 && (shared * 2 >= earlier.size || shared * 2 >= later.size)) {
					expected.push(`${graphId('2019-2022', before)} → ${graphId('2023-2027', after)} (${shared})`);
				}
			}
		}
		const rows = await database.read(cypher('checks/list-continuations'));
		expect(rows.every((row) => row.fromPhase === '2019-2022' && row.toPhase === '2023-2027')).toBe(true);
		expect(expected.length).toBeGreaterThan(5);
		expect(rows.map((row) => `${row.from} → ${row.to} (${row.sharedMembers})`).sort()).toEqual(expected.sort());
		const found = new Set(rows.map((row) => `${row.from} → ${row.to}`));
		// Saint-Marcellin Vercors Bièvre Isère continues its phase-1 self (the other examples are checked on the whole open data by the seed's unit tests).
		expect(found.has('ti-2019-2022-8402 → ti-2023-2027-8419')).toBe(true);
	});
});

describe('clusters and pôles, as loaded', () => {
	it('gives every cluster a controlled kind, and 57 pôles de compétitivité their labelling', async () => {
		const clusters = await database.read(cypher('checks/list-clusters'));
		expect(clusters.filter((cluster) => !(clusterKinds as readonly unknown[]).includes(cluster.clusterKind))).toEqual([]);
		const poles = clusters.filter((cluster) => cluster.clusterKind === 'pole-de-competitivite');
		expect(poles).toHaveLength(57);
		expect(poles.filter((pole) => !(poleLabelStatuses as readonly unknown[]).includes(pole.labelStatus))).toEqual([]);
		expect(new Set(clusters.map((cluster) => String(cluster.name).toLowerCase())).size).toBe(clusters.length);
		expect(clusters.find((cluster) => cluster.id === 'optitec')?.labelStatus).toBe('absorbe');
		expect(clusters.find((cluster) => cluster.id === 'ecosystem-cleon-4-0')?.clusterKind).toBe('ecosysteme-industriel');
		expect(clusters.find((cluster) => cluster.id === 'ecosystemed')?.clusterKind).toBe('reseau');
	});

	it('merges the pôles the study describes with the list of pôles: one node, both sources', async () => {
		const clusters = await database.read(cypher('checks/list-clusters'));
		for (const id of ['tenerrdis', 'axelera', 'minalogic']) {
			const pole = clusters.find((cluster) => cluster.id === id);
			const sources = pole?.sources as string[];
			expect(sources.some((source) => source.startsWith('poles-de-competitivite-phase-5#'))).toBe(true);
			expect(sources.some((source) => source.startsWith('clusters-territoires-industrie#'))).toBe(true);
		}
		expect(clusters.find((cluster) => cluster.id === 'tenerrdis')?.places).toEqual(['commune-38185']);
	});

	it('locates every pôle in the région its row names, through its commune or directly', async () => {
		const rows = parse<{ nom: string; region_siege: string }>(await readFile('seed/open-data/poles_competitivite_phase5.csv', 'utf8'), {
			columns: true,
			bom: true
		});
		const located = rows.filter((row) => row.region_siege !== '').length;
		const clusters = await database.read(cypher('checks/list-clusters'));
		const poles = clusters.filter((cluster) => cluster.clusterKind === 'pole-de-competitivite');
		expect(poles.filter((pole) => (pole.places as string[]).length === 1)).toHaveLength(located);
	});
});
