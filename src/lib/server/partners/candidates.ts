import type { EntityKind } from '$lib/domain/model';
import type { ScoreBreakdown } from '$lib/domain/partners';
import type { evidenceEdges } from './evidence';
import { answeredWords, relevance } from './described';
import type { AffiliationFact, DescribedFact, EntityFacts, NetworkFact, PlaceUnits, ProjectFact } from './facts';
import { bestAnchor, NEIGHBOUR_KM, proximity, type WeightedAnchor } from './geography';
import {
	complementarityReasons,
	describedReason,
	geographyReason,
	networkReason,
	themeReasons,
	trackRecordReasons,
	type ProjectPlace,
	type ReasonContext
} from './reasons';
import {
	breakdownOf,
	complementarityComponent,
	networkComponent,
	scoreOf,
	scoreWeights,
	themeComponent,
	trackRecordComponent,
	trackRecordOf
} from './scoring';
import { bestMatches, type OfferedTheme, type RequestedThemeMatch, withoutLoneSiblings } from './themes';
import type { Themes } from './vocabulary';

/**
 * Scoring one candidate of the partner finder, and the reasons given for it: pure functions over
 * the facts read from the graph (suggest.ts reads them and ranks the results).
 */

export interface ScoreInput {
	candidate: EntityFacts;
	themes: Themes;
	themeIds: readonly string[];
	targets: readonly PlaceUnits[];
	places: ReadonlyMap<string, PlaceUnits>;
	network: NetworkFact | undefined;
	self: EntityFacts | undefined;
	selfMatches: readonly RequestedThemeMatch[];
	presentKinds: ReadonlySet<EntityKind>;
	/** Without a theme asked for, the words searched in descriptions: this candidate's match, and the best score. */
	text?: { fact: DescribedFact | undefined; best: number; words: readonly string[] };
}

export interface Scored {
	facts: EntityFacts;
	score: number;
	breakdown: ScoreBreakdown;
	themeMatches: RequestedThemeMatch[];
	projects: Map<string, ProjectFact>;
	structures: Map<string, AffiliationFact>;
	projectPlaces: Map<string, ProjectPlace>;
	geography: ReturnType<typeof bestAnchor>;
	network: NetworkFact | undefined;
	trackRecord: ReturnType<typeof trackRecordOf>;
	newKind: EntityKind | null;
	gaps: string[];
	/** The description that answered the request's words, and which words. */
	described?: { fact: DescribedFact; words: string[] };
	evidence: Parameters<typeof evidenceEdges>[0];
}

/** One candidate's breakdown, score and the facts behind them. Pure. */
export function scoreCandidate(input: ScoreInput): Scored {
	const { candidate, themes, themeIds, targets, places, network, self } = input;
	const projects = new Map(candidate.projects.map((project) => [project.id, project]));
	const structures = new Map(candidate.affiliations.map((structure) => [structure.id, structure]));
	const themeMatches = withoutLoneSiblings(bestMatches(themes.hierarchy, themeIds, offeredThemes(candidate)));
	const anchors = weightedAnchors(candidate, places);
	const geography = targets.length > 0 ? bestAnchor(targets, anchors) : null;
	const trackRecord = trackRecordOf(candidate.projects, candidate.funding);
	const complementarity = self
		? complementarityComponent(candidate.kind, input.presentKinds, themeIds, themeMatches, input.selfMatches)
		: 0;
	const breakdown = breakdownOf({
		// Without a theme asked for, the words of the request found in a description stand for one.
		theme: themeIds.length > 0 ? themeComponent(themeIds, themeMatches) : relevance(input.text?.fact, input.text?.best ?? 0),
		geography: geography?.credit ?? 0,
		network: self ? networkComponent(network) : 0,
		trackRecord: trackRecordComponent(trackRecord),
		complementarity
	});
	const strongOurs = new Set(input.selfMatches.filter((match) => match.credit >= 0.6).map((match) => match.requested));
	const projectPlaces = projectPlacesOf(candidate.projects, targets, places);
	return {
		facts: candidate,
		score: scoreOf(breakdown),
		breakdown,
		themeMatches,
		projects,
		structures,
		projectPlaces,
		geography,
		network,
		trackRecord,
		newKind: self && !input.presentKinds.has(candidate.kind) ? candidate.kind : null,
		gaps: self
			? themeMatches.filter((match) => match.credit >= 0.6 && !strongOurs.has(match.requested)).map((match) => match.requested)
			: [],
		...(themeIds.length === 0 && input.text?.fact
			? { described: { fact: input.text.fact, words: answeredWords(input.text.words, input.text.fact) } }
			: {}),
		evidence: {
			candidate: candidate.id,
			themeMatches,
			projects,
			structures,
			ownThemeEdges: new Map(candidate.themes.flatMap((theme) => (theme.edge ? [[theme.id, theme.edge] as const] : []))),
			geography,
			projectPlaces,
			...(network ? { network } : {})
		}
	};
}

/** Kinds that are places before being partners: listed only when public bodies are asked for. */
const geographicKinds = new Set<EntityKind>(['Region', 'Department', 'EPCI', 'Commune']);

/**
 * The least credit of one theme in common for a new partner when themes are asked: the theme
 * itself or a more precise one, its own or through a project (a structure's counts half, so its
 * exact theme still does). A broader theme alone (« transition écologique » for « autoconsommation
 * collective ») or a sibling is no theme in common, unless it is the asked theme's own field
 * (`ThemeMatch.field`: « Mobilités » for « Mobilité douce »), its own or a project's.
 */
export const MIN_THEME_CREDIT = 0.5;

function inCommon(match: RequestedThemeMatch): boolean {
	return match.credit >= MIN_THEME_CREDIT || (match.field === true && !match.offered.structure);
}

/**
 * Whether a new partner is worth listing: when themes were asked (given, or read in the text), it
 * must share one (`MIN_THEME_CREDIT`); without themes but with words found in descriptions, it must
 * be one they found; a région, département, EPCI or commune is a partner only when public bodies
 * are asked for. A place-only or "who we are"-only request lists whoever scores.
 */
export function isListed(
	entry: Pick<Scored, 'facts' | 'breakdown' | 'themeMatches' | 'described'>,
	asked: { themes: boolean; described?: boolean; kinds: readonly string[] }
): boolean {
	if (asked.themes && !entry.themeMatches.some(inCommon)) return false;
	if (!asked.themes && asked.described && !entry.described) return false;
	return !geographicKinds.has(entry.facts.kind) || asked.kinds.includes('PublicBody') || asked.kinds.includes(entry.facts.kind);
}

/** The reasons of a candidate, the components that weigh most in its score first. */
export function reasonsOf(context: ReasonContext, entry: Scored): string[] {
	const byComponent: Record<keyof ScoreBreakdown, string[]> = {
		theme: [
			...themeReasons(context, entry.themeMatches, entry.projects, entry.projectPlaces),
			...(entry.described ? [describedReason(context, entry.facts.id, entry.described)] : [])
		],
		geography: [geographyReason(context, entry.facts.id, entry.geography)].flatMap((reason) => reason ?? []),
		network: [networkReason(context, entry.network)].flatMap((reason) => reason ?? []),
		trackRecord: trackRecordReasons(context, entry.trackRecord),
		complementarity: complementarityReasons(context, entry.newKind, entry.gaps)
	};
	// A project the theme sentence already names and places needs no sentence of its own for the place.
	const named = [...entry.themeMatches].filter((match) => match.offered.project).sort((a, b) => b.credit - a.credit)[0]?.offered.project;
	if (named && entry.geography?.anchor.via === 'project' && entry.geography.anchor.project === named && entry.projectPlaces.has(named)) {
		byComponent.geography = [];
	}
	const order = (Object.keys(scoreWeights) as (keyof ScoreBreakdown)[])
		.filter((component) => entry.breakdown[component] > 0)
		.sort((a, b) => scoreWeights[b] * entry.breakdown[b] - scoreWeights[a] * entry.breakdown[a]);
	return order.flatMap((component) => byComponent[component]);
}

/** The themes an entity offers: its own, those of the projects it took part in, those of its structures. */
export function offeredThemes(facts: EntityFacts): OfferedTheme[] {
	return [
		...facts.themes.map((theme) => ({ theme: theme.id })),
		...facts.projects.flatMap((project) => project.themes.map((theme) => ({ theme: theme.id, project: project.id }))),
		...facts.affiliations.flatMap((structure) => structure.themes.map((theme) => ({ theme: theme.id, structure: structure.id })))
	];
}

export function anchorIds(facts: EntityFacts): string[] {
	return unique([
		...facts.anchors.map((anchor) => anchor.place),
		...facts.projects.flatMap((project) => project.places.map((place) => place.id)),
		...facts.affiliations.flatMap((structure) => structure.places.map((place) => place.id))
	]);
}

function weightedAnchors(facts: EntityFacts, places: ReadonlyMap<string, PlaceUnits>): WeightedAnchor[] {
	const own = facts.anchors.flatMap((anchor) => {
		const place = places.get(anchor.place);
		return place ? [{ place, via: anchor.via, ...(anchor.edge ? { edge: anchor.edge } : {}) }] : [];
	});
	const throughProjects = facts.projects.flatMap((project) =>
		project.places.flatMap((stated) => {
			const place = places.get(stated.id);
			return place ? [{ place, via: 'project' as const, project: project.id, ...(stated.edge ? { edge: stated.edge } : {}) }] : [];
		})
	);
	const throughStructures = facts.affiliations.flatMap((structure) =>
		structure.places.flatMap((stated) => {
			const place = places.get(stated.id);
			if (!place) return [];
			return [
				{
					place,
					via: 'structure' as const,
					structure: structure.id,
					...(stated.edge ? { edge: stated.edge } : {}),
					...(structure.edge ? { link: structure.edge } : {})
				}
			];
		})
	);
	return [...own, ...throughProjects, ...throughStructures];
}

/**
 * Where each project took place (a place it was only replicated in counts when it has no other),
 * the place nearest the request kept, and whether it neighbours it.
 */
function projectPlacesOf(projects: readonly ProjectFact[], targets: readonly PlaceUnits[], places: ReadonlyMap<string, PlaceUnits>) {
	const found = new Map<string, ProjectPlace>();
	for (const project of projects) {
		let best: { place: PlaceUnits; credit: number; neighbour: boolean; replicated: boolean } | undefined;
		const own = project.places.filter((stated) => !stated.replicated);
		for (const stated of own.length > 0 ? own : project.places) {
			const place = places.get(stated.id);
			if (!place) continue;
			const closest = targets.map((target) => proximity(target, place)).sort((a, b) => b.credit - a.credit)[0];
			const credit = closest?.credit ?? 0;
			const neighbour =
				closest !== undefined &&
				closest.relation !== 'inside' &&
				closest.relation !== 'far' &&
				(closest.distanceKm ?? Infinity) <= NEIGHBOUR_KM;
			if (!best || credit > best.credit) best = { place, credit, neighbour, replicated: own.length === 0 };
		}
		if (best) found.set(project.id, { place: best.place, neighbour: best.neighbour, replicated: best.replicated });
	}
	return found;
}

/** The items once each, in their first order. */
export function unique<T>(items: readonly T[]): T[] {
	return [...new Set(items)];
}
