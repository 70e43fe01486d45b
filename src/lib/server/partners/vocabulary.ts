import type { Database } from '$lib/server/db/neo4j';
import { communeNameRow, placeNameRow, statement, vocabularyThemeRow } from '$lib/server/db/rows';
import {
	buildPlaceIndex,
	buildThemeIndex,
	communeQuery,
	findPlaces,
	findThemes,
	type CommuneName,
	type PlaceIndex,
	type Recognised,
	type ThemeIndex
} from './recognise';
import { ThemeHierarchy, type VocabularyTheme } from './themes';

const LIST_THEMES = statement('partners/list-themes', vocabularyThemeRow);
const LIST_PLACES = statement('partners/list-places', placeNameRow);
const FIND_COMMUNES = statement('partners/find-communes', communeNameRow);

/**
 * The theme vocabulary and the place names come from the graph, not from `seed/themes.yaml`: the
 * graph is what request ids are checked against and what results link to, it is what an
 * instance was actually loaded with, and the built server does not carry the seed files. They are
 * read once and kept for `CACHE_MS` (a new seed shows after that); communes, too many to keep,
 * are looked up per text in the full-text index.
 */
export const CACHE_MS = 10 * 60_000;

export interface Themes {
	list: VocabularyTheme[];
	byId: Map<string, VocabularyTheme>;
	hierarchy: ThemeHierarchy;
	index: ThemeIndex;
}

const themeCache = new WeakMap<Database, { at: number; value: Promise<Themes> }>();
const placeCache = new WeakMap<Database, { at: number; value: Promise<PlaceIndex> }>();

function cached<T>(cache: WeakMap<Database, { at: number; value: Promise<T> }>, database: Database, load: () => Promise<T>): Promise<T> {
	const known = cache.get(database);
	if (known && Date.now() - known.at < CACHE_MS) return known.value;
	const value = load();
	cache.set(database, { at: Date.now(), value });
	// A failed read (database down) is not kept: the next request tries again.
	value.catch(() => cache.delete(database));
	return value;
}

/** The theme vocabulary of the graph, with its hierarchy and its phrase index. */
export function loadThemes(database: Database): Promise<Themes> {
	return cached(themeCache, database, async () => {
		const themes: VocabularyTheme[] = await LIST_THEMES.read(database);
		return {
			list: themes,
			byId: new Map(themes.map((theme) => [theme.id, theme])),
			hierarchy: new ThemeHierarchy(themes),
			index: buildThemeIndex(themes)
		};
	});
}

/**
 * The themes candidates and funders are looked for by when `ids` are asked: the themes and their
 * narrower ones and, when those are addressed by fewer than `enough` actors and projects, their
 * broader ones too. A broad theme (« innovation ») is addressed by thousands on the national graph;
 * its actors rank below those of the themes asked (a broader theme earns 0.4 of an exact one), yet
 * reading them cost more than all the rest of a request. Where the close themes are few, the
 * broader ones still fill the list.
 */
export function searchedThemes(themes: Themes, ids: readonly string[], enough: number): string[] {
	const close = themes.hierarchy.relatives(ids, { broader: false });
	const addressed = close.reduce((sum, id) => sum + (themes.byId.get(id)?.addressedBy ?? 0), 0);
	return addressed >= enough ? close : themes.hierarchy.relatives(ids);
}

/** The names of every région, département, EPCI and territory, indexed. */
export function loadPlaces(database: Database): Promise<PlaceIndex> {
	return cached(placeCache, database, async () => {
		return buildPlaceIndex(await LIST_PLACES.read(database));
	});
}

/** The communes whose names a text may contain (the caller keeps those written in full). */
async function findCommunes(database: Database, text: string): Promise<CommuneName[]> {
	const query = communeQuery(text);
	if (query === null) return [];
	return FIND_COMMUNES.read(database, { query, limit: 400 });
}

/** What a text names: themes of the vocabulary and places of the graph. */
export async function recogniseText(database: Database, text: string): Promise<{ themes: Recognised[]; places: Recognised[] }> {
	const [themes, places, communes] = await Promise.all([loadThemes(database), loadPlaces(database), findCommunes(database, text)]);
	return { themes: findThemes(text, themes.index), places: findPlaces(text, places, communes) };
}
