import { z } from 'zod';
import { proposalTypeSchema } from '$lib/domain/documents';
import { foldedWords } from '$lib/domain/text';
import data from './cues.json';

/**
 * The reader's French cues (cues.json), checked once at start-up and turned into word sequences:
 * what introduces a new organisation and its kind, which role words follow a person's name, and
 * which words between two names state which relationship.
 */

const kind = z.enum(['Company', 'Cluster', 'PublicBody', 'Support', 'Academic', 'Association', 'Project', 'Programme', 'Person']);
const cuesSchema = z.object({
	organisations: z.array(z.object({ cue: z.string(), kind, keepCue: z.boolean().optional(), example: z.string() })),
	afterName: z.array(z.object({ cue: z.string(), kind, example: z.string() })),
	acronymKinds: z.array(z.object({ firstWord: z.string(), kind })),
	personRoles: z.array(z.object({ words: z.array(z.string()), role: z.string(), example: z.string() })),
	relations: z.array(
		z.object({
			type: proposalTypeSchema,
			cues: z.array(z.string()),
			passive: z.boolean().optional(),
			role: z.string().optional(),
			placeOnly: z.boolean().optional(),
			confidence: z.number().min(0).max(1),
			example: z.string()
		})
	),
	unnamedReferents: z.object({
		nouns: z.array(z.object({ words: z.string(), kind: z.string(), notBefore: z.array(z.string()).optional() })),
		example: z.string()
	}),
	pronounGenders: z.object({ feminine: z.array(z.string()), masculine: z.array(z.string()), example: z.string() }),
	anaphors: z.array(
		z.object({
			words: z.string(),
			gender: z.enum(['masculine', 'feminine']).optional(),
			kind: z.enum(['Project', 'Cluster', 'Company']).optional(),
			example: z.string()
		})
	),
	projectHeadings: z.object({ words: z.array(z.string()), example: z.string() }),
	labels: z.array(z.object({ words: z.string(), type: proposalTypeSchema, role: z.string().optional(), example: z.string() })),
	placeCues: z.array(z.string()),
	notFirstNames: z.object({ words: z.array(z.string()), example: z.string() }),
	notNames: z.object({ words: z.array(z.string()), example: z.string() }),
	notProperNames: z.object({ words: z.array(z.string()), example: z.string() }),
	interviews: z.object({ cues: z.array(z.string()), events: z.array(z.string()), example: z.string() }),
	placedOpenings: z.object({ words: z.array(z.string()), example: z.string() }),
	memberLists: z.object({ openings: z.array(z.string()), example: z.string() }),
	credits: z.object({ words: z.array(z.string()), for: z.array(z.string()), example: z.string() })
});

const cues = cuesSchema.parse(data);

export type NewEntityKind = z.infer<typeof kind>;

export interface OrganisationCue {
	words: string[];
	kind: NewEntityKind;
	keepCue: boolean;
}

export interface RelationCue {
	words: string[];
	type: z.infer<typeof proposalTypeSchema>;
	passive: boolean;
	role?: string;
	placeOnly: boolean;
	confidence: number;
	label: string;
}

/** « du laboratoire X », « au pôle X »: « le » contracted with « de » or « à » opens the same cue. */
function withContractions(words: string[]): string[][] {
	return words[0] === 'le' ? [words, ['du', ...words.slice(1)], ['au', ...words.slice(1)]] : [words];
}

/** Longest first, so that « le pôle de compétitivité » wins over « le pôle ». */
export const ORGANISATION_CUES: readonly OrganisationCue[] = cues.organisations
	.flatMap((cue) => withContractions(foldedWords(cue.cue)).map((words) => ({ words, kind: cue.kind, keepCue: cue.keepCue ?? false })))
	.sort((a, b) => b.words.length - a.words.length);

export const AFTER_NAME_CUES = cues.afterName.map((cue) => ({ words: foldedWords(cue.cue), kind: cue.kind }));

export const ACRONYM_KINDS: ReadonlyMap<string, NewEntityKind> = new Map(cues.acronymKinds.map((entry) => [entry.firstWord, entry.kind]));

export const PERSON_ROLES: ReadonlyMap<string, string> = new Map(
	cues.personRoles.flatMap((entry) => entry.words.map((word) => [word, entry.role] as const))
);

export const RELATION_CUES: readonly RelationCue[] = cues.relations
	.flatMap((relation) =>
		relation.cues.map((cue) => ({
			words: foldedWords(cue),
			type: relation.type,
			passive: relation.passive ?? false,
			...(relation.role ? { role: relation.role } : {}),
			placeOnly: relation.placeOnly ?? false,
			confidence: relation.confidence,
			label: cue
		}))
	)
	.sort((a, b) => b.words.length - a.words.length);

/**
 * « il » and « elle » agree with the noun they stand for: the kinds named by a noun of the other
 * gender (« la communauté d'agglomération », « le cluster ») are not their antecedents.
 */
export const PRONOUN_EXCLUDES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
	cues.anaphors
		.filter((anaphor) => anaphor.gender)
		.map((anaphor) => [
			foldedWords(anaphor.words).join(' '),
			new Set(anaphor.gender === 'masculine' ? cues.pronounGenders.feminine : cues.pronounGenders.masculine)
		])
);

/** « le projet », « le territoire d'industrie » naming nothing: the kind of what they stand for (dominant.ts), longest first. */
export const UNNAMED_REFERENTS: readonly { words: string[]; kind: string; notBefore?: readonly string[] }[] = cues.unnamedReferents.nouns
	// « le réseau de chaleur » is no network of actors: some nouns stand for no one before these words.
	.map((noun) => ({ ...noun, words: foldedWords(noun.words) }))
	.sort((a, b) => b.words.length - a.words.length);

/** Words standing for a name given just before: « il », « cette initiative », « le projet ». */
export const ANAPHORS: readonly { words: string[]; kind?: string }[] = cues.anaphors
	.map((anaphor) => ({ ...anaphor, words: foldedWords(anaphor.words) }))
	.sort((a, b) => b.words.length - a.words.length);

/** Capitalised words at a sentence's start that are no first name: « Selon Olivier Rousseille, président… ». */
export const NOT_FIRST_NAMES: ReadonlySet<string> = new Set(cues.notFirstNames.words);
/** Words that do not start a name after a cue: « l'entreprise Et le TI ». */
export const NOT_NAMES: ReadonlySet<string> = new Set(cues.notNames.words);
/** Capitalised words that are not names: function words at a sentence's start, generic words and acronyms, countries, months. */
export const NOT_PROPER_NAMES: ReadonlySet<string> = new Set(cues.notProperNames.words);

/** « Porteur : », « Partenaires : », « Financement : » (a line's label or a section's title): what the names there are to the project. */
export const LABELS: ReadonlyMap<string, { type: z.infer<typeof proposalTypeSchema>; role?: string }> = new Map(
	cues.labels.map((label) => [foldedWords(label.words).join(' '), { type: label.type, ...(label.role ? { role: label.role } : {}) }])
);

/** A line opening with « Fiche action n° 4 : », « Projet : », « Action 2 — » names a project: its words, longest first. */
export const PROJECT_HEADINGS: readonly string[][] = cues.projectHeadings.words
	.map((words) => foldedWords(words))
	.sort((a, b) => b.length - a.length);

export const PLACE_CUES: ReadonlySet<string> = new Set(cues.placeCues);

/** « l'interview de », « le témoignage de » before a person's name, as folded words. */
export const INTERVIEW_CUES: readonly string[][] = cues.interviews.cues.map((words) => foldedWords(words));
/** Words naming an event (« workshop », « forum », « table ronde »), as folded words. */
export const EVENT_WORDS: readonly string[][] = cues.interviews.events.map((words) => foldedWords(words));

/** Words opening a line of credits (« Coordination par », « Rédaction : »), folded. */
export const CREDIT_WORDS: ReadonlySet<string> = new Set(cues.credits.words.map((words) => foldedWords(words).join(' ')));
/** « pour », « pour le compte de » before the organisation the credited people work for, as folded words. */
export const CREDIT_FOR: readonly string[][] = cues.credits.for.map((words) => foldedWords(words)).sort((a, b) => b.length - a.length);

/** Whether a word sequence occurs in another at `index`. */
export function wordsAt(haystack: readonly string[], needle: readonly string[], index: number): boolean {
	for (let offset = 0; offset < needle.length; offset++) if (haystack[index + offset] !== needle[offset]) return false;
	return true;
}

/** Where a word sequence occurs in another, or -1. */
export function indexOfWords(haystack: readonly string[], needle: readonly string[], from = 0): number {
	outer: for (let index = from; index + needle.length <= haystack.length; index++) {
		for (let offset = 0; offset < needle.length; offset++) if (haystack[index + offset] !== needle[offset]) continue outer;
		return index;
	}
	return -1;
}

/** Sentence openings that list the members of the cluster in view: « Parmi ses adhérents, on compte… ». */
export const MEMBER_LIST_OPENINGS: readonly string[][] = cues.memberLists.openings.map((words) => foldedWords(words));

/** Participles that open a sentence with where its subject is: « Installée à Figeac, la PME X… ». */
export const PLACED_OPENINGS: ReadonlySet<string> = new Set(cues.placedOpenings.words.map((word) => foldedWords(word).join(' ')));
