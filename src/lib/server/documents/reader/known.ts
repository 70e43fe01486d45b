import type { Mention } from '$lib/domain/documents';
import { PLACE_CUES } from './cues';
import { nameKey, type Span, type Token } from './french';
import { joined } from './names';
import { isGeography, type Gazetteer, type GazetteerEntry, type NameMatch } from './gazetteer';
import { distinctive } from './name-words';

/**
 * Mentions of entities the graph knows, found by their names and aliases (accents, case and
 * elisions set aside), longest name first. A place named by one word (a commune called like a
 * common word, or like another commune) is only taken after a place cue (« à », « de »,
 * « implantée à »…) or with its département in parentheses; homonyms are told apart by the
 * départements the text speaks of, a Territoire d'industrie by the current phase.
 */

export interface KnownMention extends Mention {
	entry: GazetteerEntry;
	/** Named in passing (see Named.aside). */
	aside?: boolean;
	/** Token range. */
	first: number;
	last: number;
}

export const CURRENT_PHASE = '2023-2027';
/** Place cues that also join names of any kind (« l'initiative de Renault »): they let a place be meant, not preferred. */
const WEAK_PLACE_CUES: ReadonlySet<string> = new Set(['de', 'd', 'du', 'et', 'entre']);

function placeCued(tokens: readonly Token[], match: NameMatch, text: string): string | null {
	const before = tokens[match.first - 1];
	if (before && PLACE_CUES.has(before.folded)) return `après « ${before.text} »`;
	// « du nord de la Vienne », « dans l'Isère »: a département's article after a place cue.
	const cue = tokens[match.first - 2];
	if (before && ['la', 'le', 'l', 'les'].includes(before.folded) && cue && PLACE_CUES.has(cue.folded))
		return `après « ${cue.text} ${before.text} »`;
	const after = text.slice(tokens[match.last - 1].end, tokens[match.last - 1].end + 6);
	if (/^\s*\((?:\d{2}|2[ab]|\d{3})\)/iu.test(after)) return 'avec son département';
	return null;
}

function acceptable(text: string, tokens: readonly Token[], match: NameMatch): boolean {
	// A name's words follow each other: no parenthesis, quote or line break between them — except
	// « Chambre de commerce et d’industrie (CCI) Rouen Métropole », where the acronym opens the name.
	const opened = /\(\s*$/u.test(text.slice(Math.max(0, tokens[match.first].start - 2), tokens[match.first].start));
	for (let index = match.first + 1; index < match.last; index++) {
		const gap = text.slice(tokens[index - 1].end, tokens[index].start);
		if (gap.includes('\n') || !(opened ? /^[\s\u00a0\u202f'’\-–—&.,/)]*$/u : /^[\s\u00a0\u202f'’\-–—&.,/]*$/u).test(gap)) return false;
	}
	const first = tokens[match.first];
	// « l'UIMM Exemplia Loire » is another organisation than « UIMM »: an acronym alone, followed by capitalised words, is not matched.
	const next = tokens[match.last];
	if (
		match.last - match.first === 1 &&
		/^[\p{Lu}\d]{2,}$/u.test(first.text) &&
		next?.capitalised &&
		!/^\d/u.test(next.text) &&
		/^[\s\u00a0\u202f]+$/u.test(text.slice(first.end, next.start))
	)
		return false;
	if (first.capitalised) return true;
	// « l'agglomération mulhousienne »: a name the graph itself writes in lower case.
	const matched = tokens
		.slice(match.first, match.last)
		.map((token) => token.folded)
		.join(' ');
	if (
		match.entries.some((entry) =>
			[entry.name, ...entry.aliases].some((name) => /^\p{Ll}/u.test(name) && nameKey(name).join(' ') === matched)
		)
	)
		return true;
	// « communauté de communes du Pays de Bray », « pôle métropolitain rouennais »: a long name may
	// be written in lower case; three words or more of a full name are no accident.
	const words = tokens.slice(match.first, match.last);
	return words.length >= 3 && words.map((token) => token.text).join(' ').length >= 15;
}

/**
 * Projects and programmes the text describes instead of naming (see Gazetteer.describedBy): taken
 * at the first distinctive word of their name, where no other mention is. The words of the
 * sentence count with those of its part's top-level heading: « un projet d'autoconsommation
 * collective » under « # Collaboration entre le Territoire d'industrie Saint-Marcellin Vercors
 * Bièvre Isère et… » describes « Autoconsommation collective photovoltaïque du Territoire
 * d'industrie Saint-Marcellin Vercors Bièvre Isère ».
 */
export function describedMentions(
	text: string,
	tokens: readonly Token[],
	sentences: readonly Span[],
	gazetteer: Gazetteer,
	taken: (first: number, last: number) => boolean,
	headingOf: (at: number) => Span | undefined = () => undefined
): KnownMention[] {
	const found: KnownMention[] = [];
	for (const sentence of sentences) {
		const inside = tokens
			.map((token, index) => ({ token, index }))
			.filter(({ token }) => token.start >= sentence.start && token.end <= sentence.end);
		const heading = headingOf(sentence.start);
		const headed = heading ? tokens.filter((token) => token.start >= heading.start && token.end <= heading.end) : [];
		const words = new Set([...inside, ...headed.map((token) => ({ token }))].map(({ token }) => token.folded));
		for (const { token, index } of inside) {
			for (const entry of gazetteer.describedBy(token.folded, words)) {
				if (taken(index, index + 1) || found.some((mention) => mention.entityId === entry.id && mention.start >= sentence.start)) continue;
				found.push({
					text: token.text,
					start: token.start,
					end: token.end,
					entityId: entry.id,
					name: entry.name,
					kind: entry.kind,
					category: 'known',
					reason: 'décrit par la phrase',
					entry,
					first: index,
					last: index + 1
				});
			}
		}
	}
	return found;
}

const DEFINITE = new Set(['l', 'le', 'la', 'les', 'du', 'au']);

/**
 * « la finalisation de l'étude d'opportunité, financée par l'ANCT et portée par la communauté de
 * communes Bièvre-Isère »: a project named, after a definite article, by the start of its name that
 * no other project shares (Gazetteer.abridgedAt), when half the distinctive words of the rest of
 * its name are near.
 */
export function abridgedMentions(
	text: string,
	tokens: readonly Token[],
	gazetteer: Gazetteer,
	taken: (first: number, last: number) => boolean
): KnownMention[] {
	const folded = tokens.map((token) => token.folded);
	const found: KnownMention[] = [];
	for (let index = 1; index < tokens.length; index++) {
		if (!DEFINITE.has(folded[index - 1])) continue;
		const match = gazetteer.abridgedAt(folded, index);
		if (!match || taken(index, match.last)) continue;
		if (tokens[match.last]?.capitalised && joined(text, tokens[match.last - 1], tokens[match.last])) continue;
		const near = new Set(folded.slice(Math.max(0, index - NEARBY), match.last + NEARBY));
		if (match.rest.filter((word) => near.has(word)).length < Math.ceil(match.rest.length / 2)) continue;
		const { entry } = match;
		const [start, end] = [tokens[index].start, tokens[match.last - 1].end];
		found.push({
			...{ text: text.slice(start, end), start, end, entityId: entry.id, name: entry.name, kind: entry.kind, category: 'known' },
			...{ reason: 'début de son nom', entry, first: index, last: match.last, aside: true }
		});
	}
	return found;
}

export function knownMentions(text: string, tokens: readonly Token[], gazetteer: Gazetteer): KnownMention[] {
	const folded = tokens.map((token) => token.folded);
	const raw: { match: NameMatch; entries: GazetteerEntry[]; reason: string }[] = [];
	for (let index = 0; index < tokens.length;) {
		const match = gazetteer.matchesAt(folded, index).find((candidate) => acceptable(text, tokens, candidate));
		if (!match) {
			index++;
			continue;
		}
		const single = match.last - match.first === 1;
		const cue = placeCued(tokens, match, text);
		let entries = match.entries.filter(
			(entry) => !(isGeography(entry.kind) && entry.kind !== 'Region' && !entry.institution && single && !cue)
		);
		const actors = entries.filter((entry) => !isGeography(entry.kind));
		if (actors.length > 0 && actors.length < entries.length && !cue) entries = actors;
		// « Région Bretagne » is the Région, not the communes named Bretagne.
		const regions = entries.filter((entry) => entry.kind === 'Region');
		if (tokens[match.first - 1]?.folded === 'region' && regions.length > 0) entries = regions;
		// « implanté dans la région Pays Basque »: after a cue that says where (not « de », « et »), the place rather than its namesake.
		const places = entries.filter((entry) => isGeography(entry.kind));
		if (cue && !WEAK_PLACE_CUES.has(tokens[match.first - 1]?.folded ?? '') && places.length > 0 && places.length < entries.length)
			entries = places;
		if (entries.length === 0) {
			index++;
			continue;
		}
		raw.push({ match, entries, reason: cue ? `nom connu, ${cue}` : 'nom connu' });
		index = match.last;
	}
	const context = new Map<string, number>();
	for (const { entries } of raw) {
		// « Bretagne » may be the Région or a commune: its communes' départements are no context.
		if (entries.some((entry) => entry.kind === 'Region')) continue;
		const departements = new Set(entries.map((entry) => entry.departement).filter((code): code is string => !!code));
		if (departements.size === 1) {
			const [code] = departements;
			context.set(code, (context.get(code) ?? 0) + 1);
		}
	}
	const mentions: KnownMention[] = [];
	for (const { match, entries, reason } of raw) {
		const entry = resolve(entries, context) ?? byNearbyWords(entries, folded, match);
		if (!entry) continue;
		const start = tokens[match.first].start;
		const end = tokens[match.last - 1].end;
		mentions.push({
			text: text.slice(start, end),
			start,
			end,
			entityId: entry.id,
			name: entry.name,
			kind: entry.kind,
			category: 'known',
			reason: entries.length > 1 ? `${reason} ; homonymes départagés` : reason,
			entry,
			first: match.first,
			last: match.last
		});
	}
	return mentions;
}

/** Tokens either side of a name where the rest of a homonym's full name may be found. */
const NEARBY = 300;

/**
 * « la CCI » near « Campus Industrie 4.0 » is « Chambre de Commerce et d'Industrie (CCI) de Campus
 * Industrie 4.0 »: among homonyms, the one the most of whose other distinctive words are near.
 */
function byNearbyWords(entries: readonly GazetteerEntry[], folded: readonly string[], match: NameMatch): GazetteerEntry | null {
	if (entries.length < 2) return null;
	const near = new Set(folded.slice(Math.max(0, match.first - NEARBY), match.last + NEARBY));
	const matched = new Set(folded.slice(match.first, match.last));
	const scored = entries
		.map((entry) => ({ entry, score: distinctive(entry.name).filter((word) => !matched.has(word) && near.has(word)).length }))
		.sort((a, b) => b.score - a.score);
	return scored[0].score > 0 && scored[0].score > scored[1].score ? scored[0].entry : null;
}

/** One entity among homonyms, or none when the text does not say which. */
function resolve(entries: readonly GazetteerEntry[], context: ReadonlyMap<string, number>): GazetteerEntry | null {
	if (entries.length === 1) return entries[0];
	const current = entries.filter((entry) => entry.kind !== 'Territory' || entry.phase === CURRENT_PHASE);
	if (current.length === 1) return current[0];
	const scored = current
		.map((entry) => ({ entry, score: entry.departement ? (context.get(entry.departement) ?? 0) : 0 }))
		.sort((a, b) => b.score - a.score);
	if (scored[0] && scored[0].score > (scored[1]?.score ?? 0)) return scored[0].entry;
	// « de Bretagne »: a Région rather than the small communes that share its name, when the text says no more.
	const regions = current.filter((entry) => entry.kind === 'Region');
	if (regions.length === 1) return regions[0];
	// « du Doubs »: the département rather than the commune of the same name.
	const departements = current.filter((entry) => entry.kind === 'Department');
	return departements.length === 1 ? departements[0] : null;
}
