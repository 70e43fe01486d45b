import { cypher } from '$lib/server/db/cypher';
import type { Database } from '$lib/server/db/neo4j';
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
import { numberOf, record, stringOf, strings } from './values';

const LIST_THEMES = cypher('partners/list-themes');
const LIST_PLACES = cypher('partners/list-places');
const FIND_COMMUNES = cypher('partners/find-communes');

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
		const rows = await database.read(LIST_THEMES);
		const themes = rows.map((row) => {
			const theme = record(row.theme);
			return {
				id: stringOf(theme.id) ?? '',
				name: stringOf(theme.name) ?? '',
				...(stringOf(theme.nameEn) ? { nameEn: stringOf(theme.nameEn) } : {}),
				synonyms: strings(theme.synonyms),
				broader: strings(theme.broader)
			};
		});
		return {
			list: themes,
			byId: new Map(themes.map((theme) => [theme.id, theme])),
			hierarchy: new ThemeHierarchy(themes),
			index: buildThemeIndex(themes)
		};
	});
}

/** The names of every région, département, EPCI and territory, indexed. */
export function loadPlaces(database: Database): Promise<PlaceIndex> {
	return cached(placeCache, database, async () => {
		const rows = await database.read(LIST_PLACES);
		return buildPlaceIndex(
			rows.map((row) => {
				const place = record(row.place);
				return {
					id: stringOf(place.id) ?? '',
					name: stringOf(place.name) ?? '',
					aliases: strings(place.aliases),
					labels: strings(place.labels),
					...(stringOf(place.kind) ? { kind: stringOf(place.kind) } : {}),
					...(stringOf(place.phase) ? { phase: stringOf(place.phase) } : {})
				};
			})
		);
	});
}

/** The communes whose names a text may contain (the caller keeps those written in full). */
async function findCommunes(database: Database, text: string): Promise<CommuneName[]> {
	const query = communeQuery(text);
	if (query === null) return [];
	const rows = await database.read(FIND_COMMUNES, { query, limit: 400 });
	return rows.map((row) => {
		const commune = record(row.commune);
		const population = numberOf(commune.population);
		return {
			id: stringOf(commune.id) ?? '',
			name: stringOf(commune.name) ?? '',
			units: strings(commune.units),
			...(population !== undefined ? { population } : {})
		};
	});
}

/** What a text names: themes of the vocabulary and places of the graph. */
export async function recogniseText(database: Database, text: string): Promise<{ themes: Recognised[]; places: Recognised[] }> {
	const [themes, places, communes] = await Promise.all([loadThemes(database), loadPlaces(database), findCommunes(database, text)]);
	return { themes: findThemes(text, themes.index), places: findPlaces(text, places, communes) };
}
