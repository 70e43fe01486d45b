import type { Token } from './french';
import type { Gazetteer } from './gazetteer';
import type { Named } from './kinds';

/** Organisations whose name may end with where they are; a territory, a project or a public body is named after what it covers. */
const ORGANISATIONS: ReadonlySet<string> = new Set(['Company', 'Cluster', 'Support', 'Academic', 'Association']);
const PLACE_KINDS: ReadonlySet<string> = new Set(['Commune', 'Department']);
/** Longest place name tried at the end of an organisation's name, in words (« Saint-Pierre-d'Oléron »). */
const LONGEST = 4;

export interface NamedPlace {
	type: 'LOCATED_IN';
	from: Named;
	to: Named;
	confidence: number;
	cue: string;
}

/**
 * Where an organisation is, when its name says it: « Ampère Cléon », « la CCI Puy-de-Dôme »,
 * « Constellium Issoire » end with a commune or a département the graph knows under that name
 * alone (a name shared by several communes says nothing), a one-word commune only when the text
 * also names it apart (« Bois » is a commune and a word). Once per organisation, at the first
 * mention that says it (« Constellium », then « le site Constellium d'Issoire »); the place is not a
 * mention of its own, it stays inside the name.
 */
export function placesInNames(text: string, tokens: readonly Token[], names: readonly Named[], gazetteer: Gazetteer): NamedPlace[] {
	const found: NamedPlace[] = [];
	const seen = new Set<string>();
	const mentioned = new Set(names.flatMap((named) => (named.entityId ? [named.entityId] : [])));
	for (const named of [...names].sort((a, b) => a.start - b.start)) {
		const key = named.entityId ?? named.name;
		if (!ORGANISATIONS.has(named.kind) || named.weak || seen.has(key)) continue;
		for (let length = Math.min(LONGEST, named.last - named.first - 1); length >= 1; length--) {
			const first = named.last - length;
			// « UIMM Rouen-Dieppe »: the end of a hyphenated pair of places is not where the whole is.
			if (!tokens[first].capitalised || /^-$/u.test(text.slice(tokens[first - 1].end, tokens[first].start))) continue;
			const written = text.slice(tokens[first].start, tokens[named.last - 1].end);
			const places = gazetteer.named(written).filter((entry) => PLACE_KINDS.has(entry.kind));
			if (places.length !== 1) continue;
			const [place] = places;
			// « Imaginor Bois »: a one-word commune may be a common word; taken when the text also names it on its own.
			if (length === 1 && place.kind === 'Commune' && !mentioned.has(place.id)) continue;
			const to: Named = {
				text: written,
				start: tokens[first].start,
				end: tokens[named.last - 1].end,
				first,
				last: named.last,
				entityId: place.id,
				name: place.name,
				kind: place.kind,
				category: 'known'
			};
			found.push({ type: 'LOCATED_IN', from: named, to, confidence: 0.5, cue: 'lieu dans le nom' });
			seen.add(key);
			break;
		}
	}
	return found;
}
