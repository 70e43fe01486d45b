import { searchQuerySchema } from '$lib/domain/entity';
import { exportFormatSchema } from '$lib/domain/export';
import { neighbourhoodQuerySchema, pathsRequestSchema } from '$lib/domain/graph';
import { partnersRequestSchema } from '$lib/domain/partners';
import { cypher } from '$lib/server/db/cypher';
import * as entities from '$lib/server/entities';
import * as explore from '$lib/server/explore';
import * as exporting from '$lib/server/export';
import type { Database } from '$lib/server/db/neo4j';
import * as partners from '$lib/server/partners';
import * as queries from '$lib/server/console';
import * as search from '$lib/server/search';
import { recordingDatabase, type RecordedRequest } from './raw-cypher';

/**
 * The requests a load run sends, built from the graph under test: entity ids are sampled from it
 * at start (every n-th entity with links, in id order, so two runs on one graph send the same
 * requests), search terms and partner sentences are what people type.
 */

const LIST_SAMPLE_ENTITIES = cypher('bench/list-sample-entities');
const COUNT_SYNTHETIC_ENTITIES = cypher('bench/count-synthetic-entities');

/** One HTTP request of a scenario. */
export interface HttpRequest {
	method: 'GET' | 'POST';
	path: string;
	body?: string;
}

/** An endpoint under load: its requests, and how to record what each sends to the database. */
export interface Endpoint {
	name: string;
	/** Which statements the raw-Cypher baseline replays, in words. */
	statements: string;
	/** Target p95 in ms, when issue 7 sets one. */
	targetP95Ms?: number;
	requests: HttpRequest[];
	/** Runs the endpoint's server module for request `index`, so that its statements are recorded. */
	exercise(database: Database, index: number): Promise<unknown>;
	/** Concurrency of this endpoint when it differs from the run's (exports, the limited query API). */
	connections?: number;
	/** A fixed number of requests instead of a duration (exports: each takes seconds on a big graph). */
	amount?: number;
}

/** What people type in the search box: names, places, trades, with and without accents. */
const SEARCH_TERMS = ['cleon', 'hydrogène', 'normandie', 'aéronautique', 'rouen', 'batterie', 'bois', 'plasturgie', 'lyon', 'santé'];

/** Project descriptions as the partner form receives them. */
const PARTNER_SENTENCES = [
	'Nous cherchons des partenaires pour un projet de production d’hydrogène vert en Normandie.',
	'PME de plasturgie en Auvergne-Rhône-Alpes, nous voulons recycler nos chutes et décarboner nos fours.',
	'Projet de robotique collaborative pour l’industrie automobile autour de Rouen.',
	'Start-up de batteries cherchant un laboratoire et un financeur pour une ligne pilote.'
];

/** The graph under test: how many entities, how many synthetic, and a spread of entity ids. */
export interface Sample {
	entities: number;
	synthetic: number;
	actors: { id: string; name: string }[];
	territories: string[];
	clusters: string[];
}

async function sampleOf(database: Database, labels: string[], count: number) {
	const rows = await database.read(LIST_SAMPLE_ENTITIES, { labels, limit: count });
	return rows.map((row) => ({ id: String(row.id), name: String(row.name ?? row.id) }));
}

/** Counts the graph and samples entities to request. */
export async function sampleGraph(database: Database, perKind = 12): Promise<Sample> {
	const [counts] = await database.read(COUNT_SYNTHETIC_ENTITIES);
	const total = Number(counts.entities);
	const [actors, territories, clusters] = await Promise.all([
		sampleOf(database, ['Company', 'Cluster', 'Academic', 'Support', 'PublicBody', 'Funder', 'Association'], perKind * 2),
		sampleOf(database, ['Territory'], perKind),
		sampleOf(database, ['Cluster'], perKind)
	]);
	if (actors.length < 2) throw new Error('the graph holds fewer than two linked actors: seed it first');
	return {
		entities: total,
		synthetic: Number(counts.synthetic),
		actors,
		territories: territories.map((entity) => entity.id),
		clusters: clusters.map((entity) => entity.id)
	};
}

const get = (path: string): HttpRequest => ({ method: 'GET', path });
const post = (path: string, body: unknown): HttpRequest => ({ method: 'POST', path, body: JSON.stringify(body) });
const query = (parameters: Record<string, string | number>) =>
	new URLSearchParams(Object.entries(parameters).map(([key, value]) => [key, String(value)])).toString();

/** Every endpoint of issue 7's list, with varied requests over the sample. */
export function endpoints(sample: Sample, { exportRequests = 4 }: { exportRequests?: number } = {}): Endpoint[] {
	const ids = sample.actors.map((actor) => actor.id);
	const terms = [...SEARCH_TERMS, ...sample.actors.slice(0, 6).map((actor) => actor.name.split(/\s+/)[0])];
	const pairs = ids.slice(0, Math.floor(ids.length / 2)).map((from, index) => [from, ids[ids.length - 1 - index]] as const);
	const neighbourhood = (depth: 1 | 2, limit: number): Endpoint => {
		const parameters = ids.map((id) => ({ id, depth, limit }));
		return {
			name: `neighbourhood-depth${depth}`,
			statements: 'explore/rank-neighbours, then list-nodes and list-edges-among together',
			targetP95Ms: 100,
			requests: parameters.map((parameter) => get(`/api/graph/neighbourhood?${query(parameter)}`)),
			exercise: (database, index) => explore.neighbourhood(database, neighbourhoodQuerySchema.parse(parameters[index]))
		};
	};
	const savedQuery = queries.savedQueries().get('list-entity-neighbours');
	if (!savedQuery) throw new Error('the saved query list-entity-neighbours is missing');
	const limits = queries.limitsOf(queries.readQuerySettings({}));
	const formats = exportFormatSchema.options.filter((format) => format === 'json' || format === 'csv-nodes');

	return [
		{
			name: 'search',
			statements: 'search/search-entities (full-text index)',
			targetP95Ms: 50,
			requests: terms.map((q) => get(`/api/search?${query({ q, limit: 10 })}`)),
			exercise: (database, index) => search.searchEntities(database, searchQuerySchema.parse({ q: terms[index], limit: 10 }))
		},
		{
			name: 'entity',
			statements: 'entities/get-entity, list-entity-relationships, count-entity-relationships together, then list-sources',
			requests: ids.map((id) => get(`/api/entities/${encodeURIComponent(id)}`)),
			exercise: (database, index) => entities.getEntity(database, ids[index])
		},
		neighbourhood(1, 100),
		neighbourhood(2, 200),
		{
			name: 'paths',
			statements: 'explore/find-paths, then explore/list-nodes',
			targetP95Ms: 100,
			// As the explorer asks by default: up to 6 links, not through geography.
			requests: pairs.map(([from, to]) => get(`/api/graph/paths?${query({ from, to, maxLength: 6, avoid: 'geography' })}`)),
			exercise: (database, index) =>
				explore.findPaths(
					database,
					pathsRequestSchema.parse({ from: pairs[index][0], to: pairs[index][1], maxLength: 6, avoid: 'geography' })
				)
		},
		{
			name: 'partners',
			statements:
				'every statement of partners/ (themes, places, candidates, facts, funders, network), explore/list-nodes, entities/list-sources',
			targetP95Ms: 1000,
			requests: PARTNER_SENTENCES.map((text) => post('/api/partners', { text })),
			exercise: (database, index) =>
				partners.suggestPartners(database, partnersRequestSchema.parse({ text: PARTNER_SENTENCES[index] }), { locale: 'fr' })
		},
		{
			name: 'saved-query',
			statements: 'EXPLAIN of queries/list-entity-neighbours, the statement, then query/list-nodes-by-element-id',
			requests: ids.map((id) => post('/api/queries/list-entity-neighbours', { params: { id } })),
			exercise: (database, index) => queries.runQuery(database, savedQuery.cypher, { id: ids[index] }, limits),
			// The query API lets one client run two queries at once and answers 429 beyond.
			connections: 2
		},
		...formats.map((format): Endpoint => ({
			name: `export-${format}`,
			statements: 'every page of export/list-entities-after (and list-relationships-after for json)',
			requests: [get(`/api/export?${query({ format })}`)],
			exercise: async (database) => {
				for await (const piece of exporting.exportStream(database, format)) void piece;
			},
			connections: 2,
			amount: exportRequests
		}))
	];
}

/** Records, for each request of an endpoint, the statements it sends (after one warm-up call, so caches are as under load). */
export async function recordStatements(real: Database, endpoint: Endpoint): Promise<RecordedRequest[]> {
	const recorder = recordingDatabase(real);
	const recorded: RecordedRequest[] = [];
	for (let index = 0; index < endpoint.requests.length; index++) {
		await endpoint.exercise(recorder.database, index);
		recorder.take();
		await endpoint.exercise(recorder.database, index);
		recorded.push(recorder.take());
	}
	return recorded;
}
