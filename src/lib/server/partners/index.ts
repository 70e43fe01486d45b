import type { RecogniseResponse, ThemeChoice } from '$lib/domain/partners';
import type { Locale } from '$lib/i18n/locales';
import type { Database } from '$lib/server/db/neo4j';
import { loadThemes, recogniseText } from './vocabulary';

/**
 * The partner finder: `suggestPartners()` ranks partners and funders for a described project,
 * `recognise()` reads the themes and places of a text. Import by namespace:
 * `import * as partners from '$lib/server/partners'`.
 */
export { suggestPartners, UnknownEntityError, type SuggestOptions } from './suggest';
export { scoreOf, scoreWeights } from './scoring';
/** The shapes of the vocabulary, for tests that build one by hand. */
export type { CommuneName, PlaceName } from './recognise';
export type { VocabularyTheme } from './themes';

/** The themes (named in the locale) and places a French text names, for the chips of the page. */
export async function recognise(database: Database, text: string, locale: Locale): Promise<RecogniseResponse> {
	const [found, themes] = await Promise.all([recogniseText(database, text), loadThemes(database)]);
	return {
		themes: found.themes.map((theme) => ({
			...theme,
			name: (locale === 'en' ? themes.byId.get(theme.id)?.nameEn : undefined) ?? theme.name
		})),
		places: found.places
	};
}

/** The theme vocabulary for the page's picker, named in the locale, grouped under top-level themes, in vocabulary order. */
export async function themeChoices(database: Database, locale: Locale): Promise<ThemeChoice[]> {
	const themes = await loadThemes(database);
	const name = (id: string) => {
		const theme = themes.byId.get(id);
		return (locale === 'en' ? theme?.nameEn : undefined) ?? theme?.name ?? id;
	};
	const top = (id: string) => [...themes.hierarchy.ancestors(id)].sort((a, b) => b[1] - a[1])[0]?.[0] ?? id;
	return themes.list
		.map((theme) => ({ id: theme.id, name: name(theme.id), group: name(top(theme.id)) }))
		.sort(
			(a, b) =>
				a.group.localeCompare(b.group, locale) || (a.name === a.group ? -1 : b.name === b.group ? 1 : a.name.localeCompare(b.name, locale))
		);
}
