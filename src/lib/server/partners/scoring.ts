import { scoreWeights, type ScoreBreakdown } from '$lib/domain/partners';
import type { EntityKind } from '$lib/domain/model';
import type { NetworkFact, ProjectFact } from './facts';
import type { RequestedThemeMatch } from './themes';

/**
 * The ranking as pure functions. Each component of a candidate's breakdown lies in [0, 1]; the
 * score is `Σ scoreWeights[c] × breakdown[c]`, computed from the rounded breakdown, so anyone
 * can recompute it from what the API returns.
 */

export { scoreWeights };

/** Decimals kept in a breakdown and a score. */
const DECIMALS = 4;

export function round(value: number): number {
	const factor = 10 ** DECIMALS;
	return Math.round(value * factor) / factor;
}

/** The score of a breakdown under the weights: what the API reports, reproducible from the breakdown. */
export function scoreOf(breakdown: ScoreBreakdown, weights: Readonly<ScoreBreakdown> = scoreWeights): number {
	return round(
		(Object.keys(weights) as (keyof ScoreBreakdown)[]).reduce((sum, component) => sum + weights[component] * breakdown[component], 0)
	);
}

/** A breakdown with every component rounded and kept in [0, 1]. */
export function breakdownOf(components: ScoreBreakdown): ScoreBreakdown {
	const clamp = (value: number) => round(Math.min(1, Math.max(0, Number.isFinite(value) ? value : 0)));
	return {
		theme: clamp(components.theme),
		geography: clamp(components.geography),
		network: clamp(components.network),
		trackRecord: clamp(components.trackRecord),
		complementarity: clamp(components.complementarity)
	};
}

/** Theme component: the mean, over the themes asked for, of the candidate's best match credit. */
export function themeComponent(requested: readonly string[], matches: readonly RequestedThemeMatch[]): number {
	if (requested.length === 0) return 0;
	return matches.reduce((sum, match) => sum + match.credit, 0) / requested.length;
}

/** Credit of a shortest path to "who we are", by its number of links. */
export const pathCredit: Readonly<Record<number, number>> = { 1: 1, 2: 0.75, 3: 0.45, 4: 0.2 };

/**
 * Adamic-Adar over the common neighbours: Σ 1 / ln(degree), a neighbour shared with few others
 * counting more than a hub. Degrees below 2 count as 2.
 */
export function adamicAdar(common: readonly { degree: number }[]): number {
	return common.reduce((sum, neighbour) => sum + 1 / Math.log(Math.max(2, neighbour.degree)), 0);
}

/** Network component: half the path credit, half Adamic-Adar squashed into [0, 1) as aa / (1 + aa). */
export function networkComponent(network: NetworkFact | undefined): number {
	if (!network) return 0;
	const length = network.path ? network.path.edges.length : 0;
	const aa = adamicAdar(network.common);
	return 0.5 * (pathCredit[length] ?? 0) + 0.5 * (aa / (1 + aa));
}

/** Roles that carry a project: they count double in the track record. */
export const leadingRoles = new Set(['lead', 'pilot', 'coordinator', 'animator']);

export interface TrackRecord {
	projects: number;
	leading: number;
	funded: number;
	/** Sum of the known amounts of funding of its projects and of itself, in euros. */
	amountEur: number;
}

export function trackRecordOf(projects: readonly ProjectFact[], ownFunding: readonly { amountEur?: number }[]): TrackRecord {
	const distinct = [...new Map(projects.map((project) => [project.id, project])).values()];
	const funded = distinct.filter((project) => project.funding.length > 0);
	const amounts = [...distinct.flatMap((project) => project.funding), ...ownFunding].map((funding) => funding.amountEur ?? 0);
	// One project may be held with several roles (partner and lead): any leading role counts.
	const led = new Set(projects.filter((project) => project.role && leadingRoles.has(project.role)).map((project) => project.id));
	return {
		projects: distinct.length,
		leading: led.size,
		funded: funded.length + (ownFunding.length > 0 ? 1 : 0),
		amountEur: amounts.reduce((sum, amount) => sum + amount, 0)
	};
}

/** Track record component: r / (r + 3) with r = projects + ½ leading roles + ½ funded projects. */
export function trackRecordComponent(record: TrackRecord): number {
	const raw = record.projects + 0.5 * record.leading + 0.5 * record.funded;
	return raw / (raw + 3);
}

/**
 * Complementarity, relative to "who we are": half for a kind of actor none of its partners (nor
 * itself) is, half for the share of the requested themes the candidate matches well (credit ≥
 * 0.6) where "who we are" does not.
 */
export function complementarityComponent(
	candidateKind: EntityKind,
	present: ReadonlySet<EntityKind>,
	requested: readonly string[],
	candidateMatches: readonly RequestedThemeMatch[],
	selfMatches: readonly RequestedThemeMatch[]
): number {
	const strong = (matches: readonly RequestedThemeMatch[]) =>
		new Set(matches.filter((match) => match.credit >= 0.6).map((match) => match.requested));
	const ours = strong(selfMatches);
	const gaps = [...strong(candidateMatches)].filter((theme) => !ours.has(theme)).length;
	return 0.5 * (present.has(candidateKind) ? 0 : 1) + 0.5 * (requested.length > 0 ? gaps / requested.length : 0);
}
