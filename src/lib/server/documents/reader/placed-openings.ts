import { PLACED_OPENINGS } from './cues';
import type { Span, Token } from './french';
import { ACTING, classOf, PLACE_TARGETS, type Guess, type Named } from './kinds';

/**
 * « Installée depuis 1998 dans la zone de l'Aiguille, à Figeac, la PME Fictiméca Précision usine… »,
 * « Fondé en 2020 à Châtellerault, le cluster X rassemble… »: a sentence opened by a participle of
 * place says where its subject is — the first organisation after a comma that follows the place.
 */
export function placedSubject(text: string, tokens: readonly Token[], sentence: Span, own: readonly Named[]): Guess[] {
	const first = tokens.find((token) => token.start >= sentence.start);
	if (!first || !PLACED_OPENINGS.has(first.folded)) return [];
	const places = own.filter((named) => PLACE_TARGETS.has(named.kind) && !named.institution);
	const subject = own.find(
		(named) =>
			ACTING.has(classOf(named)) &&
			!PLACE_TARGETS.has(named.kind) &&
			places.some((place) => place.end <= named.start && text.slice(place.end, named.start).includes(','))
	);
	const place = subject && places.filter((candidate) => candidate.end <= subject.start).at(-1);
	return subject && place ? [{ type: 'LOCATED_IN', from: subject, to: place, confidence: 0.65, cue: `« ${first.text} … »` }] : [];
}
