/** A theme of the vocabulary, as `cypher/partners/list-themes` reads it from the graph. */
export interface VocabularyTheme {
	id: string;
	name: string;
	nameEn?: string;
	synonyms: string[];
	/** Ids of its broader themes (one in the current vocabulary). */
	broader: string[];
	/** How many actors and projects address it. */
	addressedBy?: number;
}

/** How a theme a candidate works on relates to a theme asked for. */
export type ThemeRelation = 'exact' | 'narrower' | 'broader' | 'sibling';

/**
 * Credit for each relation, before the score's weights: a narrower theme (the candidate works on
 * "réutilisation des eaux" when "économie circulaire" is asked) counts, less than the theme
 * itself; a broader one counts less again, since broad themes ("transition écologique") are
 * claimed by many; a sibling (same parent) a little. Two steps away halves the credit.
 */
export const themeCredit = { exact: 1, narrower: 0.8, broader: 0.4, sibling: 0.25, perExtraStep: 0.5 } as const;

/**
 * How much a theme counts by where it comes from: the candidate's own statement or a project it
 * took part in fully; a structure it belongs to or animates (a cluster's theme for its member,
 * its animator) half, as the structure's work is not all its members' work.
 */
export const themeSourceCredit = { own: 1, project: 1, structure: 0.5 } as const;

export interface ThemeMatch {
	relation: ThemeRelation;
	/** Steps in the hierarchy between the two themes (0 for exact, 2 for siblings). */
	steps: number;
	credit: number;
	/**
	 * A broader theme that is the asked theme's own field, not a heading of the vocabulary: « Mobilités »
	 * for « Mobilité douce et covoiturage », where « Transition écologique » or « Filières
	 * industrielles », at the top, are claimed by too many to say anything. Such a field is a theme in
	 * common (`isListed`), at a broader theme's credit.
	 */
	field?: boolean;
}

/** The vocabulary's BROADER hierarchy, to compare themes. */
export class ThemeHierarchy {
	readonly #parents: Map<string, string[]>;

	constructor(themes: readonly Pick<VocabularyTheme, 'id' | 'broader'>[]) {
		this.#parents = new Map(themes.map((theme) => [theme.id, theme.broader]));
	}

	has(id: string): boolean {
		return this.#parents.has(id);
	}

	/** Every broader theme with its distance (1 for the parent). */
	ancestors(id: string): Map<string, number> {
		const found = new Map<string, number>();
		let level = this.#parents.get(id) ?? [];
		for (let depth = 1; level.length > 0 && depth < 10; depth++) {
			const next: string[] = [];
			for (const parent of level) {
				if (found.has(parent)) continue;
				found.set(parent, depth);
				next.push(...(this.#parents.get(parent) ?? []));
			}
			level = next;
		}
		return found;
	}

	/** How `offered` relates to `requested`, or null when they are unrelated. */
	match(requested: string, offered: string): ThemeMatch | null {
		if (requested === offered) return { relation: 'exact', steps: 0, credit: themeCredit.exact };
		const below = this.ancestors(offered).get(requested);
		if (below !== undefined) return { relation: 'narrower', steps: below, credit: stepped(themeCredit.narrower, below) };
		const above = this.ancestors(requested).get(offered);
		if (above !== undefined) {
			const field = above === 1 && (this.#parents.get(offered) ?? []).length > 0;
			return { relation: 'broader', steps: above, credit: stepped(themeCredit.broader, above), ...(field ? { field } : {}) };
		}
		const parents = this.#parents.get(requested) ?? [];
		if (parents.some((parent) => (this.#parents.get(offered) ?? []).includes(parent))) {
			return { relation: 'sibling', steps: 2, credit: themeCredit.sibling };
		}
		return null;
	}

	/**
	 * The themes worth looking for when `ids` are asked: themselves, every narrower theme and, unless
	 * `broader` is false, their broader themes. Candidates and funders are found through these.
	 * Siblings are left out: one broad request (« filière », « industrie ») pulled in all twenty
	 * sector themes, tens of thousands of projects on the national graph, for candidates a sibling
	 * alone would not rank.
	 */
	relatives(ids: readonly string[], { broader = true }: { broader?: boolean } = {}): string[] {
		const found = new Set<string>();
		for (const id of ids) {
			if (!this.has(id)) continue;
			for (const other of this.#parents.keys()) {
				const relation = this.match(id, other)?.relation;
				if (relation === 'exact' || relation === 'narrower' || (broader && relation === 'broader')) found.add(other);
			}
		}
		return [...found].sort();
	}
}

function stepped(credit: number, steps: number): number {
	return credit * themeCredit.perExtraStep ** Math.max(0, steps - 1);
}

/** A theme a candidate works on, and through what: its own statement, a project it took part in, a structure it belongs to. */
export interface OfferedTheme {
	theme: string;
	/** The project's id, for a theme of a project it took part in. */
	project?: string;
	/** The structure's id, for a theme of a structure it belongs to, animates or is part of. */
	structure?: string;
}

function sourceCredit(offered: OfferedTheme): number {
	return offered.project ? themeSourceCredit.project : offered.structure ? themeSourceCredit.structure : themeSourceCredit.own;
}

export interface RequestedThemeMatch extends ThemeMatch {
	requested: string;
	offered: OfferedTheme;
}

/**
 * For each requested theme, the candidate's best match, its credit weighed by where the theme
 * comes from (`themeSourceCredit`; at equal credit, projects' themes before its own before its
 * structures'): what the theme component and the reasons are made of.
 */
export function bestMatches(
	hierarchy: ThemeHierarchy,
	requested: readonly string[],
	offered: readonly OfferedTheme[]
): RequestedThemeMatch[] {
	// At equal credit a project says more than a statement ("pilote ReUse" over "travaille sur").
	const rank = (candidate: OfferedTheme) => (candidate.structure ? 2 : candidate.project ? 0 : 1);
	const matches: RequestedThemeMatch[] = [];
	for (const theme of requested) {
		let best: RequestedThemeMatch | undefined;
		for (const candidate of offered) {
			const found = hierarchy.match(theme, candidate.theme);
			if (!found) continue;
			const match = { ...found, credit: found.credit * sourceCredit(candidate) };
			const better = !best || match.credit > best.credit || (match.credit === best.credit && rank(candidate) < rank(best.offered));
			if (better) best = { ...match, requested: theme, offered: candidate };
		}
		if (best) matches.push(best);
	}
	return matches;
}

/**
 * A sibling theme (« agroalimentaire » for « nautique et naval », both sectors) is no match on its
 * own, and never the only reason given: the matches as they are when a closer one is among them,
 * none otherwise.
 */
export function withoutLoneSiblings<Match extends { relation: ThemeRelation }>(matches: readonly Match[]): Match[] {
	return matches.some((match) => match.relation !== 'sibling') ? [...matches] : [];
}
