import type { Source } from '$lib/domain/entity';
import type { GraphNode } from '$lib/domain/graph';
import { parseSourceReference } from '$lib/domain/source-reference';
import type { Database } from '$lib/server/db/neo4j';
import {
	candidateRow,
	describedRow,
	entityFactsRow,
	networkRow,
	partnerRow,
	placeUnitsRow,
	statement,
	supportedProjectRow,
	supportRow,
	type DescribedFact,
	type EntityFacts,
	type PartnerFact,
	type PlaceUnits,
	type SupportedProject,
	type SupportFact
} from '$lib/server/db/rows';
import * as entities from '$lib/server/entities';
import * as explore from '$lib/server/explore';
import { networksOf, type NetworkFact } from './facts';
import { CACHE_MS } from './vocabulary';

/**
 * The partner finder's reads of the graph, each as typed facts. `ignored` lists element ids of
 * relationships every read leaves out, as if they were not in the graph (the evaluation hides a
 * participation this way; the graph itself is never written).
 */

const LIST_FACTS = statement('partners/list-facts', entityFactsRow);
const LIST_PLACE_UNITS = statement('partners/list-place-units', placeUnitsRow);
const LIST_PARTNERS = statement('partners/list-partners', partnerRow);
const LIST_CANDIDATES = statement('partners/list-candidates', candidateRow);
const LIST_DESCRIBED = statement('partners/list-described', describedRow);
const MEASURE_NETWORK = statement('partners/measure-network', networkRow);
const LIST_SUPPORTED_PROJECTS = statement('partners/list-supported-projects', supportedProjectRow);
const LIST_SUPPORTS = statement('partners/list-supports', supportRow);

/**
 * The facts of the given entities; unknown ids are left out. Uncited, they come without the
 * relationships that state them (but a project place's type): enough to rank, a third of the
 * weight for the hundreds of candidates a request scores.
 */
export async function readEntityFacts(
	database: Database,
	ids: readonly string[],
	ignored: readonly string[],
	{ cited }: { cited: boolean } = { cited: true }
): Promise<EntityFacts[]> {
	if (ids.length === 0) return [];
	return LIST_FACTS.read(database, { ids, ignored, cited });
}

/** Most places whose units are kept in memory (the oldest read go first); a place's units weigh about a kilobyte. */
export const PLACE_CACHE_SIZE = 10_000;

/**
 * Places read, by id, with when: geography and territories hardly change, and each request reads
 * the places of hundreds of candidates and projects (15,000 units for four requests on the national
 * graph). Kept for CACHE_MS like the vocabulary; an id that is no place is remembered as such.
 */
const placeUnitsCache = new WeakMap<Database, Map<string, { at: number; place: PlaceUnits | null }>>();

/** The given places with their units, by id; ids that are no place are left out. */
export async function readPlaces(database: Database, ids: readonly string[]): Promise<Map<string, PlaceUnits>> {
	if (ids.length === 0) return new Map();
	const cache = placeUnitsCache.get(database) ?? new Map<string, { at: number; place: PlaceUnits | null }>();
	placeUnitsCache.set(database, cache);
	const now = Date.now();
	const missing = [...new Set(ids)].filter((id) => {
		const known = cache.get(id);
		return !known || now - known.at >= CACHE_MS;
	});
	if (missing.length > 0) {
		const found = new Map((await LIST_PLACE_UNITS.read(database, { ids: missing })).map((place) => [place.id, place]));
		for (const id of missing) {
			cache.delete(id);
			cache.set(id, { at: now, place: found.get(id) ?? null });
		}
		for (const oldest of cache.keys()) {
			if (cache.size <= PLACE_CACHE_SIZE) break;
			cache.delete(oldest);
		}
	}
	return new Map(ids.flatMap((id) => (cache.get(id)?.place ? [[id, cache.get(id)!.place!] as const] : [])));
}

/** The actors that already work with "who we are", by id. */
export async function readPartners(database: Database, self: string, ignored: readonly string[]): Promise<Map<string, PartnerFact>> {
	const partners = await LIST_PARTNERS.read(database, { self, ignored });
	return new Map(partners.map((partner) => [partner.id, partner]));
}

/** The actors the words of a request find in descriptions, by id: see `cypher/partners/list-described`. */
export async function readDescribed(
	database: Database,
	query: { search: string; self: string | null; kinds: readonly string[]; ignored: readonly string[]; cap: number }
): Promise<Map<string, DescribedFact>> {
	const found = await LIST_DESCRIBED.read(database, { ...query });
	return new Map(found.map((fact) => [fact.id, fact]));
}

/** What the candidates are looked for by: see `cypher/partners/list-candidates`. */
export interface CandidateQuery {
	themes: readonly string[];
	places: readonly string[];
	self: string | null;
	kinds: readonly string[];
	ignored: readonly string[];
	cap: number;
}

/** The ids of the actors worth scoring. */
export function readCandidateIds(database: Database, query: CandidateQuery): Promise<string[]> {
	return LIST_CANDIDATES.read(database, { ...query });
}

/** How each candidate reaches "who we are", by candidate id. */
export async function measureNetwork(
	database: Database,
	self: string,
	ids: readonly string[],
	ignored: readonly string[]
): Promise<Map<string, NetworkFact>> {
	if (ids.length === 0) return new Map();
	const [row] = await MEASURE_NETWORK.read(database, { self, ids, ignored });
	return networksOf(row);
}

/** The supported projects addressing the themes, each with its supporters, for ranking them. */
export function readSupportedProjects(
	database: Database,
	themes: readonly string[],
	exclude: string | null,
	ignored: readonly string[]
): Promise<SupportedProject[]> {
	return LIST_SUPPORTED_PROJECTS.read(database, { themes, exclude, ignored });
}

/** The links from the given supporters to the given projects, with their citations. */
export async function readSupports(
	database: Database,
	pairs: readonly { supporter: string; project: string }[],
	ignored: readonly string[]
): Promise<SupportFact[]> {
	if (pairs.length === 0) return [];
	return LIST_SUPPORTS.read(database, { pairs, ignored });
}

/** The entities of the evidence as the explorer draws them, by id. */
export async function readNodes(database: Database, ids: readonly string[]): Promise<Map<string, GraphNode>> {
	const nodes = await explore.listNodes(database, [...new Set(ids)]);
	return new Map(nodes.map((node) => [node.id, node]));
}

/** The sources the citations name (`"<source id>#<section>"`). */
export function readSources(database: Database, citations: readonly string[]): Promise<Source[]> {
	return entities.listSources(database, [...new Set(citations.map((citation) => parseSourceReference(citation).sourceId))]);
}
