import { kindOf, type EntityKind } from '$lib/domain/model';
import { foldText } from '$lib/domain/text';
import { placeKey, tokenize, type Token } from './text';
import type { Recognised } from './recognise';

/** Recognising régions, départements, EPCI, territories and communes in a French description, longest phrase first. */

/** A région, département, EPCI or territory as `cypher/partners/list-places` reads it. */
export interface PlaceName {
	id: string;
	name: string;
	aliases: string[];
	labels: string[];
	/** EPCI kind (CC, CA, CU, METRO…) or territory kind. */
	kind?: string;
	phase?: string;
}

/** A commune as `cypher/partners/find-communes` reads it. */
export interface CommuneName {
	id: string;
	name: string;
	population?: number;
	/** Ids of its département and région. */
	units: string[];
}

interface PlacePhrase {
	id: string;
	name: string;
	kind: EntityKind;
	/** Lower wins when two places have the same name (see `placePriority`). */
	priority: number;
	population?: number;
	units?: string[];
}

/**
 * Which place a name means when several share it: the région or département first, then a
 * territory of the current phase, an EPCI by its full name, a commune, an EPCI by the core of
 * its name ("Lamballe Terre et Mer" for "CA Lamballe Terre et Mer"), and a territory of the first
 * phase (2019-2022) last.
 */
export const placePriority = { Region: 1, Department: 2, Territory: 3, EPCI: 4, Commune: 5, epciCore: 6, formerTerritory: 7 } as const;

/** Place phrases by their folded words. */
export type PlaceIndex = Map<string, PlacePhrase[]>;

const EPCI_PREFIX = /^(?:CC|CA|CU|EPT|Métropole)\s+/u;
const LEADING_ARTICLE = /^(?:du|des|de la|de l['’]|de|d['’])\s*/iu;
const EXPANSIONS: Record<string, string> = { CC: 'Communauté de communes', CA: "Communauté d'agglomération", CU: 'Communauté urbaine' };

/** Every name a place answers to, with its priority. */
function placePhrases(place: PlaceName): { phrase: string; entry: PlacePhrase }[] {
	const kind = kindOf(place.labels);
	if (!kind) return [];
	const base = { id: place.id, name: place.name, kind };
	const priority =
		kind === 'Territory' && place.phase === '2019-2022' ? placePriority.formerTerritory : placePriority[kind as keyof typeof placePriority];
	const names = [place.name, ...place.aliases].map((phrase) => ({ phrase, entry: { ...base, priority } }));
	if (kind !== 'EPCI') return names;
	const prefix = EPCI_PREFIX.exec(place.name);
	if (!prefix) return names;
	const core = place.name.slice(prefix[0].length).replace(LEADING_ARTICLE, '');
	const expansion = EXPANSIONS[prefix[0].trim()];
	return [
		...names,
		{ phrase: core, entry: { ...base, priority: placePriority.epciCore } },
		...(expansion ? [{ phrase: `${expansion} ${place.name.slice(prefix[0].length)}`, entry: { ...base, priority } }] : [])
	];
}

/** Indexes the names of régions, départements, EPCI and territories. */
export function buildPlaceIndex(places: readonly PlaceName[]): PlaceIndex {
	const index: PlaceIndex = new Map();
	for (const place of places) {
		for (const { phrase, entry } of placePhrases(place)) {
			const key = placeKey(tokenize(phrase));
			if (key === '') continue;
			const list = index.get(key) ?? [];
			if (!list.some((known) => known.id === entry.id && known.priority <= entry.priority)) list.push(entry);
			index.set(key, list);
		}
	}
	return index;
}

/** Words that join the parts of a place name ("Saint-Pierre-d'Oléron", "Aix-en-Provence"). */
const PARTICLES = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'les', 'l', 'sur', 'sous', 'en', 'et', 'les', 'aux', 'au', 'a', 'y']);

/**
 * Communes whose name is also a common word, which a capital at the head of a title or in a
 * name ("Terre & Mer") does not make a place. Found by listing short commune names.
 */
const COMMON_WORDS = new Set([
	'mer',
	'rue',
	'die',
	'sens',
	'orange',
	'eu',
	'brie',
	'bras',
	'lux',
	'mons',
	'isle',
	'anse',
	'vif',
	'ham',
	'gap',
	'plan',
	'val',
	'port',
	'ville',
	'bois',
	'pont',
	'lac',
	'mont',
	'vert',
	'est',
	'nord',
	'sud',
	'ouest',
	'centre',
	'vie',
	'fer',
	'sel',
	'marne',
	'bar',
	'nay',
	'noe',
	'leon'
]);

const MAX_PLACE_WORDS = 8;

/**
 * The phrases of a text that could be commune names, for the full-text index: runs of words that
 * start and end with a capital, joined by particles, at most eight words. A lone word at the
 * start of a sentence, a particle or a common word is left out. Phrases keep apostrophes, as the
 * index reads "d'Oléron" as one word.
 */
export function communePhrases(text: string): string[] {
	const tokens = tokenize(text);
	const phrases = new Set<string>();
	for (let start = 0; start < tokens.length; start++) {
		if (!tokens[start].capitalised) continue;
		for (let end = start; end < Math.min(tokens.length, start + MAX_PLACE_WORDS); end++) {
			const token = tokens[end];
			const gap = end > start ? text.slice(tokens[end - 1].end, token.start) : '';
			// Inside a name, particles are joined by hyphens or apostrophes ("Saint-Pierre-d'Oléron");
			// spaces only join capitalised words ("Le Havre").
			if (end > start && (/[^\s'’-]/u.test(gap) || (!token.capitalised && (!PARTICLES.has(token.folded) || /\s/u.test(gap))))) break;
			if (end > start && !tokens[end - 1].capitalised && /\s/u.test(gap)) break;
			if (!token.capitalised || !acceptable(tokens.slice(start, end + 1))) continue;
			phrases.add(
				foldText(text.slice(tokens[start].start, token.end))
					.replace(/’/g, "'")
					.replace(/[^\p{L}\p{N}']+/gu, ' ')
					.trim()
			);
		}
	}
	return [...phrases];
}

/** The Lucene query that finds the communes a text may name; null when it names none. */
export function communeQuery(text: string, most = 60): string | null {
	const phrases = communePhrases(text).slice(0, most);
	return phrases.length === 0 ? null : phrases.map((phrase) => `"${phrase}"`).join(' OR ');
}

function acceptable(span: readonly Token[]): boolean {
	if (span.length > 1) return true;
	const [word] = span;
	return word.folded.length >= 2 && !word.sentenceStart && !PARTICLES.has(word.folded) && !COMMON_WORDS.has(word.folded);
}

interface Candidate {
	start: number;
	end: number;
	entries: PlacePhrase[];
}

/**
 * The places a text names, in the order they appear. Régions, départements, EPCI and territories
 * come from the index; communes from those the full-text index found, kept only when their whole
 * name is written. A name written without capitals counts only for régions and départements of
 * several words ("nouvelle aquitaine"); a one-word name needs its capital, and a commune's
 * one-word name must not open a sentence nor be a common word. When a phrase could be several
 * places, the longest phrase wins, then `placePriority`; communes of the same name are told apart
 * by a département or région the text also names, else the most populated is kept.
 */
export function findPlaces(text: string, index: PlaceIndex, communes: readonly CommuneName[] = []): Recognised[] {
	const tokens = tokenize(text);
	const communeIndex = new Map<string, PlacePhrase[]>();
	for (const commune of communes) {
		const key = placeKey(tokenize(commune.name));
		const list = communeIndex.get(key) ?? [];
		if (!list.some((known) => known.id === commune.id)) {
			list.push({ ...commune, kind: 'Commune', priority: placePriority.Commune });
		}
		communeIndex.set(key, list);
	}

	const candidates: Candidate[] = [];
	for (let start = 0; start < tokens.length; start++) {
		for (let end = start + 1; end <= Math.min(tokens.length, start + MAX_PLACE_WORDS); end++) {
			const span = tokens.slice(start, end);
			const key = placeKey(span);
			const entries = [...(index.get(key) ?? []), ...(communeIndex.get(key) ?? [])].filter((entry) => written(entry, span));
			if (entries.length > 0) candidates.push({ start, end, entries });
		}
	}
	// Longest first, then the best kind, then the earliest: a greedy cover without overlaps.
	const best = (candidate: Candidate) => Math.min(...candidate.entries.map((entry) => entry.priority));
	candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || best(a) - best(b) || a.start - b.start);
	const taken = new Array<boolean>(tokens.length).fill(false);
	const chosen: { start: number; entries: PlacePhrase[]; matched: string }[] = [];
	for (const candidate of candidates) {
		if (taken.slice(candidate.start, candidate.end).some(Boolean)) continue;
		taken.fill(true, candidate.start, candidate.end);
		const top = best(candidate);
		chosen.push({
			start: candidate.start,
			entries: candidate.entries.filter((entry) => entry.priority === top),
			matched: text.slice(tokens[candidate.start].start, tokens[candidate.end - 1].end)
		});
	}
	chosen.sort((a, b) => a.start - b.start);
	const named = new Set(chosen.filter((choice) => choice.entries.length === 1).map((choice) => choice.entries[0].id));

	const found = new Map<string, Recognised>();
	for (const choice of chosen) {
		const entry = choice.entries.length === 1 ? choice.entries[0] : disambiguate(choice.entries, named);
		const known = found.get(entry.id) ?? { id: entry.id, name: entry.name, kind: entry.kind, matched: [] };
		if (!known.matched.includes(choice.matched)) known.matched.push(choice.matched);
		found.set(entry.id, known);
	}
	return [...found.values()];
}

/** Is the phrase written as this kind of place must be? */
function written(entry: PlacePhrase, span: readonly Token[]): boolean {
	if (span.length === 1) {
		if (!span[0].capitalised) return false;
		if (entry.kind === 'Commune' || entry.priority === placePriority.epciCore) return acceptable(span);
		return true;
	}
	if (entry.kind === 'Region' || entry.kind === 'Department') return true;
	return span[0].capitalised;
}

function disambiguate(entries: readonly PlacePhrase[], named: ReadonlySet<string>): PlacePhrase {
	const inNamed = entries.filter((entry) => entry.units?.some((unit) => named.has(unit)));
	const pool = inNamed.length > 0 ? inNamed : entries;
	return [...pool].sort((a, b) => (b.population ?? 0) - (a.population ?? 0) || a.id.localeCompare(b.id))[0];
}
