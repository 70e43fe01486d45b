import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { partnersRequestSchema, type PartnersRequest, type ScoreBreakdown } from '$lib/domain/partners';
import { cypher } from '$lib/server/db/cypher';
import { connect, type Database } from '$lib/server/db/neo4j';
import * as partners from '$lib/server/partners';
import { seededRandom } from '$lib/seeded-random';
import { readDatabaseSettings, testDatabaseEnvironment } from '$lib/server/db/settings';
import { judgeScenarios } from './partners-scenarios';

/**
 * `npm run bench:partners`: how well the partner finder would have found partners the graph
 * already knows, by leave-one-out on the curated graph, against three baselines; and how fast it
 * answers.
 *
 * For every participation of an actor in a project, the participation is hidden (every query
 * leaves that relationship out through its `$ignored` parameter: the graph is only read, never
 * written), and the finder is asked for partners for the project: its themes, its place, and the
 * project itself as "who we are", so that its remaining participants are known partners. Where
 * does the hidden actor rank among the actors not already partners?
 *
 * Baselines rank the same actors: `random` (a fixed seed), `most connected first` (curated
 * links, the hidden one left out) and `common neighbours` (curated neighbours shared with the
 * project). Ties count in expectation (a tie over ranks a…b counts as each rank with equal
 * chance), so no method gains from the order ties happen to come in. Metrics: hits@5, hits@10
 * and mean reciprocal rank. Latency: p50 and p95 of `suggestPartners` calls, the work of one
 * `POST /api/partners` without HTTP, after one warm-up call.
 *
 * Leave-one-out measures whether the finder finds links the graph already holds; whether its
 * answers make sense to a person of the trade is measured apart, on requests written as a cluster
 * manager writes them (`partners-scenarios.ts`): precision at 5, and the rejected answers among
 * the first five.
 *
 * Reads the app's database (NEO4J_URI…, the full seeded graph); `--test` reads the test one.
 */

const LIST_PARTICIPATIONS = cypher('partners/list-participations');
const LIST_CURATED_LINKS = cypher('partners/list-curated-links');
const LIST_FACTS = cypher('partners/list-facts');

const SEED = 20_240_611;
const LIMIT = 100;

/** Text requests timed besides the leave-one-out ones: what people type on the page. */
const TIMED_TEXTS = [
	'Réutilisation des eaux industrielles en Bretagne',
	'Hydrogène vert et décarbonation dans la Vallée de la Chimie',
	'Recyclage des matériaux composites pour la filière nautique en Nouvelle-Aquitaine',
	'Une école de production pour la mécanique à Dieppe',
	'Autoconsommation photovoltaïque pour les zones d’activités en Isère'
];

/**
 * Other weightings, applied to the same answers (a score is recomputable from its breakdown):
 * the first weights the finder had, before this evaluation was run; equal weights; and each
 * component left out in turn, to see what each brings.
 */
const variants: Record<string, ScoreBreakdown> = {
	initial: { theme: 0.35, geography: 0.2, network: 0.25, trackRecord: 0.1, complementarity: 0.1 },
	equal: { theme: 0.2, geography: 0.2, network: 0.2, trackRecord: 0.2, complementarity: 0.2 },
	...Object.fromEntries(
		(Object.keys(partners.scoreWeights) as (keyof ScoreBreakdown)[]).map((left) => [
			`without ${left}`,
			{ ...partners.scoreWeights, [left]: 0 }
		])
	)
};

type Method = 'partnerFinder' | 'random' | 'mostConnected' | 'commonNeighbours';
const methods: Method[] = ['partnerFinder', 'random', 'mostConnected', 'commonNeighbours'];

/** Where the hidden actor stands: ranks `from`…`to` (a tie), 1-based. */
interface Placement {
	from: number;
	to: number;
}

interface Case {
	project: string;
	actor: string;
	pool: number;
	placements: Record<Method, Placement>;
}

export async function main(args: string[]): Promise<number> {
	const environment = args.includes('--test') ? testDatabaseEnvironment(process.env) : process.env;
	const database = connect(readDatabaseSettings(environment));
	try {
		return await evaluate(database);
	} finally {
		await database.close();
	}
}

async function evaluate(database: Database): Promise<number> {
	const participations = await database.read(LIST_PARTICIPATIONS);
	const [curated] = await database.read(LIST_CURATED_LINKS);
	const actors = (curated.actors as { id: string }[]).map((actor) => actor.id);
	const links = curated.links as { link: string; source: string; target: string }[];

	// Every participation relationship between the same actor and project is hidden together (the
	// graph holds one per role).
	const cases = new Map<string, { actor: string; project: string; hidden: string[] }>();
	for (const row of participations) {
		const key = `${row.actor}→${row.project}`;
		const known = cases.get(key) ?? { actor: String(row.actor), project: String(row.project), hidden: [] };
		known.hidden.push(String(row.link));
		cases.set(key, known);
	}

	const sensitivity: Record<string, Placement[]> = {};
	const latencies: number[] = [];
	const results: Case[] = [];
	let skipped = 0;
	const random = seededRandom(SEED);
	let warmed = false;

	for (const { actor, project, hidden } of cases.values()) {
		const kept = links.filter((link) => !hidden.includes(link.link));
		const neighbours = adjacency(kept);
		const knownPartners = new Set([...(neighbours.get(project) ?? [])].filter((id) => actors.includes(id)));
		// Still linked to the project some other way (it also funds it…): nothing is hidden.
		if (knownPartners.has(actor)) {
			skipped++;
			continue;
		}
		const pool = actors.filter((id) => id !== project && !knownPartners.has(id));
		const request = await requestFor(database, project, hidden);
		if (!warmed) {
			await partners.suggestPartners(database, request, { locale: 'fr', ignored: hidden });
			warmed = true;
		}
		const started = performance.now();
		const response = await partners.suggestPartners(database, request, { locale: 'fr', ignored: hidden });
		latencies.push(performance.now() - started);

		const fresh = response.candidates.filter((candidate) => !candidate.alreadyPartner);
		const scores = new Map(fresh.map((candidate) => [candidate.id, candidate.score]));
		// The same answer ranked under other weights: scores are recomputed from the breakdowns.
		for (const [name, weights] of Object.entries(variants)) {
			const rescored = new Map(fresh.map((candidate) => [candidate.id, partners.scoreOf(candidate.breakdown, weights)]));
			(sensitivity[name] ??= []).push(placement(pool, actor, (id) => rescored.get(id) ?? -1));
		}
		const projectNeighbours = neighbours.get(project) ?? new Set<string>();
		results.push({
			project,
			actor,
			pool: pool.length,
			placements: {
				// Actors the finder did not return share the last places.
				partnerFinder: placement(pool, actor, (id) => scores.get(id) ?? -1),
				random: placement(shuffle(pool, random), actor, (_id, index) => -index),
				mostConnected: placement(pool, actor, (id) => neighbours.get(id)?.size ?? 0),
				commonNeighbours: placement(
					pool,
					actor,
					(id) => [...(neighbours.get(id) ?? [])].filter((other) => projectNeighbours.has(other)).length
				)
			}
		});
	}

	const textLatencies: number[] = [];
	for (let round = 0; round < 6; round++) {
		for (const text of TIMED_TEXTS) {
			const request = partnersRequestSchema.parse({ text, limit: 20 });
			const started = performance.now();
			await partners.suggestPartners(database, request, { locale: 'fr' });
			if (round > 0) textLatencies.push(performance.now() - started);
		}
	}

	const judged = await judgeScenarios(database);

	const metrics = Object.fromEntries(
		methods.map((method) => [method, summarise(results.map((result) => result.placements[method]))])
	) as Record<Method, Metrics>;
	const all = [...latencies, ...textLatencies];
	const result = {
		benchmark: 'partners-evaluation',
		date: new Date().toISOString(),
		protocol:
			'leave-one-out: each actor–project participation hidden through the queries’ $ignored parameter; request = the project’s themes and place, the project as self; rank of the hidden actor among actors not already partners; ties in expectation',
		weights: partners.scoreWeights,
		cases: results.length,
		skipped,
		actors: actors.length,
		metrics,
		scenarios: judged,
		sensitivity: Object.fromEntries(
			Object.entries(sensitivity).map(([name, placements]) => [name, { weights: variants[name], ...summarise(placements) }])
		),
		// Latency depends on the machine and on what else runs on it: both are recorded.
		machine: { cpus: availableParallelism(), loadAverage: Math.round(loadavg()[0] * 10) / 10 },
		latencyMs: {
			all: percentiles(all),
			leaveOneOut: percentiles(latencies),
			text: percentiles(textLatencies)
		},
		perCase: results.map((result) => ({
			project: result.project,
			actor: result.actor,
			pool: result.pool,
			ranks: Object.fromEntries(methods.map((method) => [method, expectedRank(result.placements[method])]))
		}))
	};

	console.log(`Leave-one-out on ${results.length} participations (${skipped} skipped), ${actors.length} actors:`);
	console.table(
		Object.fromEntries(
			methods.map((method) => [
				method,
				{ 'hits@5': metrics[method].hitsAt5, 'hits@10': metrics[method].hitsAt10, MRR: metrics[method].mrr }
			])
		)
	);
	console.log('The same answers under other weights:');
	console.table(
		Object.fromEntries(
			Object.entries(result.sensitivity).map(([name, { hitsAt5, hitsAt10, mrr }]) => [
				name,
				{ 'hits@5': hitsAt5, 'hits@10': hitsAt10, MRR: mrr }
			])
		)
	);
	console.log(
		`Scenarios written as a cluster manager would: mean precision@5 ${judged.meanPrecisionAt5}, ${judged.rejectedInTop5} rejected answers among the first five:`
	);
	console.table(
		Object.fromEntries(
			judged.results.map((scenario) => [
				scenario.name,
				{ 'precision@5': scenario.precisionAt5, rejected: scenario.rejectedInTop5.join(' ') || '—', suggested: scenario.suggested }
			])
		)
	);
	console.log(`suggestPartners latency (ms), ${result.machine.cpus} CPUs, load average ${result.machine.loadAverage}:`);
	console.table(result.latencyMs);
	const beaten = methods
		.slice(1)
		.every((baseline) =>
			(['hitsAt5', 'hitsAt10', 'mrr'] as const).every((metric) => metrics.partnerFinder[metric] > metrics[baseline][metric])
		);
	console.log(
		beaten ? 'The partner finder beats every baseline on every metric.' : 'The partner finder does NOT beat every baseline on every metric.'
	);
	await mkdir('bench/results', { recursive: true });
	await writeFile('bench/results/partners-evaluation.json', `${JSON.stringify(result, null, '\t')}\n`);
	console.log('Written to bench/results/partners-evaluation.json.');
	return 0;
}

/** The request the evaluation makes for a project: its themes, its place, itself as "who we are". */
async function requestFor(database: Database, project: string, hidden: string[]): Promise<PartnersRequest> {
	const [row] = await database.read(LIST_FACTS, { ids: [project], ignored: hidden, cited: false });
	const facts = row.facts as { themes: { theme: string }[]; anchors: { place: string; via: string }[] };
	const located = facts.anchors.find((anchor) => anchor.via === 'located') ?? facts.anchors[0];
	return partnersRequestSchema.parse({
		themes: [...new Set(facts.themes.map((theme) => theme.theme))].slice(0, 20),
		...(located ? { place: located.place } : {}),
		self: project,
		limit: LIMIT
	});
}

function adjacency(links: readonly { source: string; target: string }[]): Map<string, Set<string>> {
	const neighbours = new Map<string, Set<string>>();
	const add = (from: string, to: string) => {
		if (!neighbours.has(from)) neighbours.set(from, new Set());
		neighbours.get(from)!.add(to);
	};
	for (const link of links) {
		add(link.source, link.target);
		add(link.target, link.source);
	}
	return neighbours;
}

/** Where `target` stands when `items` are ordered by `score`, higher first; a tie spans several ranks. */
function placement(items: readonly string[], target: string, score: (id: string, index: number) => number): Placement {
	const scores = items.map((id, index) => ({ id, score: score(id, index) }));
	const own = scores.find((item) => item.id === target)?.score ?? -Infinity;
	const better = scores.filter((item) => item.score > own).length;
	const tied = scores.filter((item) => item.score === own).length;
	return { from: better + 1, to: better + Math.max(tied, 1) };
}

function expectedRank({ from, to }: Placement): number {
	return (from + to) / 2;
}

interface Metrics {
	hitsAt5: number;
	hitsAt10: number;
	mrr: number;
}

/** Hits@k and MRR with every rank of a tie equally likely. */
function summarise(placements: readonly Placement[]): Metrics {
	const hits = (k: number) =>
		placements.reduce((sum, { from, to }) => sum + Math.min(1, Math.max(0, (k - from + 1) / (to - from + 1))), 0) / placements.length;
	const reciprocal = ({ from, to }: Placement) => {
		let total = 0;
		for (let rank = from; rank <= to; rank++) total += 1 / rank;
		return total / (to - from + 1);
	};
	const round = (value: number) => Math.round(value * 1000) / 1000;
	return {
		hitsAt5: round(hits(5)),
		hitsAt10: round(hits(10)),
		mrr: round(placements.reduce((sum, placement) => sum + reciprocal(placement), 0) / placements.length)
	};
}

function percentiles(samples: readonly number[]): { p50: number; p95: number; samples: number } {
	const sorted = [...samples].sort((a, b) => a - b);
	const at = (share: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? 0);
	return { p50: at(0.5), p95: at(0.95), samples: sorted.length };
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
	const shuffled = [...items];
	for (let index = shuffled.length - 1; index > 0; index--) {
		const other = Math.floor(random() * (index + 1));
		[shuffled[index], shuffled[other]] = [shuffled[other], shuffled[index]];
	}
	return shuffled;
}
