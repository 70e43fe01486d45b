import type { GraphEdge } from '$lib/domain/graph';
import type { EntityKind } from '$lib/domain/model';
import type { Locale } from '$lib/i18n/locales';
import type { Translate } from '$lib/i18n/translator';
import type { AffiliationFact, NetworkFact, PartnerFact, PlaceUnits, ProjectFact } from './facts';
import type { GeographyMatch } from './geography';
import type { TrackRecord } from './scoring';
import type { RequestedThemeMatch } from './themes';

/**
 * The sentences that explain a suggestion, in the request's language, each made of facts of the
 * graph (a project, its role, its themes, a place, a common partner). The wording lives in
 * `src/lib/i18n/messages/partners.<locale>.json`; this module only assembles it.
 */

export interface ReasonContext {
	locale: Locale;
	t: Translate;
	/** A theme's label in the locale. */
	themeName: (id: string) => string;
	/** The name of any entity the facts mention. */
	nameOf: (id: string) => string;
	/** "Who we are", when given. */
	self?: { id: string; name: string };
}

/** Where a project took place, whether that is next to the place asked for, and whether it was only replicated there. */
export interface ProjectPlace {
	place: PlaceUnits;
	neighbour: boolean;
	replicated?: boolean;
}

/** "réutilisation des eaux" from "Réutilisation des eaux"; acronyms keep their capitals. */
export function lowerFirst(text: string): string {
	return /^\p{Lu}\p{Lu}/u.test(text) ? text : text.charAt(0).toLocaleLowerCase('fr') + text.slice(1);
}

/**
 * "thème : réutilisation des eaux" / "themes: hydrogen and water reuse": the themes a project is
 * tagged with, named as themes. Not "un projet de …": a theme says what a project touches, not what
 * it is (a school tagged « énergie » was called « un projet d'énergie »).
 */
export function themesNote(context: Pick<ReasonContext, 't' | 'locale'>, labels: readonly string[]): string {
	return context.t('partners.reason.themes', { count: labels.length, themes: joinWords(context.locale, labels.map(lowerFirst)) });
}

/** "a, b et c" / "a, b and c". */
export function joinWords(locale: Locale, words: readonly string[]): string {
	if (words.length <= 1) return words.join('');
	return `${words.slice(0, -1).join(', ')} ${locale === 'fr' ? 'et' : 'and'} ${words[words.length - 1]}`;
}

/** One number format per locale: `toLocaleString` with options builds a new one at every call, the partner finder's costliest line. */
const amountFormats: Record<Locale, Intl.NumberFormat> = {
	fr: new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }),
	en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 })
};

/** "23,6 M€" / "€23.6M". */
export function formatEuros(locale: Locale, amount: number): string {
	const [value, unit] = amount >= 1e6 ? [amount / 1e6, 'M'] : amount >= 1e3 ? [amount / 1e3, 'k'] : [amount, ''];
	const number = amountFormats[locale].format(value);
	return locale === 'fr' ? `${number}\u00a0${unit}€` : `€${number}${unit}`;
}

/** "dans le Territoire d’industrie X", "à Cléon", "dans la région Bretagne"… */
export function placeIn(context: ReasonContext, place: Pick<PlaceUnits, 'kind' | 'name' | 'phase'>, neighbour = false): string {
	const key =
		place.kind === 'Territory'
			? place.phase
				? neighbour
					? 'territoryTiNeighbour'
					: 'territoryTi'
				: neighbour
					? 'territoryNeighbour'
					: 'territory'
			: place.kind;
	return context.t(`partners.reason.in.${key}`, { name: place.name });
}

function action(context: ReasonContext, project: ProjectFact): string {
	const role =
		project.role && ['lead', 'pilot', 'coordinator', 'animator', 'partner', 'beneficiary', 'host'].includes(project.role)
			? project.role
			: 'other';
	const tense = project.status === 'completed' ? 'past' : 'present';
	return context.t(`partners.reason.action.${role}.${tense}`, { project: project.name });
}

/** A matched theme as words: its label, qualified when narrower, broader or a sibling of the one asked for. */
function describeMatch(context: ReasonContext, match: RequestedThemeMatch): string {
	const theme = lowerFirst(context.themeName(match.offered.theme));
	if (match.relation === 'exact') return theme;
	return context.t(`partners.reason.relation.${match.relation}`, { theme, requested: lowerFirst(context.themeName(match.requested)) });
}

function describeMatches(context: ReasonContext, matches: readonly RequestedThemeMatch[]): string {
	return joinWords(
		context.locale,
		[...new Map(matches.map((match) => [match.offered.theme, match])).values()].slice(0, 4).map((match) => describeMatch(context, match))
	);
}

/**
 * The theme sentences: the project that matches best (with its role and where it was), the
 * candidate's own themes that match, each qualified when it is narrower, broader or a sibling,
 * and else the themes of a structure it belongs to or animates.
 */
export function themeReasons(
	context: ReasonContext,
	matches: readonly RequestedThemeMatch[],
	projects: ReadonlyMap<string, ProjectFact>,
	projectPlaces: ReadonlyMap<string, ProjectPlace>,
	structures: ReadonlyMap<string, AffiliationFact> = new Map()
): string[] {
	const reasons: string[] = [];
	const viaProject = [...matches].filter((match) => match.offered.project).sort((a, b) => b.credit - a.credit);
	const project = viaProject.length > 0 ? projects.get(viaProject[0].offered.project!) : undefined;
	if (project) {
		const offered = [...new Set(viaProject.filter((match) => match.offered.project === project.id).map((match) => match.offered.theme))];
		const where = projectPlaces.get(project.id);
		reasons.push(
			context.t('partners.reason.project', {
				action: action(context, project),
				themes: themesNote(context, offered.slice(0, 3).map(context.themeName)),
				place: !where
					? ''
					: where.replicated
						? context.t('partners.reason.replicated', { in: placeIn(context, where.place, where.neighbour) })
						: `, ${placeIn(context, where.place, where.neighbour)}`
			})
		);
	}
	const own = matches.filter((match) => !match.offered.project && !match.offered.structure);
	if (own.length > 0) reasons.push(context.t('partners.reason.own', { themes: describeMatches(context, own) }));
	const throughStructure = matches.filter((match) => match.offered.structure);
	const structure = throughStructure.length > 0 ? structures.get(throughStructure[0].offered.structure!) : undefined;
	if (structure && reasons.length === 0) {
		reasons.push(
			context.t('partners.reason.structure', {
				link: linkVerb(context, structure.edge, structure.edge?.source ?? ''),
				structure: structure.name,
				themes: describeMatches(
					context,
					throughStructure.filter((match) => match.offered.structure === structure.id)
				)
			})
		);
	}
	return reasons;
}

/** The link verb of an edge seen from `from` ("membre de", "collabore avec", "anime"…), capitalised. */
function linkVerb(context: ReasonContext, edge: GraphEdge | undefined, from: string): string {
	if (!edge) return '';
	const verb = context.t(`relationship.${edge.type}.${edge.source === from ? 'out' : 'in'}`);
	return verb.charAt(0).toLocaleUpperCase(context.locale) + verb.slice(1);
}

/** The geography sentence: where the candidate is, and how that relates to the place asked for. */
export function geographyReason(context: ReasonContext, candidate: string, match: GeographyMatch | null): string | undefined {
	if (!match) return undefined;
	const { target, anchor, proximity } = match;
	const place = anchor.place;
	let relation = '';
	if (proximity.relation === 'inside') {
		relation = place.id === target.id ? context.t('partners.reason.relationTo.same') : `, ${placeIn(context, target)}`;
	} else if (proximity.relation === 'shared') {
		relation =
			proximity.unit.id === place.id
				? context.t('partners.reason.relationTo.contains', { target: target.name })
				: context.t(`partners.reason.same.${proximity.unit.kind}`, { target: target.name, unit: proximity.unit.name });
	} else if (proximity.relation === 'near') {
		relation = context.t('partners.reason.relationTo.near', { km: proximity.distanceKm, target: target.name });
	}
	if (anchor.via === 'project') {
		return context.t('partners.reason.where.project', {
			in: placeIn(context, place),
			project: context.nameOf(anchor.project ?? ''),
			relation
		});
	}
	if (anchor.via === 'structure') {
		const structure = anchor.structure ?? '';
		return context.t('partners.reason.where.structure', {
			link: linkVerb(context, anchor.link, candidate),
			structure: context.nameOf(structure),
			in: placeIn(context, place),
			relation
		});
	}
	if (anchor.via === 'territory') {
		return context.t('partners.reason.where.territory', { link: linkVerb(context, anchor.edge, candidate), name: place.name, relation });
	}
	return context.t('partners.reason.where.located', { in: placeIn(context, place), relation });
}

/** The network sentence: the partners in common with "who we are", else the shortest path. */
export function networkReason(context: ReasonContext, network: NetworkFact | undefined): string | undefined {
	if (!context.self || !network) return undefined;
	if (network.common.length > 0) {
		const names = network.common
			.slice()
			.sort((a, b) => a.degree - b.degree)
			.slice(0, 3)
			.map((common) => common.name);
		return context.t('partners.reason.common', { self: context.self.name, names: joinWords(context.locale, names) });
	}
	if (network.path && network.path.edges.length > 1) {
		const via = network.path.nodes.slice(1, -1).map(context.nameOf).join(' → ');
		return context.t('partners.reason.path', { count: network.path.edges.length, self: context.self.name, via });
	}
	return undefined;
}

/** The track record sentences: projects and roles, then funding. */
export function trackRecordReasons(context: ReasonContext, record: TrackRecord): string[] {
	if (record.projects === 0) return [];
	const leading =
		record.leading === 0
			? ''
			: context.t(record.leading === record.projects ? 'partners.reason.leadingAll' : 'partners.reason.leading', { count: record.leading });
	const reasons = [context.t('partners.reason.track', { count: record.projects, leading })];
	if (record.amountEur > 0) reasons.push(context.t('partners.reason.funding', { amount: formatEuros(context.locale, record.amountEur) }));
	else if (record.funded > 0) reasons.push(context.t('partners.reason.fundedProjects', { count: record.funded }));
	return reasons;
}

/** The complementarity sentences: a kind of actor "who we are" lacks, themes it does not cover. */
export function complementarityReasons(context: ReasonContext, newKind: EntityKind | null, gaps: readonly string[]): string[] {
	if (!context.self) return [];
	const reasons: string[] = [];
	if (newKind) reasons.push(context.t('partners.reason.newKind', { kind: lowerFirst(context.t(`kind.${newKind}.one`)) }));
	if (gaps.length > 0) {
		reasons.push(
			context.t('partners.reason.gap', {
				themes: joinWords(
					context.locale,
					gaps.slice(0, 3).map((theme) => lowerFirst(context.themeName(theme)))
				),
				self: context.self.name
			})
		);
	}
	return reasons;
}

/** Why a candidate is "déjà partenaire": the links with "who we are" or a shared project. */
export function partnerReason(context: ReasonContext, partner: PartnerFact): string {
	const links = [
		...new Set(
			partner.links
				.filter((edge) => edge.source === partner.id || edge.target === partner.id)
				.map((edge) => {
					const other = edge.source === partner.id ? edge.target : edge.source;
					return `${context.t(`relationship.${edge.type}.${edge.source === partner.id ? 'out' : 'in'}`)} ${context.nameOf(other)}`;
				})
		)
	];
	return context.t('partners.reason.partner', { links: joinWords(context.locale, links) });
}

/** Why a funder or programme is listed: the similar projects it funded or selected. */
export function supportReason(
	context: ReasonContext,
	project: { id: string; name: string; amountEur?: number; programme?: string; themes: readonly string[] },
	type: 'FUNDS' | 'SELECTED_BY'
): string {
	const themes = project.themes.length > 0 ? [themesNote(context, project.themes.slice(0, 2).map(context.themeName))] : [];
	const amount = project.amountEur ? [formatEuros(context.locale, project.amountEur)] : [];
	const noted = [...(type === 'FUNDS' ? amount : []), ...themes];
	const details = noted.length > 0 ? ` (${noted.join(context.locale === 'fr' ? '\u00a0; ' : '; ')})` : '';
	if (type === 'SELECTED_BY') return context.t('partners.reason.selected', { project: project.name, details });
	const key = project.programme ? 'partners.reason.fundedThrough' : 'partners.reason.funded';
	return context.t(key, { project: project.name, details, programme: project.programme });
}

/** Why the words of a request found this candidate: its description, or its project's. */
export function describedReason(
	context: ReasonContext,
	candidate: string,
	described: { fact: { described: { id: string; name: string } }; words: readonly string[] }
): string {
	const words = joinWords(
		context.locale,
		described.words.map((word) => (context.locale === 'fr' ? `«\u00a0${word}\u00a0»` : `“${word}”`))
	);
	const own = described.fact.described.id === candidate;
	const key = `partners.reason.described.${own ? 'own' : 'project'}${words ? '' : 'Unnamed'}`;
	return context.t(key, { words, project: described.fact.described.name });
}
