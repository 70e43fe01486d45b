import type { FunderSuggestion } from '$lib/domain/partners';
import type { PlaceUnits, SupportFact } from './facts';
import { proximity } from './geography';
import { supportReason, type ReasonContext } from './reasons';
import { round, themeComponent } from './scoring';
import { bestMatches, type ThemeHierarchy } from './themes';

/**
 * Funders and programmes of similar projects. A project is similar by its themes (the same
 * measure as candidates' theme component) and, when a place is asked for, a little by where it
 * is: `similarity × (1 − placeShare + placeShare × proximity)`. A supporter's score combines its
 * projects as independent chances, 1 − Π(1 − project weight): two similar projects beat one.
 */
export const placeShare = 0.25;

export interface SupportInput {
	rows: readonly SupportFact[];
	requested: readonly string[];
	hierarchy: ThemeHierarchy;
	targets: readonly PlaceUnits[];
	places: ReadonlyMap<string, PlaceUnits>;
	context: ReasonContext;
	limit: number;
}

/**
 * How similar a supported project is to the request, in [0, 1], and its themes that match, best
 * first (what the reasons name).
 */
export function projectWeight(
	project: SupportFact['project'],
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

/** The supporters of similar projects, best first, with their projects, amounts and reasons. */
export function rankSupporters(input: SupportInput): FunderSuggestion[] {
	const bySupporter = new Map<
		string,
		{
			supporter: SupportFact['supporter'];
			projects: Map<
				string,
				{
					weight: number;
					type: 'FUNDS' | 'SELECTED_BY';
					amountEur?: number;
					year?: number;
					programme?: string;
					sources: string[];
				} & SupportFact['project']
			>;
		}
	>();
	for (const row of input.rows) {
		const { weight, themes } = projectWeight(row.project, input.requested, input.hierarchy, input.targets, input.places);
		if (weight <= 0) continue;
		const entry = bySupporter.get(row.supporter.id) ?? { supporter: row.supporter, projects: new Map() };
		const known = entry.projects.get(row.project.id);
		const type = row.edge.type === 'FUNDS' ? 'FUNDS' : 'SELECTED_BY';
		const amountEur = (known?.amountEur ?? 0) + (row.edge.amountEur ?? 0) || undefined;
		entry.projects.set(row.project.id, {
			...row.project,
			themes,
			weight,
			type: known?.type === 'FUNDS' ? 'FUNDS' : type,
			...(amountEur ? { amountEur } : {}),
			...((row.edge.year ?? known?.year) ? { year: row.edge.year ?? known?.year } : {}),
			...((row.programme?.name ?? known?.programme) ? { programme: row.programme?.name ?? known?.programme } : {}),
			sources: [...new Set([...(known?.sources ?? []), ...row.edge.sources])]
		});
		bySupporter.set(row.supporter.id, entry);
	}
	const ranked = [...bySupporter.values()].map(({ supporter, projects }) => {
		const ordered = [...projects.values()].sort(
			(a, b) => b.weight - a.weight || (b.amountEur ?? 0) - (a.amountEur ?? 0) || a.name.localeCompare(b.name, 'fr')
		);
		const amounts = ordered.flatMap((project) => (project.amountEur ? [project.amountEur] : []));
		return {
			id: supporter.id,
			name: supporter.name,
			kind: supporter.kind,
			score: round(1 - ordered.reduce((rest, project) => rest * (1 - project.weight), 1)),
			projects: ordered.map((project) => ({
				id: project.id,
				name: project.name,
				...(project.amountEur ? { amountEur: project.amountEur } : {}),
				...(project.year ? { year: project.year } : {}),
				...(project.programme ? { programme: project.programme } : {}),
				sources: project.sources
			})),
			...(amounts.length > 0 ? { totalAmountEur: amounts.reduce((sum, amount) => sum + amount, 0) } : {}),
			ordered
		};
	});
	// Reasons are words for a person: written only for the supporters shown.
	return ranked
		.sort((a, b) => b.score - a.score || (b.totalAmountEur ?? 0) - (a.totalAmountEur ?? 0) || a.name.localeCompare(b.name, 'fr'))
		.slice(0, input.limit)
		.map(({ ordered, ...suggestion }) => ({
			...suggestion,
			reasons: ordered.slice(0, 3).map((project) => supportReason(input.context, project, project.type))
		}));
}
