import { describeIssue, type FieldIssue } from '$lib/domain/issues';
import { actorKinds, type EntityKind } from '$lib/domain/model';
import type { PartnerCandidate, PartnersRequest, PartnersResponse, RecognisedItem } from '$lib/domain/partners';
import type { Locale } from '$lib/i18n/locales';
import { translator } from '$lib/i18n/translator';
import type { Database } from '$lib/server/db/neo4j';
import { evidenceEdges, evidenceGraph, evidenceSources } from './evidence';
import type { DescribedFact, EntityFacts, NetworkFact, PartnerFact, SupportedProject } from './facts';
import { describeSupporters, rankSupporters, supportPairs } from './funders';
import { anchorIds, isListed, offeredThemes, reasonsOf, scoreCandidate, unique, type Scored } from './candidates';
import { requestQuery } from './described';
import { partnerReason, type ReasonContext } from './reasons';
import { bestMatches } from './themes';
import {
	measureNetwork,
	readCandidateIds,
	readDescribed,
	readEntityFacts,
	readNodes,
	readPartners,
	readPlaces,
	readSources,
	readSupportedProjects,
	readSupports
} from './reads';
import { loadThemes, recogniseText, searchedThemes, type Themes } from './vocabulary';

/** Most actors scored per way of finding them (theme, place, network). */
export const CANDIDATE_CAP = 150;
/** Below this score (out of 1), a suggestion is weak: shown apart and folded. */
export const SCORE_FLOOR = 0.3;
/** Most reasons one suggestion gives. */
const MAX_REASONS = 5;

const problems = {
	theme: (id: string) => `thème inconnu « ${id} » (voir le vocabulaire des thèmes)`,
	place: (id: string) => `aucun lieu (région, département, EPCI, commune ou territoire) n’a l’identifiant « ${id} »`,
	self: (id: string) => `aucune entité n’a l’identifiant « ${id} »`,
	selfKind: (id: string) => `« ${id} » n’est ni un acteur, ni un projet, ni un territoire, ni un programme`
};

/**
 * A theme, place or "who we are" of the request names nothing usable. `issue` names the field
 * (`['themes', 1]`, `['place']`, `['self']`) and, in French like every API message, the id.
 */
export class UnknownEntityError extends Error {
	override name = 'UnknownEntityError';
	readonly issue: FieldIssue;
	constructor(
		path: (string | number)[],
		readonly id: string,
		problem: keyof typeof problems
	) {
		const issue = { path, message: problems[problem](id) };
		super(describeIssue(issue));
		this.issue = issue;
	}
}

export interface SuggestOptions {
	locale: Locale;
	/**
	 * Element ids of relationships every query leaves out, as if they were not in the graph.
	 * The evaluation hides a participation this way; the graph itself is never written.
	 */
	ignored?: readonly string[];
}

/**
 * Suggests partners and funders for a project described by text, themes, a place, the kinds of
 * partner sought and "who we are". See `scoring.ts` for the ranking and its weights.
 * Throws UnknownEntityError for a theme, place or self the graph does not hold.
 */
export async function suggestPartners(database: Database, request: PartnersRequest, options: SuggestOptions): Promise<PartnersResponse> {
	const ignored = [...(options.ignored ?? [])];
	const themes = await loadThemes(database);
	request.themes.forEach((id, index) => {
		if (!themes.byId.has(id)) throw new UnknownEntityError(['themes', index], id, 'theme');
	});
	const [recognisedText, selfFacts, partnerFacts] = await Promise.all([
		request.text ? recogniseText(database, request.text) : Promise.resolve({ themes: [], places: [] }),
		request.self ? readEntityFacts(database, [request.self], ignored) : Promise.resolve([]),
		request.self ? readPartners(database, request.self, ignored) : Promise.resolve(new Map<string, PartnerFact>())
	]);
	const self = selfFacts[0];
	if (request.self && !self) throw new UnknownEntityError(['self'], request.self, 'self');
	if (self && !canBeSelf(self.kind)) throw new UnknownEntityError(['self'], self.id, 'selfKind');

	// Without a place, "who we are" says where: its own anchors.
	const placeIds = unique([...(request.place ? [request.place] : []), ...recognisedText.places.map((place) => place.id)]);
	const selfAnchorIds = self && placeIds.length === 0 ? anchorIds(self) : [];
	const requestedThemes = unique([...request.themes, ...recognisedText.themes.map((theme) => theme.id)]);
	const themeIds = requestedThemes.length > 0 ? requestedThemes : self ? unique(offeredThemes(self).map((offered) => offered.theme)) : [];
	const relatives = searchedThemes(themes, themeIds, CANDIDATE_CAP);

	// A pôle is a cluster: the graph is asked for clusters, the others are left out below.
	const graphKinds = unique(request.kinds.map((kind) => (kind === 'Pole' ? 'Cluster' : kind)));
	// A description that names no theme is searched for its other words in the graph's descriptions.
	const searched = requestedThemes.length === 0 ? requestQuery(request, recognisedText.places) : null;
	const [askedPlaces, foundIds, described] = await Promise.all([
		readPlaces(database, [...placeIds, ...selfAnchorIds]),
		readCandidateIds(database, {
			themes: relatives,
			places: placeIds.length > 0 ? placeIds : selfAnchorIds,
			self: self?.id ?? null,
			kinds: graphKinds,
			ignored,
			cap: CANDIDATE_CAP
		}),
		searched
			? readDescribed(database, { search: searched.search, self: self?.id ?? null, kinds: graphKinds, ignored, cap: CANDIDATE_CAP })
			: Promise.resolve(new Map<string, DescribedFact>())
	]);
	const candidateIds = unique([...foundIds, ...described.keys()]);
	const bestDescribed = Math.max(0, ...[...described.values()].map((fact) => fact.score));
	if (request.place && !askedPlaces.has(request.place)) throw new UnknownEntityError(['place'], request.place, 'place');
	const targetPlaces = new Map(placeIds.flatMap((id) => (askedPlaces.has(id) ? [[id, askedPlaces.get(id)!] as const] : [])));
	const selfPlaces = new Map(selfAnchorIds.flatMap((id) => (askedPlaces.has(id) ? [[id, askedPlaces.get(id)!] as const] : [])));
	const targets = targetPlaces.size > 0 ? [...targetPlaces.values()] : [...selfPlaces.values()];

	// Each read's places are looked up as soon as it answers, while the others still run.
	const placesOf = async (ids: string[]) =>
		readPlaces(
			database,
			unique(ids).filter((id) => !askedPlaces.has(id))
		);
	const kinds = new Set<string>(request.kinds);
	// Funders are ranked as soon as their projects and places are read; their links are read for those shown.
	const rankFunders = async (supported: SupportedProject[]) => {
		const supportPlaces = await placesOf(targets.length > 0 ? supported.flatMap((project) => project.places) : []);
		const rankedSupporters = rankSupporters({
			projects: supported,
			requested: themeIds,
			hierarchy: themes.hierarchy,
			targets,
			places: new Map([...askedPlaces, ...supportPlaces]),
			limit: request.limit
		});
		return [rankedSupporters, await readSupports(database, supportPairs(rankedSupporters), ignored)] as const;
	};
	const [[candidates, candidatePlaces], networks, [rankedSupporters, supports]] = await Promise.all([
		readEntityFacts(database, candidateIds, ignored, { cited: false })
			.then((facts) => facts.filter((candidate) => fitsKinds(candidate, kinds)))
			.then(async (facts) => [facts, await placesOf(facts.flatMap(anchorIds))] as const),
		self ? measureNetwork(database, self.id, candidateIds, ignored) : Promise.resolve(new Map<string, NetworkFact>()),
		(themeIds.length > 0 && (kinds.size === 0 || kinds.has('Funder'))
			? readSupportedProjects(database, relatives, self?.kind === 'Project' ? self.id : null, ignored)
			: Promise.resolve([])
		).then(rankFunders)
	]);
	const places = new Map([...askedPlaces, ...candidatePlaces]);

	const selfMatches = self ? bestMatches(themes.hierarchy, themeIds, offeredThemes(self)) : [];
	const presentKinds = new Set<EntityKind>([...(self ? [self.kind] : []), ...[...partnerFacts.values()].map((partner) => partner.kind)]);
	const score = (candidate: EntityFacts) =>
		scoreCandidate({
			candidate,
			themes,
			themeIds,
			targets,
			places,
			network: networks.get(candidate.id),
			self,
			selfMatches,
			presentKinds,
			...(searched ? { text: { fact: described.get(candidate.id), best: bestDescribed, words: searched.words } } : {})
		});
	const scored = candidates.map(score);
	scored.sort((a, b) => b.score - a.score || a.facts.name.localeCompare(b.facts.name, 'fr'));
	const shown = [
		...scored
			.filter(
				(entry) =>
					!partnerFacts.has(entry.facts.id) &&
					isListed(entry, { themes: requestedThemes.length > 0, described: described.size > 0, kinds: request.kinds })
			)
			.slice(0, request.limit),
		...scored.filter((entry) => partnerFacts.has(entry.facts.id)).slice(0, request.limit)
	];
	// The shown suggestions scored again on their cited facts: the same score, with the relationships to show.
	const citedFacts = new Map(
		(
			await readEntityFacts(
				database,
				shown.map((entry) => entry.facts.id),
				ignored
			)
		).map((facts) => [facts.id, facts])
	);
	const [fresh, known] = [false, true].map((already) =>
		shown.flatMap((entry) => {
			const facts = citedFacts.get(entry.facts.id);
			return facts && partnerFacts.has(facts.id) === already ? [score(facts)] : [];
		})
	);

	const edgesOf = new Map(
		[...fresh, ...known].map((entry) => [
			entry.facts.id,
			evidenceEdges({ ...entry.evidence, partnerLinks: partnerFacts.get(entry.facts.id)?.links })
		])
	);
	const evidenceIds = [...edgesOf.entries()].flatMap(([id, edges]) => [id, ...edges.flatMap((edge) => [edge.source, edge.target])]);
	const cited = unique([
		...[...fresh, ...known].flatMap((entry) => evidenceSources(entry.facts.sources, edgesOf.get(entry.facts.id) ?? [])),
		...supports.map((support) => support.edge.sources).flat()
	]);
	const [nodes, documents] = await Promise.all([readNodes(database, evidenceIds), readSources(database, cited)]);
	const names = new Map<string, string>([...places.values(), ...candidates, ...nodes.values()].map((item) => [item.id, item.name]));
	const context: ReasonContext = {
		locale: options.locale,
		t: translator(options.locale),
		themeName: (id) => themeLabel(themes, id, options.locale),
		nameOf: (id) => names.get(id) ?? id,
		...(self ? { self: { id: self.id, name: self.name } } : {})
	};

	const toCandidate = (entry: Scored): PartnerCandidate => {
		const edges = edgesOf.get(entry.facts.id) ?? [];
		const partner = partnerFacts.get(entry.facts.id);
		return {
			id: entry.facts.id,
			name: entry.facts.name,
			kind: entry.facts.kind,
			...(entry.facts.clusterKind ? { clusterKind: entry.facts.clusterKind } : {}),
			score: entry.score,
			breakdown: entry.breakdown,
			reasons: [...(partner ? [partnerReason(context, partner)] : []), ...reasonsOf(context, entry)].slice(0, MAX_REASONS),
			evidence: evidenceGraph(entry.facts.id, edges, nodes),
			sources: evidenceSources(entry.facts.sources, edges),
			alreadyPartner: partner !== undefined,
			...(entry.score < SCORE_FLOOR ? { weak: true } : {})
		};
	};
	const suggestions = [...fresh.map(toCandidate), ...known.map(toCandidate)];
	const funders = describeSupporters(rankedSupporters, supports, context);

	return {
		recognised: {
			themes: mergeRecognised(
				request.themes.map((id) => ({ id, name: themeLabel(themes, id, options.locale), kind: 'Theme' as const, matched: [] })),
				recognisedText.themes.map((theme) => ({ ...theme, name: themeLabel(themes, theme.id, options.locale) }))
			),
			places: mergeRecognised(
				request.place
					? [{ id: request.place, name: targetPlaces.get(request.place)!.name, kind: targetPlaces.get(request.place)!.kind, matched: [] }]
					: [],
				recognisedText.places
			)
		},
		candidates: suggestions,
		funders,
		documents
	};
}

/** When pôles are asked for and clusters are not, a cluster counts only if it is a pôle. */
function fitsKinds(candidate: { kind: EntityKind; clusterKind?: string }, kinds: ReadonlySet<string>): boolean {
	if (candidate.kind !== 'Cluster' || !kinds.has('Pole') || kinds.has('Cluster')) return true;
	return candidate.clusterKind === 'pole-de-competitivite';
}

function canBeSelf(kind: EntityKind): boolean {
	return (actorKinds as readonly string[]).includes(kind) || kind === 'Project' || kind === 'Territory' || kind === 'Programme';
}

function themeLabel(themes: Themes, id: string, locale: Locale): string {
	const theme = themes.byId.get(id);
	return (locale === 'en' ? theme?.nameEn : undefined) ?? theme?.name ?? id;
}

function mergeRecognised(structured: RecognisedItem[], recognised: RecognisedItem[]): RecognisedItem[] {
	const merged = new Map(structured.map((item) => [item.id, item]));
	for (const item of recognised) if (!merged.has(item.id)) merged.set(item.id, item);
	return [...merged.values()];
}
