import { PERSON_ROLES } from './cues';
import type { Token } from './french';
import { ACTING, classOf, fits, type Guess, type Named } from './kinds';

/**
 * Where a person named with a role works (ROLE_AT). After the name (« Thierry Masse, président
 * d'Altytud »): the first organisation that follows. Before the name (« sa directrice, Julie
 * Fictelle »): an organisation inside the title, else, after a possessive, the nearest one before
 * it — in the sentence, or the last one of the sentences before — and after « une », the
 * sentence's subject (« la directrice, X » does not say where). A second role joined by « et » (« président du cluster et dirigeant de
 * Fictivia Énergie ») is at the name that follows it; « et en charge du GT Digitalisation » is a
 * part taken in a working group or a project. A minister's, with no organisation named, is
 * at the Government the graph knows.
 */
export function rolesOf(
	text: string,
	tokens: readonly Token[],
	person: Named,
	index: number,
	inside: readonly Named[],
	earlier: readonly Named[],
	government?: Named
): Guess[] {
	if (person.kind !== 'Person') return [];
	if (!person.role) return relativeRoles(text, person, inside);
	// A role's own words are its cue: the organisation may be a name found without one (« présidente de Fictimed »).
	const eligible = (named: Named) => fits('ROLE_AT', person, named) && classOf(named) !== 'project';
	const acting = (named: Named) => eligible(named) && ACTING.has(classOf(named));
	const titled = person.titled;
	let at: Named | undefined;
	let confidence = 0.8;
	if (titled) {
		const inTitle = inside.find((named) => named.first >= titled.first && named.last <= person.first && eligible(named));
		const before = inside.slice(0, index).filter((named) => named.last <= titled.first && acting(named));
		const subject = titled.determiner === 'possessive' ? before.at(-1) : titled.determiner === 'indefinite' ? before[0] : undefined;
		at = inTitle ?? subject ?? (titled.determiner === 'possessive' ? [...earlier].reverse().find(acting) : undefined);
		if (!inTitle) confidence = subject ? 0.6 : 0.5;
	} else at = inside.slice(index + 1).find(eligible);
	// « le Premier ministre Édouard Philippe »: a minister belongs to the Government, named or not.
	if (!at && person.role === 'government' && government) [at, confidence] = [government, 0.6];
	const guesses: Guess[] = [...relativeRoles(text, person, inside)];
	if (!at) return guesses;
	guesses.push({ type: 'ROLE_AT', from: person, to: at, confidence, role: person.role, cue: `« ${person.title} »` });
	// « et dirigeant de », « et en charge du »: a second role.
	const wordAt = tokens[at.last + 1]?.folded === 'en' ? at.last + 2 : at.last + 1;
	const word = tokens[wordAt];
	const second = word && tokens[at.last]?.folded === 'et' ? PERSON_ROLES.get(word.folded) : undefined;
	const other = second
		? inside.find((named) => named.first > wordAt && named.first <= wordAt + 4 && fits('ROLE_AT', person, named))
		: undefined;
	if (second && other) {
		const title = text.slice(tokens[at.last + 1].start, word.end);
		// A working group or a project is what the person takes part in, with that role.
		const type = classOf(other) === 'project' ? 'PARTICIPATES_IN' : 'ROLE_AT';
		guesses.push({ type, from: { ...person, title }, to: other, confidence: 0.75, role: second, cue: `« ${title} »` });
	}
	return guesses;
}

/** « Hélène Fictivier, qui dirige par ailleurs l'équipementier Fictiroues », « Céline Exemplot, …, dirige la bonneterie X »: a role the verb after the name gives. */
const RELATIVE_ROLE = /^[\s\u00a0\u202f]*,?[\s\u00a0\u202f]*(?:qui\s+)?(dirige|préside|copréside|a fondé|a créé)\s/iu;
const RELATIVE_ROLES: Readonly<Record<string, string>> = {
	dirige: 'head',
	préside: 'head',
	copréside: 'head',
	'a fondé': 'founder',
	'a créé': 'founder'
};

function relativeRoles(text: string, person: Named, inside: readonly Named[]): Guess[] {
	const match = RELATIVE_ROLE.exec(text.slice(person.end, person.end + 40));
	const verb = match?.[1]?.toLowerCase();
	if (!match || !verb) return [];
	const title = match[0].replace(/^[\s\u00a0\u202f,]+/u, '').trim();
	const at = inside.find((named) => named.first > person.last && named.first <= person.last + 8 && ACTING.has(classOf(named)));
	return at
		? [
				{
					type: 'ROLE_AT',
					from: { ...person, title },
					to: at,
					confidence: 0.7,
					role: RELATIVE_ROLES[verb],
					cue: `« qui ${verb} »`
				}
			]
		: [];
}
