import { foldedWords } from '$lib/domain/text';
import { EVENT_WORDS, indexOfWords, INTERVIEW_CUES, wordsAt } from './cues';
import type { Token } from './french';
import type { Named } from './kinds';

/** Who took part in what, as the layout of the text says, with how sure and why. */
export interface TakingPart {
	from: Named;
	to: Named;
	confidence: number;
	cue: string;
}

/** A project that is an event: its name, or the words that named it, hold an event word (« workshop », « forum »). */
export function isEvent(named: Named): boolean {
	return (
		named.kind === 'Project' &&
		!named.weak &&
		[foldedWords(named.text), foldedWords(named.name)].some((words) => EVENT_WORDS.some((event) => indexOfWords(words, event) !== -1))
	);
}

/**
 * The report of an event (« un workshop », « le forum », « la table ronde ») that gives
 * « l'interview de » someone: that person took part in the event. The event is the project named
 * last before the interview whose name, or the words that named it, hold an event word; else the
 * first such project of the text. A text that names no event says nothing here.
 */
export function interviewed(tokens: readonly Token[], names: readonly Named[]): TakingPart[] {
	const folded = tokens.map((token) => token.folded);
	const events = names.filter(isEvent).sort((a, b) => a.first - b.first);
	if (events.length === 0) return [];
	return names.flatMap((person) => {
		if (person.kind !== 'Person' || !INTERVIEW_CUES.some((cue) => wordsAt(folded, cue, person.first - cue.length))) return [];
		const event = events.filter((candidate) => candidate.last <= person.first).at(-1) ?? events[0];
		return [{ from: person, to: event, confidence: 0.6, cue: '« interview de », événement du texte' }];
	});
}
