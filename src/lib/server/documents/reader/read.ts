import type { Mention, Proposal, Section } from '$lib/domain/documents';
import { foldText } from '$lib/domain/text';
import { indexOfWords, PLACE_CUES } from './cues';
import { sentencesOf, tokenise, type Span, type Token } from './french';
import type { Gazetteer, GazetteerEntry } from './gazetteer';
import { abridgedMentions, describedMentions, knownMentions, type KnownMention } from './known';
import { headedProjects } from './headings';
import type { NewMention } from './names';
import { placesInNames } from './named-places';
import { newOrganisations } from './organisations';
import { headingPeople, people, titledPeople } from './people';
import { properNouns } from './proper-nouns';
import { relate, type Named } from './relations';
import { sectionsOf } from './sections';
import { cuedTerritories } from './territories';
import { amountsIn, datesIn, yearsIn } from './values';

/**
 * Reads a French text: its sections, the names it gives (entities of the graph, new
 * organisations, people in a public role, amounts, years and dates) and the relationships it
 * states between them, each with its sentence. Pure and offline: the graph comes in as a
 * gazetteer.
 */

export interface Reading {
	sections: Section[];
	mentions: Mention[];
	proposals: Proposal[];
}

/** Places a longer organisation name may end with: « Imaginor Hydrogène Normandie », « Fictivia Usinage Figeac ». */
const PLACES: ReadonlySet<string> = new Set(['Commune', 'Department', 'Region']);

function overlaps(a: { first: number; last: number }, first: number, last: number): boolean {
	return first < a.last && last > a.first;
}

/** A new organisation named again without its cue (« Fictivia Composites » after « la société Fictivia Composites »). */
function laterOccurrences(
	tokens: readonly Token[],
	cued: readonly NewMention[],
	known: readonly KnownMention[],
	blocking: (mention: KnownMention, first: number, last: number) => boolean
): NewMention[] {
	const found: NewMention[] = [];
	const taken = (first: number, last: number) =>
		known.some((mention) => blocking(mention, first, last)) || [...cued, ...found].some((mention) => overlaps(mention, first, last));
	const folded = tokens.map((token) => token.folded);
	const seen = new Set<string>();
	for (const organisation of cued) {
		const words = folded.slice(organisation.first, organisation.last);
		if (seen.has(words.join(' '))) continue;
		seen.add(words.join(' '));
		for (let at = indexOfWords(folded, words); at !== -1; at = indexOfWords(folded, words, at + 1)) {
			const last = at + words.length;
			if (!tokens[at].capitalised || taken(at, last)) continue;
			const start = tokens[at].start;
			const end = tokens[last - 1].end;
			found.push({ ...organisation, start, end, first: at, last, reason: 'nommée plus haut' });
		}
	}
	return found;
}

/** The line of the top-level heading (« # … ») whose part holds `at`, if any. */
function topHeadingAt(text: string, sections: readonly Section[], at: number): Span | undefined {
	const top = sections.filter((section) => section.start <= at && /^#\s/u.test(text.slice(section.start, section.start + 2))).at(-1);
	if (!top) return undefined;
	const end = text.indexOf('\n', top.start);
	return { start: top.start, end: end === -1 ? text.length : end };
}

/** An entity the text does not name where it stands, for relating: the Government, the project the document presents. */
function unplaced(entry: GazetteerEntry): Named {
	return {
		text: entry.name,
		start: -1,
		end: -1,
		first: -1,
		last: -1,
		entityId: entry.id,
		name: entry.name,
		kind: entry.kind,
		category: 'known'
	};
}

/** The document's title as its text gives it: its first line, when short (« # OSER les Réseaux ! »). */
function titleOf(text: string): string {
	const line = /^[\s#]*([^\n]*)/u.exec(text)?.[1]?.trim() ?? '';
	return line.length <= 120 ? line : '';
}

export function readDocument(text: string, gazetteer: Gazetteer): Reading {
	const tokens = tokenise(text);
	/** « la Région Auvergne-Rhône-Alpes » is the institution, « en Auvergne-Rhône-Alpes » the place. */
	const regionAsBody = (mention: KnownMention) =>
		mention.kind === 'Region' && tokens[mention.first - 1]?.folded === 'region' && tokens[mention.first - 1].capitalised;
	/** « en Normandie », « la préfecture de Normandie »: a Région or a département after a place cue is where, not who. */
	const placeOnly = (mention: KnownMention) =>
		['Region', 'Department'].includes(mention.kind) &&
		PLACE_CUES.has(tokens[mention.first - 1]?.folded ?? '') &&
		!tokens[mention.first - 1].capitalised;
	const sections = sectionsOf(text);
	const sentences = sentencesOf(text);
	const territories = cuedTerritories(text, tokens, gazetteer);
	const found = [
		...knownMentions(text, tokens, gazetteer).filter(
			(mention) => !territories.some((territory) => overlaps(territory, mention.first, mention.last))
		),
		...territories
	].sort((a, b) => a.first - b.first);
	const described = [
		...found,
		...describedMentions(
			text,
			tokens,
			sentences,
			gazetteer,
			(first, last) => found.some((mention) => overlaps(mention, first, last)),
			(at) => topHeadingAt(text, sections, at)
		),
		...abridgedMentions(text, tokens, gazetteer, (first, last) => found.some((mention) => overlaps(mention, first, last)))
	];
	// A heading's project the graph knows keeps its entity; a new one swallows the places of its name (« Atelier de Figeac »).
	const headed = headedProjects(text, tokens).filter(
		(project) => !described.some((mention) => mention.kind === 'Project' && overlaps(mention, project.first, project.last))
	);
	const unheaded = described.filter((mention) => !headed.some((project) => overlaps(project, mention.first, mention.last)));
	// « le cluster Imaginor Hydrogène Normandie »: a place closing a cued name is part of that name, not the Région.
	const blocking = (mention: KnownMention, first: number, last: number) =>
		overlaps(mention, first, last) && !(PLACES.has(mention.kind) && mention.first > first && mention.last <= last);
	const cued = [
		...headed,
		...newOrganisations(text, tokens, (first, last) =>
			[...unheaded, ...headed].some((mention) => ('entry' in mention ? blocking(mention, first, last) : overlaps(mention, first, last)))
		)
	];
	const organisations = [...cued, ...laterOccurrences(tokens, cued, unheaded, blocking)].sort((a, b) => a.first - b.first);
	const known = unheaded.filter((mention) => !organisations.some((organisation) => overlaps(organisation, mention.first, mention.last)));
	const notPeople = (first: number, last: number) =>
		[...known.filter((mention) => mention.kind !== 'Person'), ...organisations].some((mention) => overlaps(mention, first, last));
	const named = people(text, tokens, notPeople);
	const persons = [
		...named,
		...titledPeople(text, tokens, (first, last) => notPeople(first, last) || named.some((person) => overlaps(person, first, last))),
		...headingPeople(text, tokens, (first, last) => notPeople(first, last) || named.some((person) => overlaps(person, first, last)))
	];
	// A person the graph knows keeps its entity, and gains the role its sentence gives.
	const knownPeople = known.filter((mention) => mention.kind === 'Person');
	const people_ = persons.map((person) => {
		const same = knownPeople.find((mention) => overlaps(mention, person.first, person.last));
		return same ? { ...person, entityId: same.entityId, name: same.name, category: 'known' as const } : person;
	});
	// « Présidence : Hélène Fictivier » then « présidée par Hélène Fictivier »: one name, one kind in the whole reading.
	const cuedByName = new Map([...organisations, ...people_].map((mention) => [foldText(mention.name), mention]));
	const uncued = properNouns(text, tokens, (first, last) =>
		[...known, ...organisations, ...people_].some((mention) => overlaps(mention, first, last))
	).map((mention) => {
		const same = cuedByName.get(foldText(mention.name));
		return same ? { ...mention, kind: same.kind, category: same.category, reason: 'nommée ailleurs dans le texte' } : mention;
	});
	const names: Named[] = [
		...known
			.filter(
				(mention) =>
					!people_.some(
						(person) => person.entityId && person.entityId === mention.entityId && overlaps(person, mention.first, mention.last)
					)
			)
			.map((mention) => ({
				...mention,
				...((mention.entry.institution && !placeOnly(mention)) || regionAsBody(mention) ? { institution: true } : {})
			})),
		...organisations,
		...people_,
		...uncued
	];
	const amounts = amountsIn(text);
	const dates = datesIn(text);
	// « France 2030 », « 20 septembre 2018 »: a year inside an amount or a name is none of its own.
	const years = [...yearsIn(text, dates), ...dates].filter(
		(year) => ![...amounts, ...names].some((other) => year.start < other.end && year.end > other.start)
	);
	const located = placesInNames(text, tokens, names, gazetteer);
	const presented = gazetteer.presentedBy(titleOf(text));
	const [government] = gazetteer.named('Gouvernement');
	const proposals = relate({
		...{ text, tokens, sentences, sections, names, amounts, years, located },
		...(government ? { government: unplaced(government) } : {}),
		...(presented ? { itself: unplaced(presented) } : {})
	});
	const mentions: Mention[] = [...names, ...amounts, ...years]
		.map(({ text: written, start, end, entityId, name, kind, category, value, reason }) => ({
			text: written,
			start,
			end,
			...(entityId ? { entityId } : {}),
			name,
			kind,
			category,
			...(value !== undefined ? { value } : {}),
			...(reason ? { reason } : {})
		}))
		.sort((a, b) => a.start - b.start);
	return { sections, mentions, proposals };
}
