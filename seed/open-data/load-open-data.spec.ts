import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { entityIdSchema, entityKinds, relationshipTypes } from '$lib/domain/model';
import { seedSourceDocumentSchema } from '$lib/domain/seed';
import { parseSourceReference } from '$lib/domain/source-reference';
import type { EntityRow, GraphRows, RelationshipRow } from '../rows';
import { loadOpenData, type OpenDataSource } from './load-open-data';
import { restrictToDepartements } from './restrict';

const directory = path.dirname(fileURLToPath(import.meta.url));

let rows: GraphRows;
let poleFile: string;
let sources: OpenDataSource[];
const byId = new Map<string, EntityRow>();
const outgoingByKey = new Map<string, RelationshipRow[]>();

beforeAll(async () => {
	({ rows, sources } = await loadOpenData(directory));
	poleFile = await readFile(path.join(directory, 'poles_competitivite_phase5.csv'), 'utf8');
	for (const entity of rows.entities) byId.set(entity.id, entity);
	for (const relationship of rows.relationships) {
		const key = `${relationship.type} ${relationship.from}`;
		outgoingByKey.set(key, [...(outgoingByKey.get(key) ?? []), relationship]);
	}
}, 60_000);

function withLabel(label: string): EntityRow[] {
	return rows.entities.filter((entity) => entity.labels[0] === label);
}

function outgoingRelationships(from: string, type: RelationshipRow['type']): RelationshipRow[] {
	return outgoingByKey.get(`${type} ${from}`) ?? [];
}

function outgoing(from: string, type: RelationshipRow['type']): string[] {
	return outgoingRelationships(from, type).map((relationship) => relationship.to);
}

describe('loadOpenData over the real files', () => {
	it('has the expected number of nodes of each kind', () => {
		expect(withLabel('Region')).toHaveLength(18);
		expect(withLabel('Department')).toHaveLength(101);
		const groups = withLabel('EPCI');
		expect(groups.filter((group) => group.properties.kind !== 'EPT')).toHaveLength(1255);
		expect(groups.filter((group) => group.properties.kind === 'EPT')).toHaveLength(11);
		expect(withLabel('Commune')).toHaveLength(34_875);
		const territories = withLabel('Territory');
		expect(territories.filter((territory) => territory.properties.phase === '2023-2027')).toHaveLength(183);
		expect(territories.filter((territory) => territory.properties.phase === '2019-2022')).toHaveLength(149);
		const poles = withLabel('Cluster');
		expect(poles).toHaveLength(57);
		expect(poles.every((pole) => pole.properties.clusterKind === 'pole-de-competitivite')).toBe(true);
		// One Source per distinct web page the pôles' rows cite, counted here from the file itself.
		const records = parse<{ source_url: string }>(poleFile, { columns: true, bom: true });
		const pageCount = new Set(records.flatMap((record) => record.source_url.split('|').map((url) => url.trim()))).size;
		expect(withLabel('Source')).toHaveLength(pageCount);
		expect(withLabel('Programme').map((phase) => phase.id)).toEqual([
			'programme-territoires-d-industrie-2023-2027',
			'programme-territoires-d-industrie-2019-2022'
		]);
		expect(rows.entities).toHaveLength(18 + 101 + 1266 + 34_875 + 183 + 149 + 2 + 57 + pageCount);
	});

	it('gives every node a unique id, one known kind first and no Entity label', () => {
		expect(new Set(rows.entities.map((entity) => entity.id)).size).toBe(rows.entities.length);
		const kinds = new Set<string>(entityKinds);
		// One kind, first; a pôle is also an Actor.
		const malformed = rows.entities.filter(
			(entity) =>
				entity.labels.slice(1).some((label) => label !== 'Actor') ||
				!kinds.has(entity.labels[0]) ||
				entity.properties.id !== entity.id ||
				typeof entity.properties.name !== 'string'
		);
		expect(malformed).toEqual([]);
	});

	it('makes ids that are slugs, Corsica included (departement-2a keeps its official code 2A)', () => {
		const rejected = rows.entities.map((entity) => entity.id).filter((id) => !entityIdSchema.safeParse(id).success);
		expect(rejected).toEqual([]);
		expect(byId.get('departement-2a')?.properties.code).toBe('2A');
		expect(byId.has('commune-2a004')).toBe(true);
	});

	it('only links nodes that are in the rows, once per (type, from, to)', () => {
		const types = new Set<string>(relationshipTypes);
		// The pôles' themes are the curated vocabulary's (checked in poles-de-competitivite.spec.ts), and the
		// programme the two phases are part of is defined in the curated shared.yaml.
		const curated = (r: RelationshipRow) =>
			(r.type === 'ADDRESSES' && byId.get(r.from)?.labels[0] === 'Cluster') ||
			(r.type === 'PART_OF' && r.to === 'programme-territoires-d-industrie');
		const dangling = rows.relationships.filter((r) => !types.has(r.type) || !byId.has(r.from) || (!byId.has(r.to) && !curated(r)));
		expect(dangling).toEqual([]);
		const keys = new Set(rows.relationships.map((r) => `${r.type} ${r.from} ${r.to}`));
		expect(keys.size).toBe(rows.relationships.length);
	});

	it('cites only the datasets it returns, which are valid Source documents', () => {
		expect(sources.map((source) => source.id).sort()).toEqual([
			'anct-centroides-admin-express-2025',
			'anct-territoires-d-industrie-2019-2022',
			'anct-territoires-d-industrie-2023-2027',
			'etalab-decoupage-administratif-2026',
			'france-geojson-centroides-communes-2018',
			'poles-de-competitivite-phase-5'
		]);
		for (const source of sources) {
			const { licence, ...document } = source;
			expect(licence).not.toBe('');
			expect(seedSourceDocumentSchema.safeParse(document).success, source.id).toBe(true);
		}
		const sourceIds = new Set([...sources.map((source) => source.id), ...withLabel('Source').map((page) => page.id)]);
		const cited = new Set<string>();
		const uncited: string[] = [];
		for (const row of [...rows.entities.filter((entity) => entity.labels[0] !== 'Source'), ...rows.relationships]) {
			const citations = row.properties.sources;
			if (!Array.isArray(citations) || citations.length === 0) uncited.push('id' in row ? row.id : `${row.type} ${row.from} ${row.to}`);
			else for (const citation of citations as string[]) cited.add(parseSourceReference(citation).sourceId);
		}
		expect(uncited).toEqual([]);
		expect([...cited].sort()).toEqual([...sourceIds].sort());
	});

	it('puts every territory in its phase of the programme, and links successive territories by their shared members', () => {
		const partOf = (phase: string) =>
			rows.relationships.filter((link) => link.type === 'PART_OF' && link.to === `programme-territoires-d-industrie-${phase}`);
		expect(partOf('2019-2022')).toHaveLength(149);
		expect(partOf('2023-2027')).toHaveLength(183);
		expect(outgoing('ti-2019-2022-5303', 'CONTINUES_AS')).toEqual(['ti-2023-2027-5301']);
		expect(outgoing('ti-2019-2022-8402', 'CONTINUES_AS')).toEqual(['ti-2023-2027-8419']);
		expect(outgoing('ti-2019-2022-7511', 'CONTINUES_AS')).toEqual(['ti-2023-2027-7514']);
		const continuations = rows.relationships.filter((link) => link.type === 'CONTINUES_AS');
		expect(continuations).toHaveLength(154);
		expect(continuations.every((link) => link.from.startsWith('ti-2019-2022-') && link.to.startsWith('ti-2023-2027-'))).toBe(true);
	});

	it('places Cléon in Seine-Maritime, in Normandie', () => {
		const cleon = byId.get('commune-76178')!;
		expect(cleon.properties).toMatchObject({ name: 'Cléon', code: '76178' });
		expect(cleon.properties.population).toBeGreaterThan(4000);
		expect(cleon.properties.lat).toBeCloseTo(49.31, 1);
		expect(cleon.properties.lon).toBeCloseTo(1.04, 1);
		expect(outgoing('commune-76178', 'IN')).toEqual(['departement-76']);
		expect(outgoing('departement-76', 'IN')).toEqual(['region-28']);
		expect(byId.get('region-28')!.properties.name).toBe('Normandie');
		expect(rows.relationships.filter((r) => r.type === 'INCLUDES' && r.to === 'commune-76178' && r.from.startsWith('epci-'))).toHaveLength(
			1
		);
	});

	it('keeps Corsica and the DROM, and skips the collectivités d’outre-mer and the municipal arrondissements', () => {
		expect(outgoing('departement-2a', 'IN')).toEqual(['region-94']);
		expect(outgoing('departement-976', 'IN')).toEqual(['region-06']);
		expect(byId.has('region-975')).toBe(false);
		expect(byId.has('departement-987')).toBe(false);
		expect(byId.has('commune-75056')).toBe(true);
		expect(byId.has('commune-75101')).toBe(false);
		expect(byId.has('commune-13201')).toBe(false);
		expect(byId.has('commune-69381')).toBe(false);
	});

	it('locates every place except the 11 communes re-created after 2018', () => {
		const places = new Set(['Region', 'Department', 'EPCI', 'Commune']);
		const unplaced = rows.entities.filter((entity) => places.has(entity.labels[0]) && entity.properties.lat === undefined);
		expect(unplaced.map((entity) => entity.id).sort()).toEqual(
			['12218', '14581', '14666', '15031', '15035', '15047', '15171', '49126', '69114', '85165', '85212'].map((code) => `commune-${code}`)
		);
		const outOfRange = rows.entities.filter(
			(entity) =>
				entity.properties.lat !== undefined &&
				(Math.abs(entity.properties.lat as number) > 90 || Math.abs(entity.properties.lon as number) > 180)
		);
		expect(outOfRange).toEqual([]);
	});

	it('links every EPCI to its communes and to each département it has communes in', () => {
		const groups = withLabel('EPCI');
		let straddling = 0;
		const inconsistent: string[] = [];
		for (const group of groups) {
			const communes = outgoing(group.id, 'INCLUDES').filter((id) => id.startsWith('commune-'));
			const departements = outgoingRelationships(group.id, 'IN');
			const counted = departements.reduce((sum, r) => sum + (r.properties.communeCount as number), 0);
			if (communes.length === 0 || departements.length === 0 || counted !== communes.length) inconsistent.push(group.id);
			if (departements.length > 1) straddling += 1;
		}
		expect(inconsistent).toEqual([]);
		expect(straddling).toBeGreaterThan(50);
		expect(byId.get('epci-200059392')!.properties).toMatchObject({ name: 'CC Bièvre Isère', kind: 'CC', siren: '200059392' });
		expect(outgoing('epci-200059392', 'IN')).toEqual(['departement-38']);
	});

	it('models the EPT as EPCI nodes of kind EPT inside the Métropole du Grand Paris', () => {
		const ept = withLabel('EPCI').filter((group) => group.properties.kind === 'EPT');
		expect(byId.get('epci-200057867')!.properties).toMatchObject({ name: 'Plaine Commune', kind: 'EPT' });
		// The ANCT source put Plaine Commune in La Réunion; the copy fixes it to its communes' mean.
		expect(byId.get('epci-200057867')!.properties.lat).toBeCloseTo(48.94, 1);
		expect(outgoing('epci-200054781', 'INCLUDES').filter((id) => ept.some((group) => group.id === id))).toHaveLength(11);
	});

	it('finds "Saint-Marcellin Vercors Bièvre Isère" (2023-2027) and its two EPCI', () => {
		const [territory] = withLabel('Territory').filter(
			(entity) => entity.properties.name === 'Saint-Marcellin Vercors Bièvre Isère' && entity.properties.phase === '2023-2027'
		);
		expect(territory.id).toBe('ti-2023-2027-8419');
		expect(territory.properties).toMatchObject({ anctId: 'ti-8419', kind: 'territoire-d-industrie', regionCode: '84' });
		expect(outgoing(territory.id, 'INCLUDES').sort()).toEqual(['epci-200059392', 'epci-200070431']);
		expect(outgoing(territory.id, 'IN')).toEqual(['region-84']);
		expect(territory.properties.lat).toBeGreaterThan(45);
		expect(territory.properties.lat).toBeLessThan(45.6);
	});

	it('keeps ti-2402 apart in each phase', () => {
		const named = withLabel('Territory').filter((entity) => entity.properties.anctId === 'ti-2402');
		expect(named.map((entity) => [entity.id, entity.properties.phase, entity.properties.name]).sort()).toEqual([
			['ti-2019-2022-2402', '2019-2022', 'Grand Est Touraine'],
			['ti-2023-2027-2402', '2023-2027', 'Chartres Métropole']
		]);
		expect(outgoing('ti-2023-2027-2402', 'INCLUDES')).toEqual(['epci-200033181']);
	});

	it('links territories to communes and EPT when those are the members', () => {
		expect(outgoing('ti-2023-2027-7506', 'INCLUDES')).toContain('commune-23080');
		expect(outgoing('ti-2023-2027-1101', 'INCLUDES')).toEqual(['epci-200057990']);
		expect(outgoing('ti-2019-2022-9301', 'INCLUDES')).toContain('commune-13056');
		const members = (phase: string) =>
			rows.relationships.filter((r) => r.type === 'INCLUDES' && r.from.startsWith(`ti-${phase}-`)).map((r) => r.to.split('-')[0]);
		expect(members('2023-2027')).toHaveLength(641);
		expect(members('2023-2027').filter((kind) => kind === 'commune')).toHaveLength(12);
		expect(members('2019-2022')).toHaveLength(588);
		expect(members('2019-2022').filter((kind) => kind === 'commune')).toHaveLength(38);
	});

	it('places every territory in its région and at the mean of its members', () => {
		const misplaced = withLabel('Territory').filter(
			(territory) =>
				outgoing(territory.id, 'IN').join() !== `region-${territory.properties.regionCode}` ||
				typeof territory.properties.lat !== 'number' ||
				typeof territory.properties.lon !== 'number'
		);
		expect(misplaced).toEqual([]);
	});
});

describe('loadOpenData over broken files', () => {
	async function withBrokenCopy(file: string, edit: (text: string) => string, run: (copy: string) => Promise<void>) {
		const copy = await mkdtemp(path.join(tmpdir(), 'open-data-'));
		try {
			await cp(directory, copy, { recursive: true, filter: (source) => !source.endsWith('.ts') });
			await writeFile(path.join(copy, file), edit(await readFile(path.join(copy, file), 'utf8')));
			await run(copy);
		} finally {
			await rm(copy, { recursive: true, force: true });
		}
	}

	it('names the file and line of a malformed record', async () => {
		await withBrokenCopy(
			'ti_2023_2027_groupements.csv',
			(text) => text.replace('ti-0101,Basse-Terre,01,Guadeloupe,249710062', 'ti-0101,Basse-Terre,01,Guadeloupe,24971006'),
			(copy) => expect(loadOpenData(copy)).rejects.toThrow(/ti_2023_2027_groupements\.csv:2: .*SIREN/)
		);
	});

	it('refuses a territory member that is not in the geography', async () => {
		await withBrokenCopy(
			'ti_phase1_2019_2022_groupements.csv',
			(text) =>
				text.replace('ti-0201,Centre de la Martinique,02,Martinique,249720061', 'ti-0201,Centre de la Martinique,02,Martinique,123456789'),
			(copy) => expect(loadOpenData(copy)).rejects.toThrow(/ti-0201 \(Centre de la Martinique\): no EPCI or EPT has the SIREN 123456789/)
		);
	});
});

describe('restrictToDepartements', () => {
	it('keeps the communes, région, EPCI and territories of Seine-Maritime and nothing dangling', () => {
		const part = restrictToDepartements(rows, ['76']);
		const ids = new Set(part.entities.map((entity) => entity.id));
		expect(ids.has('commune-76178')).toBe(true);
		expect(ids.has('departement-76')).toBe(true);
		expect(ids.has('region-28')).toBe(true);
		expect(ids.has('commune-01001')).toBe(false);
		expect(ids.has('departement-27')).toBe(false);
		// What is not geography is kept whole, with the places the pôles have their seat in.
		expect(part.entities.filter((entity) => entity.labels[0] === 'Cluster')).toHaveLength(57);
		expect(ids.has('commune-75056')).toBe(true);
		expect(part.entities.some((entity) => entity.labels[0] === 'Territory')).toBe(true);
		expect(part.entities.some((entity) => entity.labels[0] === 'EPCI')).toBe(true);
		// Links to what the curated files define (themes, the programme) are the only ones leaving the part.
		expect(part.relationships.filter((link) => !ids.has(link.from) || (!ids.has(link.to) && byId.has(link.to)))).toEqual([]);
		expect(part.entities.length).toBeLessThan(2_200);
	});

	it('also keeps the nodes it is asked to keep, with the places above them', () => {
		const part = restrictToDepartements(rows, ['76'], new Set(['commune-68224']));
		const ids = new Set(part.entities.map((entity) => entity.id));
		expect([...ids].filter((id) => ['commune-68224', 'departement-68', 'region-44'].includes(id)).sort()).toEqual([
			'commune-68224',
			'departement-68',
			'region-44'
		]);
		expect(ids.has('commune-68297')).toBe(false);
	});
});
