import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { digestGraph } from '$lib/server/db/graph-digest';
import * as exporting from '$lib/server/export';
import { loadView, saveView } from '$lib/server/views';
import { buildSeed } from '../../seed/build';
import { migrate, totalChanges, type MigrationReport } from '../../seed/migrate/migrate';
import { MODEL_VERSION, readModelVersion } from '../../seed/migrate/model-version';
import { migrationSteps } from '../../seed/migrate/steps';
import type { MigrationStep } from '../../seed/migrate/step';
import type { GraphRows, RelationshipRow } from '../../seed/rows';
import { writeRows } from '../../seed/write';
import { runScript } from '../support/child-script';
import { FIXTURE_DEPARTEMENTS, FIXTURE_OPEN_DATA, FIXTURE_SEED, resetTestGraph } from '../support/test-graph';
import { connectTestDatabase } from './database';

const database = connectTestDatabase();
let seedRows: GraphRows;

/** The whole graph as the JSON export gives it: nodes by id, edges as `TYPE from->to`. */
async function readGraph() {
	const document = JSON.parse(await new Response(exporting.exportStream(database, 'json')).text()) as {
		nodes: { id: string; labels: string[]; properties: Record<string, unknown> }[];
		edges: { type: string; source: string; target: string; properties: Record<string, unknown> }[];
	};
	const edges = new Map(document.edges.map((edge) => [`${edge.type} ${edge.source}->${edge.target}`, edge.properties]));
	return { nodes: new Map(document.nodes.map((node) => [node.id, node])), edges };
}

const USER_SOURCE = 'etude-fictive-des-essais';
const CURATED = 'clusters-territoires-industrie#Section fictive';
const link = (type: RelationshipRow['type'], from: string, to: string, sources: string[]): RelationshipRow => ({
	type,
	from,
	to,
	properties: { sources, evidence: sources.map(() => 'extrait fictif') }
});

/**
 * A graph as the first model stored it, with fictitious names: a public body beside the
 * intercommunality it governs (same SIREN, LOCATED_IN it) with links both ways, a body known by
 * a former seed id, a duplicated membership, a curated fact the seed no longer states, a
 * pôle métropolitain stored as a territory, and the user's own facts and source.
 */
function firstModelRows(epci: { id: string; siren: string }, territory: string): GraphRows {
	const body = 'communaute-fictive-des-essais';
	return {
		entities: [
			{ id: USER_SOURCE, labels: ['Source'], properties: { id: USER_SOURCE, name: 'Étude fictive des essais', kind: 'study' } },
			{
				id: body,
				labels: ['PublicBody', 'Actor', 'Funder'],
				properties: { id: body, name: 'Communauté fictive des Essais', siren: epci.siren, sources: [`${USER_SOURCE}#p1`, CURATED] }
			},
			{
				id: 'ville-d-issoire',
				labels: ['PublicBody', 'Actor'],
				properties: { id: 'ville-d-issoire', name: 'Ville fictive d’Issoire', sources: [`${USER_SOURCE}#p2`] }
			},
			{
				id: 'projet-fictif-des-essais',
				labels: ['Project'],
				properties: { id: 'projet-fictif-des-essais', name: 'Projet fictif', sources: [`${USER_SOURCE}#p1`] }
			},
			{
				id: 'ancien-projet-fictif',
				labels: ['Project'],
				properties: { id: 'ancien-projet-fictif', name: 'Ancien projet fictif', sources: [CURATED] }
			},
			{
				id: 'personne-fictive',
				labels: ['Person'],
				properties: { id: 'personne-fictive', name: 'Personne Fictive', sources: [`${USER_SOURCE}#p1`] }
			},
			{
				id: 'pole-metropolitain-fictif',
				labels: ['Territory'],
				properties: {
					id: 'pole-metropolitain-fictif',
					name: 'Pôle métropolitain fictif',
					kind: 'pôle métropolitain',
					sources: [`${USER_SOURCE}#p3`]
				}
			}
		],
		relationships: [
			link('LOCATED_IN', body, epci.id, [CURATED]),
			link('PARTICIPATES_IN', body, 'projet-fictif-des-essais', [`${USER_SOURCE}#p1`]),
			link('PARTICIPATES_IN', body, 'ancien-projet-fictif', [CURATED]),
			link('ROLE_AT', 'personne-fictive', body, [`${USER_SOURCE}#p1`]),
			link('MEMBER_OF', body, territory, [CURATED]),
			link('ADDRESSES', 'ville-d-issoire', 'industrie-du-futur', [`${USER_SOURCE}#p2`]),
			link('ADDRESSES', body, 'industrie-du-futur', [`${USER_SOURCE}#p5`]),
			link('ADDRESSES', epci.id, 'industrie-du-futur', [`${USER_SOURCE}#p6`]),
			link('COLLABORATES_WITH', 'tenerrdis', 'axelera', [CURATED]),
			link('COLLABORATES_WITH', 'axelera', 'tenerrdis', [`${USER_SOURCE}#p4`, CURATED]),
			link('LOCATED_IN', 'pole-metropolitain-fictif', 'region-28', [`${USER_SOURCE}#p3`])
		]
	};
}

const failingStep: MigrationStep = {
	id: 'failing',
	title: 'étape qui échoue',
	run: () => Promise.reject(new Error('étape en échec volontaire'))
};

beforeAll(async () => {
	const seed = await buildSeed(FIXTURE_SEED, FIXTURE_OPEN_DATA, { departements: FIXTURE_DEPARTEMENTS });
	expect(seed.problems).toEqual([]);
	seedRows = seed.rows;
});

afterAll(async () => {
	// The next test files find the fixture graph.
	await resetTestGraph(database);
	await database.close();
});

describe('npm run migrate on a graph of the first model', () => {
	let epci: { id: string; siren: string };
	let territory: string;
	let viewId: string;
	let report: MigrationReport;

	beforeAll(async () => {
		await resetTestGraph(database);
		// An intercommunality no document speaks of, that a Territoire d'industrie includes.
		const plain = new Map(
			seedRows.entities.filter((row) => row.labels.includes('EPCI') && !row.labels.includes('PublicBody')).map((row) => [row.id, row])
		);
		const included = seedRows.relationships.find((row) => row.type === 'INCLUDES' && row.from.startsWith('ti-') && plain.has(row.to))!;
		epci = { id: included.to, siren: String(plain.get(included.to)!.properties.siren) };
		territory = included.from;
		await writeRows(database, firstModelRows(epci, territory));
		({ id: viewId } = await saveView(database, {
			v: 1,
			nodes: ['communaute-fictive-des-essais', 'projet-fictif-des-essais'],
			positions: { 'communaute-fictive-des-essais': [10, 20] },
			layout: 'fcose',
			sizeBy: 'degree',
			filters: { mode: 'fade' },
			selection: 'PARTICIPATES_IN:communaute-fictive-des-essais->projet-fictif-des-essais'
		}));
	});

	it('rolls everything back when a step fails: the graph is left as it was', async () => {
		const before = await digestGraph(database);
		await expect(migrate(database, { rows: seedRows, steps: [...migrationSteps, failingStep] })).rejects.toThrow(
			'étape en échec volontaire'
		);
		expect(await digestGraph(database)).toEqual(before);
		expect(await readModelVersion(database)).toBe(1);
	});

	it('reports what a dry run would change, and writes nothing', async () => {
		const before = await digestGraph(database);
		const rehearsal = await migrate(database, { rows: seedRows, dryRun: true });
		expect(rehearsal.dryRun).toBe(true);
		expect(rehearsal.steps.find((step) => step.id === 'institutions')?.count).toBe(2);
		expect(await digestGraph(database)).toEqual(before);
		expect(await readModelVersion(database)).toBe(1);
	});

	it('makes each institution the place it governs, its links moved both ways, its name an alias', async () => {
		report = await migrate(database, { rows: seedRows });
		expect(report.fromVersion).toBe(1);
		expect(report.steps).toEqual([
			expect.objectContaining({ id: 'institutions', count: 2 }),
			expect.objectContaining({ id: 'duplicated-memberships', count: 1 }),
			expect.objectContaining({ id: 'metropolitan-poles', count: 1 }),
			// Roles and funding of this old graph are already in the lists (their steps have their own test).
			expect.objectContaining({ id: 'controlled-roles', count: 0 }),
			expect.objectContaining({ id: 'programmes-are-not-funders', count: 0 }),
			expect.objectContaining({ id: 'cluster-kinds' })
		]);
		const graph = await readGraph();
		expect(graph.nodes.has('communaute-fictive-des-essais')).toBe(false);
		expect(graph.nodes.has('ville-d-issoire')).toBe(false);
		const place = graph.nodes.get(epci.id)!;
		expect(place.labels).toEqual(expect.arrayContaining(['EPCI', 'Actor', 'PublicBody', 'Funder']));
		expect(place.properties.aliases).toContain('Communauté fictive des Essais');
		expect(place.properties.sources).toContain(`${USER_SOURCE}#p1`);
		expect(graph.edges.get(`PARTICIPATES_IN ${epci.id}->projet-fictif-des-essais`)?.sources).toEqual([`${USER_SOURCE}#p1`]);
		expect(graph.edges.has(`ROLE_AT personne-fictive->${epci.id}`)).toBe(true);
		// The same link stated of the body and of the place: one link, both citations and excerpts.
		expect(graph.edges.get(`ADDRESSES ${epci.id}->industrie-du-futur`)).toMatchObject({
			sources: [`${USER_SOURCE}#p6`, `${USER_SOURCE}#p5`],
			evidence: ['extrait fictif', 'extrait fictif']
		});
		expect(graph.edges.has(`LOCATED_IN ${epci.id}->${epci.id}`)).toBe(false);
		expect(graph.edges.has(`ADDRESSES commune-63178->industrie-du-futur`)).toBe(true);
		expect(graph.nodes.get('commune-63178')?.properties.aliases).toContain('Ville fictive d’Issoire');
	});

	it('keeps one membership, the open data’s, and makes the pôle métropolitain an actor', async () => {
		const graph = await readGraph();
		expect(graph.edges.has(`MEMBER_OF ${epci.id}->${territory}`)).toBe(false);
		expect(graph.edges.has(`INCLUDES ${territory}->${epci.id}`)).toBe(true);
		const pole = graph.nodes.get('pole-metropolitain-fictif')!;
		expect(pole.labels).toEqual(expect.arrayContaining(['PublicBody', 'Actor']));
		expect(pole.labels).not.toContain('Territory');
		expect(graph.edges.has('LOCATED_IN pole-metropolitain-fictif->region-28')).toBe(true);
	});

	it('retracts what the curated files no longer state, and keeps everything the user’s source cites', async () => {
		expect(report.retracted).toEqual({ relationships: 1 + 1, entities: 1 });
		const graph = await readGraph();
		expect(graph.edges.has('COLLABORATES_WITH tenerrdis->axelera')).toBe(false);
		expect(graph.nodes.has('ancien-projet-fictif')).toBe(false);
		expect(graph.edges.get('COLLABORATES_WITH axelera->tenerrdis')?.sources).toEqual([`${USER_SOURCE}#p4`, CURATED]);
		expect(graph.nodes.has(USER_SOURCE)).toBe(true);
		expect(graph.nodes.has('projet-fictif-des-essais')).toBe(true);
	});

	it('shows the place in the saved views that showed the institution', async () => {
		const view = await loadView(database, viewId);
		expect(view?.state.nodes).toEqual([epci.id, 'projet-fictif-des-essais']);
		expect(view?.state.positions).toEqual({ [epci.id]: [10, 20] });
		expect(view?.state.selection).toBe(`PARTICIPATES_IN:${epci.id}->projet-fictif-des-essais`);
	});

	it('records the model version, and a second run changes nothing', async () => {
		expect(await readModelVersion(database)).toBe(MODEL_VERSION);
		const before = await digestGraph(database);
		const again = await migrate(database, { rows: seedRows });
		expect(again.fromVersion).toBe(MODEL_VERSION);
		expect(totalChanges(again)).toBe(0);
		expect(await digestGraph(database)).toEqual(before);
	});

	it('is a fast no-op from the command line once the graph is in the current model (npm start)', async () => {
		const { uri, user, password } = inject('neo4jTest');
		const run = runScript('seed/migrate/cli.ts', ['--test', '--if-outdated'], {
			NEO4J_TEST_URI: uri,
			NEO4J_TEST_USER: user,
			NEO4J_TEST_PASSWORD: password
		});
		expect(await run.exited).toBe(0);
		expect(run.output()).toContain(`Le graphe est au modèle ${MODEL_VERSION} (celui du code : ${MODEL_VERSION}) : pas de migration.`);
	}, 120_000);
});

describe('npm run migrate on a freshly seeded graph', () => {
	it('changes nothing: the seed already produces the current model', async () => {
		await resetTestGraph(database);
		const before = await digestGraph(database);
		const report = await migrate(database, { rows: seedRows });
		expect(report.steps.map((step) => step.count)).toEqual(migrationSteps.map(() => 0));
		expect(report.seed).toEqual({ entities: 0, relationships: 0 });
		expect(report.retracted).toEqual({ relationships: 0, entities: 0 });
		expect(await digestGraph(database)).toEqual(before);
	});
});
