import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { defaultParameters } from '$lib/domain/saved-query';
import { savedQueries } from '$lib/server/console';
import { MAX_PATH_LENGTH } from '$lib/domain/graph';
import { allCypherNames, cypher, cypherPerBound } from '$lib/server/db/cypher';
import { toParameters } from '$lib/server/db/records';

/**
 * Every statement that starts from nodes it is given (an id, ids, a search text) must find them
 * through an index — the unique id index, a range seek on it, an element-id seek or the
 * full-text index — and never by scanning all nodes or a whole label: a scan costs as much as
 * the graph is big, and the national graph is large. Checked on the plan EXPLAIN returns:
 * every leaf of the plan (where rows start) must be a seek or an `Argument` (rows fed by an
 * operator above, itself checked), and statements that search by text must call the full-text
 * index. The few statements that read a whole vocabulary on purpose are listed with the reason.
 */

type Plan = { operatorType: string; arguments: Record<string, unknown>; children: Plan[] };

// A write's seek takes the locks of what it finds ("NodeUniqueIndexSeek(Locking)"): a seek all the same.
const name = (plan: Plan) => plan.operatorType.replace(/@.*$/, '').replace(/\(Locking\)$/, '');
const leaves = (plan: Plan): Plan[] => (plan.children.length === 0 ? [plan] : plan.children.flatMap(leaves));
const operators = (plan: Plan): Plan[] => [plan, ...plan.children.flatMap(operators)];

/**
 * Leaf operators that find their nodes through an index or their element id, and the leaves that
 * read no node: an argument, and the UNWIND of a parameter list (pairs of ids, each then sought).
 */
const SEEK =
	/^(NodeUniqueIndexSeek|NodeIndexSeek|NodeUniqueIndexSeekByRange|NodeIndexSeekByRange|MultiNodeIndexSeek|NodeByElementIdSeek|NodeByIdSeek|Argument|Unwind)$/;

/** Statements that read a whole label on purpose, and why a scan is right for them. */
const ALLOWED_SCANS: Record<string, string> = {
	'partners/list-themes': 'the whole theme vocabulary (a few hundred nodes), read once and cached by the partner finder',
	'partners/list-places': 'every region, département, EPCI and territory, to recognise place names in a text (cached)',
	'partners/list-participations': 'every participation, for the partner evaluation benchmark, not a request',
	'partners/list-curated-links': 'every curated link, for the partner evaluation benchmark, not a request',
	'entities/list-all-sources': 'the list of every source on the about page',
	'analysis/list-actors-and-projects': 'the analysis projects the whole graph (or a region/theme filtered part) by design',
	'analysis/list-actors-sharing-projects': 'the analysis projects the whole graph by design',
	'analysis/list-territories-sharing-clusters': 'the analysis projects the whole graph by design',
	'analysis/list-filter-options': 'every region and theme, for the analysis filters',
	'export/list-all-entities': 'the whole graph, for a full export without paging',
	'export/list-all-relationships': 'the whole graph, for a full export without paging',
	'export/list-stored-keys': 'every stored property key and its types, read once before a whole-graph export declares its columns',
	'stats/count-entities': 'a count of every entity (the count store answers it)',
	'stats/count-entities-by-kind': 'counts per kind for the home page',
	'stats/count-nodes-per-label': 'counts per label for the seed loader report, once per load',
	'stats/count-relationships-by-type': 'counts per type for the home page',
	'console/list-schema-tokens': 'the labels and types of the graph, for the console’s completion',
	'bench/list-sample-entities': 'the load benchmark samples entities across the whole graph, once per run',
	'bench/count-synthetic-entities': 'the load benchmark counts the graph once per run',
	'views/count-saved-views': 'counts every saved view, for the tests that check views stay apart from the graph',
	'accounts/list-accounts': 'every account, for the administrators’ page (a few hundred at most)',
	'accounts/count-administrators': 'counts the active administrators before one is demoted (a handful of accounts)',
	'changesets/list-changesets': 'the history, newest first through the date index, filtered as it is read',
	'analysis/list-measured-entities': 'finds every entity that carries a projection’s measures, once per write of an analysis',
	'imports/list-communes': 'every commune with its codes, to resolve a spreadsheet’s places in memory, once per import preview',
	'imports/list-actors': 'every actor with its names and identifiers, to recognise a spreadsheet’s organisations, once per import preview',
	'imports/list-projects': 'every project by name, to recognise a spreadsheet’s projects, once per import preview',
	'imports/list-programmes': 'every programme by name (a few dozen), for a funding spreadsheet, once per import preview',
	'documents/list-names': 'every entity’s names for the reader’s gazetteer, held in memory and rebuilt only when the graph changes',
	'documents/graph-version': 'counts entities (from the count store) and changesets, to know whether the gazetteer is stale',
	'documents/list-readings': 'the documents read, ordered by the index on addedAt (a few hundred)'
};

/** Representative parameters of the statements that start from given nodes (ids of the test graph). */
const STARTING_FROM: [string, Record<string, unknown>][] = [
	['search/list-addressing', { themes: ['hydrogene'], kind: null, limit: 10 }],
	['search/search-entities', { query: 'cleon*', kind: null, limit: 10, candidates: 40 }],
	['entities/get-entity', { id: 'tenerrdis' }],
	['entities/list-entity-relationships', { id: 'tenerrdis', limit: 300 }],
	['entities/count-entity-relationships', { id: 'tenerrdis' }],
	['entities/list-sources', { ids: ['source-a', 'source-b'] }],
	['explore/rank-neighbours', { id: 'departement-76', depth: 2, limit: 100, types: [], kinds: [] }],
	['explore/count-neighbours', { id: 'departement-76' }],
	['explore/list-nodes', { ids: ['departement-76', 'commune-76178'] }],
	['explore/list-edges-among', { ids: ['departement-76', 'commune-76178'], types: [] }],
	['explore/find-paths', { from: 'tenerrdis', to: 'ti-2023-2027-8411', maxLength: 6, cap: 26, avoidGeography: true, avoidThemes: true }],
	['export/list-entities-after', { after: 'm', limit: 5000 }],
	['export/list-relationships-after', { after: 'm', limit: 5000 }],
	['partners/find-communes', { query: 'rouen*', limit: 20 }],
	['partners/list-facts', { ids: ['tenerrdis'], ignored: [], cited: true }],
	['partners/list-partners', { self: 'tenerrdis', ignored: [] }],
	['partners/list-place-units', { ids: ['departement-76'] }],
	['partners/list-candidates', { themes: ['hydrogene'], places: ['departement-76'], self: 'tenerrdis', kinds: [], ignored: [], cap: 300 }],
	['partners/list-described', { search: 'caoutchouc OR céramique', self: 'tenerrdis', kinds: [], ignored: [], cap: 150 }],
	['partners/measure-network', { self: 'tenerrdis', ids: ['brit-inov'], ignored: [] }],
	['partners/list-supported-projects', { themes: ['hydrogene'], exclude: null, ignored: [] }],
	['partners/list-supports', { pairs: [{ supporter: 'ademe', project: 'dkarbonation' }], ignored: [] }],
	['console/list-nodes-by-element-id', { elementIds: ['4:00000000-0000-0000-0000-000000000000:1'] }],
	['views/get-saved-view', { id: 'q3JbN0x8X2m0c7VbM2kq9A', now: '2026-12-01T00:00:00Z', days: 90 }],
	['accounts/get-account', { id: 'acc-0000000000000001' }],
	['accounts/get-account-credentials', { emailDigest: 'ab' }],
	['accounts/get-account-by-subject', { origin: 'https://fictif.example.test', subjectDigest: 'ab' }],
	['accounts/get-session', { id: 'ab', now: '2026-12-01T00:00:00Z' }],
	['accounts/get-api-token', { id: 'ab' }],
	['accounts/list-api-tokens', { accountId: 'acc-0000000000000001' }],
	['changesets/get-changeset', { id: 'cs-0000000000000001' }],
	['changesets/read-entities', { ids: ['tenerrdis'] }],
	['imports/list-commune-units', { ids: ['commune-38185'] }],
	['changesets/list-relationships-among', { type: 'MEMBER_OF', froms: ['minalogic'], tos: ['tenerrdis'] }],
	['imports/list-links-from', { ids: ['tenerrdis'] }],
	['imports/list-mappings', { ownerId: 'acc-0000000000000001' }],
	['documents/get-reading', { id: 'doc-fictif-000000' }],
	['changesets/list-properties', { ids: ['tenerrdis'], keys: ['name'] }],
	['changesets/list-relationships-between', { type: 'MEMBER_OF', from: 'tenerrdis', to: 'ademe' }],
	['changesets/list-entity-links', { id: 'tenerrdis' }],
	['changesets/get-hidden-entity', { id: 'tenerrdis' }],
	['changesets/lock-entities', { ids: ['tenerrdis'] }],
	['changesets/delete-entities', { ids: ['tenerrdis'] }]
];

/**
 * Writes of a run of a large changeset (an import's 10,000 links, their revert): rows unwound from
 * a parameter, each finding its nodes or its relationship through an index or its element id —
 * never a scan per row, which would cost the graph's size 10,000 times.
 */
const FROM_ROWS: [string, Record<string, unknown>][] = [
	['changesets/create-relationships', { type: 'MEMBER_OF', rows: [{ index: 0, from: 'minalogic', to: 'tenerrdis', properties: {} }] }],
	['changesets/delete-relationships', { keys: ['5:00000000-0000-0000-0000-000000000000:1'] }]
];
const ROW_SEEK = /^(Unwind|DirectedRelationshipByElementIdSeek|UndirectedRelationshipByElementIdSeek)$/;

/** Statements that find their start by text, through the full-text index. */
const FULL_TEXT = new Set(['search/search-entities', 'partners/find-communes', 'partners/list-described']);

/** Saved queries with entity parameters that nevertheless start from every node of a label, and why. */
const SAVED_QUERIES_SCANNING: Record<string, string> = {
	'list-actors-bridging-regions':
		'asks which of all actors reach both regions; starting from the two regions instead gives the same rows but expands ' +
		'through every commune of both, and measured twice as slow on the seeded graph'
};

/** Saved queries with an entity parameter start from that entity. */
const SAVED_FROM_AN_ENTITY = [...savedQueries().values()]
	.filter((query) => Object.values(query.parameters).some((parameter) => parameter.type === 'entity'))
	.filter((query) => !(query.id in SAVED_QUERIES_SCANNING))
	.map((query): [string, string, Record<string, unknown>] => [`queries/${query.id}`, query.cypher, defaultParameters(query.parameters)]);

const { uri, user, password } = inject('neo4jTest');
const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
afterAll(() => driver.close());

// The fixture was loaded a moment ago: without fresh statistics the planner may still see an empty graph.
beforeAll(async () => {
	const session = driver.session();
	try {
		await session.run(cypher('admin/prepare-for-replanning'));
	} finally {
		await session.close();
	}
});

async function explain(statement: string, parameters: Record<string, unknown>): Promise<Plan> {
	const session = driver.session({ defaultAccessMode: neo4j.session.READ });
	try {
		const result = await session.run(`EXPLAIN ${statement}`, toParameters(parameters) as Record<string, unknown>);
		return result.summary.plan as unknown as Plan;
	} finally {
		await session.close();
	}
}

/** A procedure call that starts a plan is a seek when it queries the full-text index. */
const fullTextCall = (operator: Plan) =>
	name(operator) === 'ProcedureCall' && String(operator.arguments.Details ?? '').includes('db.index.fulltext.queryNodes');

/** The leaves that are neither a seek, an argument nor a full-text query: where the plan scans. */
function scans(plan: Plan): string[] {
	return leaves(plan)
		.filter((leaf) => !SEEK.test(name(leaf)) && !fullTextCall(leaf))
		.map(name);
}

describe('statements that start from given nodes', () => {
	it.each(STARTING_FROM)('%s finds its starting nodes through an index', async (statement, parameters) => {
		const plan = await explain(cypher(statement), parameters);
		expect(scans(plan)).toEqual([]);
		if (FULL_TEXT.has(statement)) {
			const details = operators(plan).map((operator) => String(operator.arguments.Details ?? operator.arguments.details ?? ''));
			expect(details.some((detail) => detail.includes('db.index.fulltext.queryNodes'))).toBe(true);
		} else {
			expect(leaves(plan).map(name)).toEqual(expect.arrayContaining([expect.stringMatching(/Seek/)]));
		}
	});

	it.each(SAVED_FROM_AN_ENTITY)('saved query %s starts from its entity through the id index', async (_name, statement, parameters) => {
		const plan = await explain(statement, parameters);
		expect(scans(plan)).toEqual([]);
		expect(leaves(plan).map(name)).toEqual(expect.arrayContaining([expect.stringMatching(/Seek/)]));
	});
});

describe('writes of a run of operations', () => {
	it.each(FROM_ROWS)('%s finds what each row names through an index or its element id', async (statement, parameters) => {
		const plan = await explain(cypher(statement), parameters);
		expect(scans(plan).filter((leaf) => !ROW_SEEK.test(leaf))).toEqual([]);
		expect(leaves(plan).map(name)).toEqual(expect.arrayContaining([expect.stringMatching(/Seek/)]));
	});
});

/** Notifications that say Neo4j will enumerate paths or multiply unrelated rows: a plan that hangs as the graph grows. */
const RUNAWAY = /ExhaustiveShortestPath|CartesianProduct/;

async function warnings(statement: string): Promise<string[]> {
	const session = driver.session({ defaultAccessMode: neo4j.session.READ });
	try {
		const result = await session.run(`EXPLAIN ${statement}`);
		return result.summary.notifications.map((notification) => notification.code).filter((code) => RUNAWAY.test(code));
	} finally {
		await session.close();
	}
}

describe('plans that cannot run away', () => {
	// Every statement of the app, the saved queries among them, and each bound of the path search.
	const everyStatement: [string, string][] = [
		...allCypherNames().map((statement): [string, string] => [statement, cypher(statement)]),
		...[...cypherPerBound('explore/find-paths', MAX_PATH_LENGTH)].map(([bound, text]): [string, string] => [
			`explore/find-paths up to ${bound}`,
			text
		])
	];

	it('finds no statement planned with an exhaustive shortest path or a cartesian product', async () => {
		const found: string[] = [];
		for (const [statement, text] of everyStatement) {
			for (const code of await warnings(text)) found.push(`${statement}: ${code}`);
		}
		expect(found).toEqual([]);
	});

	it('would see one: the shortest path bounded after its search, between two nodes matched apart', async () => {
		const runaway = `MATCH (from:Entity {id: $from}), (to:Entity {id: $to})
			MATCH path = allShortestPaths((from)-[*..8]-(to))
			WHERE length(path) <= $maxLength AND none(node IN nodes(path)[1..-1] WHERE node:Theme)
			RETURN path`;
		expect(await warnings(runaway)).toEqual(
			expect.arrayContaining([expect.stringMatching(/ExhaustiveShortestPath/), expect.stringMatching(/CartesianProduct/)])
		);
	});
});

describe('the list of statements checked', () => {
	it('covers every statement of the app: each starts from given nodes, is a saved query, or is an allowed scan with its reason', () => {
		const checked = new Set([...STARTING_FROM, ...FROM_ROWS].map(([statement]) => statement).concat(Object.keys(ALLOWED_SCANS)));
		// Schema, seed and admin statements write or describe the database; saved queries are checked above or are global questions.
		const unchecked = allCypherNames().filter(
			// Not checked: schema and loading (seed, synthetic graph, migration: whole-graph reads and batch writes, once
			// per load or change of model, never on a request), administration, the saved queries (checked above) and the writes.
			(statement) =>
				!checked.has(statement) &&
				!/^(schema|seed|synthetic|migrate|checks|admin|queries|(views|imports|documents)\/(create|delete|update))/.test(statement) &&
				// Writes of accounts and changesets: each starts from the node it was given, by a unique id (write-paths.spec.ts).
				!/^(accounts|changesets)\/(create|record|set|update|delete|touch|hide|restore|lock|read-properties)/.test(statement)
		);
		expect(unchecked).toEqual([]);
	});

	it('lists as scanning saved queries only saved queries that do scan', async () => {
		for (const id of Object.keys(SAVED_QUERIES_SCANNING)) {
			const query = savedQueries().get(id);
			expect(query, id).toBeDefined();
			expect(scans(await explain(query!.cypher, defaultParameters(query!.parameters)))).not.toEqual([]);
		}
	});

	it('lists as allowed scans only statements that do scan', async () => {
		const needless: string[] = [];
		for (const statement of Object.keys(ALLOWED_SCANS)) {
			const plan = await explain(cypher(statement), { labels: ['Company'], limit: 10, region: null, theme: null });
			if (scans(plan).length === 0) needless.push(statement);
		}
		expect(needless).toEqual([]);
	});
});
