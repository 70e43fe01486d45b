import { foldText } from '$lib/domain/text';

/**
 * Recognising an organisation of a spreadsheet among the actors of the graph (issue 14), by the
 * same reasons a person would give: the same SIREN or SIRET; the same name once legal forms,
 * accents, case and punctuation are set aside, in the same commune or département; or a close name,
 * with its score. Pure functions: the import reads the candidates, these decide.
 */

/** Words that say what kind of company it is, not which one: set aside before comparing names. */
const LEGAL_FORMS = new Set([
	'sa',
	'sas',
	'sasu',
	'sarl',
	'eurl',
	'sca',
	'snc',
	'sci',
	'scop',
	'scic',
	'sem',
	'spl',
	'gie',
	'eirl',
	'ei',
	'selarl',
	'groupe',
	'group',
	'ste',
	'societe',
	'ets',
	'etablissements'
]);
const ARTICLES = new Set(['le', 'la', 'les', 'l', 'the']);

/** A name as compared: « Groupe Fictif S.A.S. » and « fictif » give the same key. */
export function nameKey(name: string): string {
	const words = foldText(name)
		.replace(/&/g, ' et ')
		// « S.A.S. » is one word, « l’atelier » two.
		.replace(/\b([a-z])\.(?=[a-z]\.)/g, '$1')
		.replace(/\b([a-z])\.(?=\s|$)/g, '$1')
		.split(/[^a-z0-9]+/)
		.filter((word) => word.length > 0 && !LEGAL_FORMS.has(word));
	while (words.length > 1 && ARTICLES.has(words[0])) words.shift();
	return words.join(' ');
}

/** Similarity of two keys from 0 to 1: Dice's coefficient on letter pairs (word order matters little). */
export function similarity(a: string, b: string): number {
	if (a === b) return 1;
	const pairs = (text: string) => {
		const found = new Map<string, number>();
		for (const word of text.split(' '))
			for (let index = 0; index < word.length - 1; index++) {
				const pair = word.slice(index, index + 2);
				found.set(pair, (found.get(pair) ?? 0) + 1);
			}
		return found;
	};
	const [left, right] = [pairs(a), pairs(b)];
	let shared = 0;
	for (const [pair, count] of left) shared += Math.min(count, right.get(pair) ?? 0);
	const total = [...left.values(), ...right.values()].reduce((sum, count) => sum + count, 0);
	return total === 0 ? 0 : (2 * shared) / total;
}

/** The numbers a key holds: « Lycée 2 » and « Lycée 3 », « A2 » and « A3 » are never the same, however close. */
const numbersOf = (key: string) => key.match(/\d+/g)?.join(' ') ?? '';

/** Similarity of two names, 0 when their numbers differ. */
export function closeness(a: string, b: string): number {
	return numbersOf(a) === numbersOf(b) ? similarity(a, b) : 0;
}

/** An actor of the graph as the matching sees it. */
export interface Candidate {
	id: string;
	name: string;
	aliases: readonly string[];
	siren?: string;
	siret?: string;
	/** Where it is: commune ids and département codes it is located in. */
	communes: readonly string[];
	departements: readonly string[];
	/** The name keys of its name and aliases, when computed already (an index keeps them). */
	keys?: readonly string[];
}

/** An organisation of a row. */
export interface Wanted {
	name: string;
	siren?: string;
	siret?: string;
	commune?: string;
	departement?: string;
}

export type Match =
	| { outcome: 'found'; id: string; reason: 'siret' | 'siren' | 'name-and-place' | 'name' | 'close-name'; score: number }
	| { outcome: 'ambiguous'; choices: { id: string; reason: string; score: number }[] }
	| { outcome: 'new' };

/** Below this, a close name is no match at all; above it, it is offered with its score. */
export const CLOSE_NAME = 0.85;

/**
 * The actor a row stands for. Identifiers decide when they are there; then the exact name (or an
 * alias) in the same place; then the exact name alone if only one actor has it; then a close name,
 * offered as a choice unless one stands alone. Never a guess between two.
 */
export function matchActor(wanted: Wanted, candidates: readonly Candidate[]): Match {
	const siret = wanted.siret;
	const siren = wanted.siren ?? siret?.slice(0, 9);
	if (siret) {
		const same = candidates.find((candidate) => candidate.siret === siret);
		if (same) return { outcome: 'found', id: same.id, reason: 'siret', score: 1 };
	}
	if (siren) {
		const same = candidates.filter((candidate) => candidate.siren === siren || candidate.siret?.startsWith(siren));
		if (same.length === 1) return { outcome: 'found', id: same[0].id, reason: 'siren', score: 1 };
		if (same.length > 1)
			return { outcome: 'ambiguous', choices: same.map((candidate) => ({ id: candidate.id, reason: 'siren', score: 1 })) };
	}
	const key = nameKey(wanted.name);
	if (!key) return { outcome: 'new' };
	// Two different SIREN are two companies, whatever their names: such a candidate is never the row's.
	const others = siren
		? candidates.filter((candidate) => {
				const theirs = candidate.siren ?? candidate.siret?.slice(0, 9);
				return theirs === undefined || theirs === siren;
			})
		: candidates;
	const keys = (candidate: Candidate) => candidate.keys ?? [candidate.name, ...candidate.aliases].map(nameKey);
	const sameName = others.filter((candidate) => keys(candidate).includes(key));
	// The same commune tells two namesakes apart better than the same département: it is tried first.
	const inCommune = sameName.filter((candidate) => wanted.commune !== undefined && candidate.communes.includes(wanted.commune));
	if (inCommune.length === 1) return { outcome: 'found', id: inCommune[0].id, reason: 'name-and-place', score: 1 };
	const inPlace = sameName.filter(
		(candidate) =>
			(wanted.commune !== undefined && candidate.communes.includes(wanted.commune)) ||
			(wanted.departement !== undefined && candidate.departements.includes(wanted.departement))
	);
	if (inPlace.length === 1) return { outcome: 'found', id: inPlace[0].id, reason: 'name-and-place', score: 1 };
	if (sameName.length === 1) return { outcome: 'found', id: sameName[0].id, reason: 'name', score: 1 };
	if (sameName.length > 1)
		return { outcome: 'ambiguous', choices: sameName.map((candidate) => ({ id: candidate.id, reason: 'name', score: 1 })) };
	const close = others
		.map((candidate) => ({ id: candidate.id, score: Math.max(...keys(candidate).map((other) => closeness(key, other))) }))
		.filter((candidate) => candidate.score >= CLOSE_NAME)
		.sort((a, b) => b.score - a.score);
	if (close.length === 1) return { outcome: 'found', id: close[0].id, reason: 'close-name', score: Math.round(close[0].score * 100) / 100 };
	if (close.length > 1) return { outcome: 'ambiguous', choices: close.map((candidate) => ({ ...candidate, reason: 'close-name' })) };
	return { outcome: 'new' };
}
