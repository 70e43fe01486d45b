import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { sirenProblem, siretProblem } from '$lib/domain/identifiers';
import { buildSeed } from '../../../../seed/build';
import { FIXTURE_DEPARTEMENTS, FIXTURE_OPEN_DATA, FIXTURE_SEED } from '../../../../tests/support/test-graph';
import * as fixtures from '../../../../tests/fixtures/imports/make-fixtures';
import { CandidateIndex } from './candidates';
import { nameKey, type Candidate } from './matching';
import { Gazetteer } from './places';

/**
 * The spreadsheets of tests/fixtures/imports, held to what their README promises: made the same way
 * every time, committed as the generator makes them, SIRET keys valid except where a row is wrong on
 * purpose, places and organisations of the test graph exactly where rows mean them — so that the
 * integration and end-to-end tests reading them can count on what they hold. The test graph is
 * built in memory from the seed, as tests/support/test-graph.ts loads it.
 */

const FOLDER = 'tests/fixtures/imports';
const committed = (name: string) => readFile(`${FOLDER}/${name}`);

/** The test graph's communes and actors, as the import reads them from the database. */
let gazetteer: Gazetteer;
let actors: () => CandidateIndex;

beforeAll(async () => {
	const { rows } = await buildSeed(FIXTURE_SEED, FIXTURE_OPEN_DATA, { departements: FIXTURE_DEPARTEMENTS });
	const byId = new Map(rows.entities.map((entity) => [entity.id, entity]));
	const linked = (from: string, type: string) => rows.relationships.filter((link) => link.from === from && link.type === type);
	const text = (id: string, key: string) => String(byId.get(id)?.properties[key] ?? '');
	gazetteer = new Gazetteer(
		rows.entities
			.filter((entity) => entity.labels.includes('Commune'))
			.map((commune) => {
				const departement = linked(commune.id, 'IN').find((link) => link.to.startsWith('departement-'))?.to ?? '';
				return {
					id: commune.id,
					code: text(commune.id, 'code'),
					name: text(commune.id, 'name'),
					postalCodes: (commune.properties.postalCodes as string[] | undefined) ?? [],
					departement: text(departement, 'code'),
					departementName: text(departement, 'name')
				};
			})
	);
	const candidates: Candidate[] = rows.entities
		.filter((entity) => entity.labels.includes('Actor'))
		.map((actor) => ({
			id: actor.id,
			name: text(actor.id, 'name'),
			aliases: (actor.properties.aliases as string[] | undefined) ?? [],
			siren: (actor.properties.siren as string | undefined) ?? undefined,
			communes: linked(actor.id, 'LOCATED_IN')
				.map((link) => link.to)
				.filter((id) => id.startsWith('commune-')),
			departements: []
		}));
	// Matching adds each new organisation to the index: every file is matched against a fresh one.
	actors = () => new CandidateIndex(candidates);
}, 60_000);

/** The graph actor a name stands for (by name and place, as the import matches a row without SIRET), or undefined. */
function graphActor(index: CandidateIndex, name: string, place?: { postalCode?: string; commune?: string }): string | undefined {
	const resolved = place ? gazetteer.resolve(place) : null;
	const commune = resolved && 'place' in resolved ? resolved.place.communeId : undefined;
	const match = index.match({ name, commune });
	return match.outcome === 'found' ? match.id : match.outcome === 'ambiguous' ? 'ambiguous' : undefined;
}

/** The problem of a row's place in the test graph, or null when it resolves (or names no place). */
function placeProblem(cells: { insee?: string; postalCode?: string; commune?: string; departement?: string }): string | null {
	const outcome = gazetteer.resolve(Object.fromEntries(Object.entries(cells).filter(([, value]) => value)));
	return outcome && 'problem' in outcome ? outcome.problem.message : null;
}

/** Sheet rows (numbered as a spreadsheet shows them) of a table whose data starts at `first`, where `test` holds. */
const rowsWhere = (rows: readonly (readonly string[])[], first: number, test: (row: readonly string[]) => boolean) =>
	rows.flatMap((row, index) => (test(row) ? [first + index] : []));

describe('the fixtures generator', () => {
	it('makes the same tables every time, and another list from another seed', async () => {
		expect(fixtures.memberList(200, { inserts: fixtures.TENERRDIS_INSERTS })).toEqual(
			fixtures.memberList(200, { inserts: fixtures.TENERRDIS_INSERTS })
		);
		expect(fixtures.largeMemberList(10_000)).toEqual(fixtures.largeMemberList(10_000));
		expect(fixtures.memberList(50, { seed: 1 })).not.toEqual(fixtures.memberList(50, { seed: 2 }));
		const [first, again] = [await fixtures.fixtureFiles(), await fixtures.fixtureFiles()];
		expect(Object.keys(first)).toEqual(Object.keys(again));
		for (const name of Object.keys(first)) expect(await fixtures.sameContent(name, first[name], again[name]), name).toBe(true);
	});

	it('gives every generated company a valid SIRET of its own, a different name and a contact at example.test', () => {
		const large = fixtures.largeMemberList(10_000);
		expect(large).toHaveLength(10_001);
		expect(large[0]).toEqual(fixtures.MEMBER_HEADERS);
		const rows = large.slice(1);
		expect(rows.filter(([, siret]) => siretProblem(siret) !== null)).toEqual([]);
		expect(new Set(rows.map(([, siret]) => siret)).size).toBe(10_000);
		// Different once legal forms, case and accents are set aside, as the import compares names.
		expect(new Set(rows.map(([name]) => nameKey(name))).size).toBe(10_000);
		expect(rows.every(([, , , , , contact]) => /^[a-z]+\.[a-z]+\d*@example\.test$/.test(contact))).toBe(true);
		expect(fixtures.companyName(10_000)).toBe(`${fixtures.companyName(0)} 2`);
	});

	it('puts the inserted rows where asked, among as many rows as asked', () => {
		const table = fixtures.memberList(5, { inserts: [{ at: 1, row: ['Inséré', '', '', '', '', ''] }] });
		expect(table.map(([name]) => name)).toEqual([
			'Raison sociale',
			fixtures.memberList(4)[1][0],
			'Inséré',
			...fixtures
				.memberList(4)
				.slice(2, 5)
				.map(([name]) => name)
		]);
		expect(() => fixtures.memberList(1, { inserts: fixtures.TENERRDIS_INSERTS })).toThrow(/do not fit/);
	});

	it('writes CSV that csv-parse reads back cell for cell, and refuses a character Windows-1252 lacks', () => {
		const table = [
			['Nom', 'Note'],
			['Fictive, SAS', 'deux\nlignes; et des "guillemets"']
		];
		expect(parse(fixtures.csvText(table, ','), { delimiter: ',' })).toEqual(table);
		expect(fixtures.windows1252('Société Isère')).toEqual(Buffer.from([...'Société Isère'].map((character) => character.charCodeAt(0))));
		expect(() => fixtures.windows1252('Ω')).toThrow(/Windows-1252/);
	});
});

describe('the committed fixtures', () => {
	it('are what the generator makes: workbooks cell for cell, CSV byte for byte and record for record', async () => {
		const made = await fixtures.fixtureFiles();
		expect(Object.keys(made).sort()).toEqual([
			'acteurs-utf8-comma.csv',
			'acteurs-windows-1252.csv',
			'financements.xlsx',
			'membres-awkward.xlsx',
			'membres-tenerrdis-200.xlsx',
			'projets-partenaires.csv'
		]);
		for (const [name, bytes] of Object.entries(made)) {
			const file = await committed(name);
			if (name.endsWith('.xlsx')) expect(await fixtures.readBack(file), name).toEqual(await fixtures.readBack(bytes));
			else expect(file.equals(bytes), `${name} differs: run make-fixtures.ts`).toBe(true);
		}
		const csv = async (name: string, encoding: string, delimiter: string) =>
			parse(new TextDecoder(encoding).decode(await committed(name)), { delimiter, bom: true });
		expect(await csv('acteurs-windows-1252.csv', 'windows-1252', ';')).toEqual(fixtures.actorsWindows1252());
		expect(await csv('acteurs-utf8-comma.csv', 'utf-8', ',')).toEqual(fixtures.actorsUtf8Comma());
		expect(await csv('projets-partenaires.csv', 'utf-8', ';')).toEqual(fixtures.projectPartners());
		const [members] = await fixtures.readBack(await committed('membres-tenerrdis-200.xlsx'));
		expect(members.name).toBe('Adhérents');
		expect(members.rows.slice(1)).toEqual([fixtures.MEMBER_HEADERS, ...fixtures.memberRows()]);
	});

	it('hold SIRET and SIREN with valid keys, except the two of membres-tenerrdis-200.xlsx wrong on purpose', () => {
		const members = fixtures.memberRows();
		expect(rowsWhere(members, 3, ([, siret]) => siret !== '' && siretProblem(siret) !== null)).toEqual([23, 43]);
		expect(members.filter(([, siret]) => siret !== '')).toHaveLength(197);
		const actors = fixtures.actorsWindows1252().slice(1);
		expect(actors.map(([, siren]) => sirenProblem(siren))).toEqual([null, null, null]);
		const sirets = [...fixtures.actorsUtf8Comma().slice(1), ...fixtures.projectPartners().slice(1)]
			.map((row) => row.find((cell) => /^\d{14}$/.test(cell)))
			.filter((siret): siret is string => siret !== undefined);
		expect(sirets).toHaveLength(12);
		expect(sirets.map(siretProblem)).toEqual(sirets.map(() => null));
		// The awkward workbook's number cell: the SIRET lost its leading zero, and is valid once it is given back.
		const [sheet] = fixtures.awkwardSheets();
		const lost = String(sheet.rows[3][1]);
		expect(lost).toHaveLength(13);
		expect(siretProblem(lost.padStart(14, '0'))).toBeNull();
	});

	it('name places of the test graph, except the three rows of membres-tenerrdis-200.xlsx wrong on purpose', () => {
		const members = fixtures.memberRows();
		const problems = members.map(([, , postalCode, commune]) => placeProblem({ postalCode, commune }));
		expect(problems.flatMap((problem, index) => (problem ? [[index + 3, problem]] : []))).toEqual([
			[63, 'aucune commune « Villefictive-sur-Isère »'],
			[83, 'aucune commune « Nullepart »'],
			[123, 'aucune commune n’a le code postal 38999']
		]);
		// The twelve communes of ISERE_COMMUNES, and Grenoble for the known pôle.
		const communes = members.flatMap(([, , postalCode, commune]) => {
			const outcome = gazetteer.resolve({ postalCode: postalCode || undefined, commune: commune || undefined });
			return outcome && 'place' in outcome ? [outcome.place.communeId] : [];
		});
		expect(new Set(communes).size).toBe(13);
		const [awkward] = fixtures.awkwardSheets();
		for (const row of awkward.rows.slice(3).filter((row) => /^\d{5}$/.test(String(row[2]))))
			expect(placeProblem({ postalCode: String(row[2]), commune: String(row[3]) })).toBeNull();
		const windows = fixtures.actorsWindows1252().slice(1);
		expect(windows.map(([, , insee, departement]) => placeProblem({ insee, departement }))).toEqual([
			null,
			null,
			'aucune commune de code INSEE 99999'
		]);
		for (const [, , postalCode, commune] of fixtures.actorsUtf8Comma().slice(1)) expect(placeProblem({ postalCode, commune })).toBeNull();
		for (const row of fixtures.projectPartners().slice(1)) expect(placeProblem({ commune: row[7] })).toBeNull();
		for (const [, , postalCode, commune] of fixtures.largeMemberList(2_000).slice(1))
			expect(placeProblem({ postalCode, commune })).toBeNull();
	});

	it('name actors of the test graph only on the rows that mean them, and no company of another file', () => {
		const members = fixtures.memberRows();
		const index = actors();
		const known = members.flatMap(([name, , postalCode, commune], row) => {
			const id = name ? graphActor(index, name, { postalCode, commune }) : undefined;
			return id ? [[row + 3, name, id]] : [];
		});
		expect(known).toEqual([
			[13, 'MINALOGIC', 'minalogic'],
			[55, 'CC Bievre Isere', 'epci-200059392'],
			[97, 'SEB SA', 'groupe-seb']
		]);
		const large = actors();
		expect(fixtures.largeMemberList(10_000).filter(([name], row) => row > 0 && graphActor(large, name))).toEqual([]);
		const partners = fixtures.projectPartners().slice(1);
		expect(partners.flatMap(([, name]) => graphActor(actors(), name) ?? [])).toEqual(['universite-grenoble-alpes']);
		const fundings = fixtures.fundingSheets()[0].rows.slice(1, -1);
		const funders = fundings.map(([funder]) => graphActor(actors(), String(funder)) ?? String(funder));
		expect(funders).toEqual([
			'ademe',
			'ademe',
			'anct',
			'epci-200059392',
			'services-de-l-etat',
			'Fondation Fictive pour l’Industrie',
			'ademe',
			'anct',
			'ademe'
		]);
		const others = [
			...fixtures
				.awkwardSheets()[0]
				.rows.slice(3)
				.map((row) => String(row[0] ?? '')),
			...fundings.map(([, beneficiary]) => String(beneficiary)),
			...fixtures
				.actorsWindows1252()
				.slice(1)
				.map(([name]) => name),
			...fixtures
				.actorsUtf8Comma()
				.slice(1)
				.map(([name]) => name),
			...partners.map(([, name]) => name)
		].filter((name) => name && !/^total/i.test(name));
		expect(others.filter((name) => graphActor(actors(), name) && name !== 'Universite Grenoble Alpes')).toEqual([]);
		// Each file invents its own companies: applying one never makes another's rows « known ».
		const generated = new Set([...members, ...fixtures.largeMemberList(10_000).slice(1)].map(([name]) => nameKey(name)));
		expect(others.filter((name) => generated.has(nameKey(name)))).toEqual([]);
	});
});
