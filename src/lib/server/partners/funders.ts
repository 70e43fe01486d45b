import type { FunderSuggestion } from '$lib/domain/partners';
import type { PlaceUnits, SupportedProject, SupportFact } from './facts';
import { proximity } from './geography';
import { supportReason, type ReasonContext } from './reasons';
import { round, themeComponent } from './scoring';
import { bestMatches, type ThemeHierarchy } from './themes';

/**
 * Funders and programmes of similar projects. A project is similar by its themes (the same
 * measure as candidates' theme component) and, when a place is asked for, a little by where it
 * is: `similarity × (1 − placeShare + placeShare × proximity)`. A supporter's score combines its
 * projects as independent chances, 1 − Π(1 − project weight): two similar projects beat one.
 * Equal scores go by the total amount, then by id; a supporter's projects by weight, amount, id.
 *
 * Ranking reads every supported project on the requested themes, by id only (`rankSupporters`);
 * names and links with their citations are read for the supporters shown (`describeSupporters`).
 */
export const placeShare = 0.25;

/** Most similar projects listed with a funder; its count and total amount cover them all. */
export const FUNDER_PROJECTS = 20;

/** Most projects a funder's reasons name. */
const REASON_PROJECTS = 3;

export interface RankInput {
	projects: readonly SupportedProject[];
	requested: readonly string[];
	hierarchy: ThemeHierarchy;
	targets: readonly PlaceUnits[];
	places: ReadonlyMap<string, PlaceUnits>;
	limit: number;
}

/** A similar project a supporter supported, as ranked. */
export interface RankedProject {
	id: string;
	weight: number;
	/** Its themes that match the request, best first (what the reasons name). */
	themes: string[];
	type: 'FUNDS' | 'SELECTED_BY';
	amountEur?: number;
}

/** A supporter as ranked, before its links are read. */
export interface RankedSupporter {
	id: string;
	score: number;
	totalAmountEur?: number;
	/** How many similar projects it supported. */
	projectCount: number;
	/** The FUNDER_PROJECTS most similar, best first. */
	projects: RankedProject[];
}

/**
 * How similar a supported project is to the request, in [0, 1], and its themes that match, best
 * first (what the reasons name).
 */
export function projectWeight(
	project: Pick<SupportedProject, 'themes' | 'places'>,
	requested: readonly string[],
	hierarchy: ThemeHierarchy,
	targets: readonly PlaceUnits[],
	places: ReadonlyMap<string, PlaceUnits>
): { weight: number; themes: string[] } {
	const matches = bestMatches(
		hierarchy,
		requested,
		project.themes.map((theme) => ({ theme }))
	);
	const similarity = themeComponent(requested, matches);
	const themes = [...new Set([...matches].sort((a, b) => b.credit - a.credit).map((match) => match.offered.theme))];
	if (similarity === 0 || targets.length === 0) return { weight: similarity, themes };
	let near = 0;
	for (const target of targets) {
		for (const id of project.places) {
			const place = places.get(id);
			if (place) near = Math.max(near, proximity(target, place).credit);
		}
	}
	return { weight: similarity * (1 - placeShare + placeShare * near), themes };
}

/** The `limit` best supporters of similar projects, with their most similar projects. */
export function rankSupporters(input: RankInput): RankedSupporter[] {
	const bySupporter = new Map<string, Map<string, RankedProject>>();
	for (const project of input.projects) {
		const { weight, themes } = projectWeight(project, input.requested, input.hierarchy, input.targets, input.places);
		if (weight <= 0) continue;
		for (const supporter of project.supporters) {
			const projects = bySupporter.get(supporter.id) ?? new Map<string, RankedProject>();
			const known = projects.get(project.id);
			// Two links to one project: the amounts add up, and funding says more than a selection.
			const amountEur = (known?.amountEur ?? 0) + (supporter.amountEur ?? 0) || undefined;
			projects.set(project.id, {
				id: project.id,
				weight,
				themes,
				type: known?.type === 'FUNDS' ? 'FUNDS' : supporter.type,
				...(amountEur ? { amountEur } : {})
			});
			bySupporter.set(supporter.id, projects);
		}
	}
	const ranked = [...bySupporter.entries()].map(([id, projects]): RankedSupporter => {
		const ordered = [...projects.values()].sort((a, b) => b.weight - a.weight || (b.amountEur ?? 0) - (a.amountEur ?? 0) || byId(a, b));
		const amounts = ordered.flatMap((project) => (project.amountEur ? [project.amountEur] : []));
		return {
			id,
			score: round(1 - ordered.reduce((rest, project) => rest * (1 - project.weight), 1)),
			...(amounts.length > 0 ? { totalAmountEur: amounts.reduce((sum, amount) => sum + amount, 0) } : {}),
			projectCount: ordered.length,
			projects: ordered.slice(0, FUNDER_PROJECTS)
		};
	});
	return ranked.sort((a, b) => b.score - a.score || (b.totalAmountEur ?? 0) - (a.totalAmountEur ?? 0) || byId(a, b)).slice(0, input.limit);
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The supporter and project pairs whose links `describeSupporters` needs. */
export function supportPairs(ranked: readonly RankedSupporter[]): { supporter: string; project: string }[] {
	return ranked.flatMap((supporter) => supporter.projects.map((project) => ({ supporter: supporter.id, project: project.id })));
}

/**
 * The ranked supporters as suggestions: their name and kind, each project's name, year,
 * programme and citations from the links read, and reasons naming their most similar projects.
 * A supporter whose links could not be read (its kind unknown, or gone since the ranking) is left
 * out, and so is a project whose links are gone.
 */
export function describeSupporters(
	ranked: readonly RankedSupporter[],
	supports: readonly SupportFact[],
	context: ReasonContext
): FunderSuggestion[] {
	const links = new Map<string, SupportFact[]>();
	for (const support of supports) {
		const key = `${support.supporter.id}\u0000${support.project.id}`;
		links.set(key, [...(links.get(key) ?? []), support]);
	}
	return ranked.flatMap((supporter): FunderSuggestion[] => {
		const read = supporter.projects.flatMap((project) => {
			const found = links.get(`${supporter.id}\u0000${project.id}`) ?? [];
			return found.length > 0 ? [{ project, links: found }] : [];
		});
		const named = read[0]?.links[0]?.supporter;
		if (!named) return [];
		const projects = read.map(({ project, links }) => {
			const year = links.find((link) => link.edge.year !== undefined)?.edge.year;
			const programme = links.find((link) => link.programme)?.programme?.name;
			return {
				...project,
				name: links[0].project.name,
				...(year ? { year } : {}),
				...(programme ? { programme } : {}),
				sources: [...new Set(links.flatMap((link) => link.edge.sources))]
			};
		});
		return [
			{
				id: supporter.id,
				name: named.name,
				kind: named.kind,
				score: supporter.score,
				projects: projects.map(({ id, name, amountEur, year, programme, sources }) => ({
					id,
					name,
					...(amountEur ? { amountEur } : {}),
					...(year ? { year } : {}),
					...(programme ? { programme } : {}),
					sources
				})),
				projectCount: supporter.projectCount,
				...(supporter.totalAmountEur ? { totalAmountEur: supporter.totalAmountEur } : {}),
				reasons: projects.slice(0, REASON_PROJECTS).map((project) => supportReason(context, project, project.type))
			}
		];
	});
}
