import type { Mention } from '$lib/domain/documents';
import { ACRONYM_KINDS, AFTER_NAME_CUES, indexOfWords, wordsAt, ORGANISATION_CUES, PERSON_ROLES, type NewEntityKind } from './cues';
import type { Token } from './french';

/**
 * Organisations the graph lacks, found from French cues (cues.json): « la société X »,
 * « le cluster X », « la communauté de communes de X », « X, filiale de », « Nom complet (SIGLE) »;
 * and people in a public role: « Thierry Masse, président d'Altytud ».
 */

export interface NewMention extends Mention {
	kind: NewEntityKind;
	first: number;
	last: number;
	/** Found without a cue (a capitalised name): related only where a cue says how. */
	weak?: boolean;
	/** For a person: the role on ROLE_AT and the title as written. */
	role?: string;
	title?: string;
}

const CONNECTORS = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'les', 'l', 'et', 'sur', 'en', 'sous', 'lès', 'les', 'a', 'aux', 'au']);
/** Capitalised words at a sentence's start that are no first name: « Selon Olivier Rousseille, président… ». */
const NOT_FIRST_NAMES = new Set([
	'selon',
	'pour',
	'avec',
	'chez',
	'depuis',
	'apres',
	'enfin',
	'ainsi',
	'par',
	'le',
	'la',
	'les',
	'un',
	'une',
	'et',
	'mais',
	'dans',
	'sur',
	'aupres',
	'pendant',
	'lors',
	'comme',
	'madame',
	'monsieur',
	'm',
	'mme'
]);
/** Words that do not start a name after a cue. */
const NOT_NAMES = new Set([
	'et',
	'ou',
	'ses',
	'son',
	'sa',
	'leur',
	'leurs',
	'le',
	'la',
	'les',
	'ce',
	'cette',
	'ces',
	'notre',
	'nos',
	'un',
	'une',
	'des',
	'du',
	'de',
	'd',
	'organisation',
	'objectif',
	'objectifs'
]);
const OPENING_QUOTE = /^[\s\u00a0\u202f]*[«"“]/u;

/** Only spaces, hyphens or an apostrophe between two tokens: the same name goes on. */
function joined(text: string, left: Token, right: Token): boolean {
	return /^[\s\u00a0\u202f'’\-–&]*$/u.test(text.slice(left.end, right.start)) && !text.slice(left.end, right.start).includes('\n');
}

/** The name starting at token `from`: capitalised words and the connectors between them. */
function nameRun(text: string, tokens: readonly Token[], from: number, connectors: ReadonlySet<string> = CONNECTORS): number {
	let last = from;
	let index = from;
	while (index < tokens.length && (index === from || joined(text, tokens[index - 1], tokens[index]))) {
		const token = tokens[index];
		if (token.capitalised) last = index + 1;
		else if (!connectors.has(token.folded) && !token.elision) break;
		index++;
		if (index - from > 8) break;
	}
	return last;
}

/** A quoted name right after the cue: « Fictiboucle », "Smart Building". */
function quotedRun(text: string, tokens: readonly Token[], from: number): number | null {
	if (from >= tokens.length || !OPENING_QUOTE.test(text.slice(tokens[from - 1]?.end ?? 0, tokens[from].start))) return null;
	for (let index = from; index < tokens.length && index - from < 10; index++) {
		if (/^[\s\u00a0\u202f]*[»"”]/u.test(text.slice(tokens[index].end, tokens[index].end + 3))) return index + 1;
	}
	return null;
}

function mention(
	text: string,
	tokens: readonly Token[],
	first: number,
	last: number,
	kind: NewEntityKind,
	reason: string,
	nameFrom = first
): NewMention {
	const start = tokens[first].start;
	const end = tokens[last - 1].end;
	const written = text.slice(tokens[nameFrom].start, end).replace(/[\s\u00a0\u202f]+/gu, ' ');
	const name = written.charAt(0).toUpperCase() + written.slice(1);
	return { text: text.slice(start, end), start, end, name, kind, category: 'new', reason, first, last };
}

export function newOrganisations(text: string, tokens: readonly Token[], taken: (first: number, last: number) => boolean): NewMention[] {
	const folded = tokens.map((token) => token.folded);
	const found: NewMention[] = [];
	const free = (first: number, last: number) =>
		last > first && !taken(first, last) && !found.some((other) => first < other.last && last > other.first);
	for (let index = 0; index < tokens.length; index++) {
		for (const cue of ORGANISATION_CUES) {
			if (!wordsAt(folded, cue.words, index)) continue;
			const after = index + cue.words.length;
			const quoted = quotedRun(text, tokens, after);
			let from = after;
			// « la communauté de communes de X », « l'Université de X »: the name runs through « de ».
			while (cue.keepCue && from < tokens.length && CONNECTORS.has(folded[from])) from++;
			const last = quoted ?? nameRun(text, tokens, from);
			if (last <= from || !tokens.slice(from, last).some((token) => token.capitalised)) break;
			// « LE PROJET ET SES OBJECTIFS », « l'entreprise Et le TI »: a heading in capitals, or a function word, is no name.
			if (!quoted && (NOT_NAMES.has(folded[from]) || tokens.slice(index, last).every((token) => token.text === token.text.toUpperCase())))
				break;
			const nameFrom = cue.keepCue ? index + (tokens[index].elision || ['la', 'le', 'les'].includes(folded[index]) ? 1 : 0) : after;
			if (free(nameFrom, last)) found.push(mention(text, tokens, nameFrom, last, cue.kind, `après « ${cue.words.join(' ')} »`));
			break;
		}
	}
	for (const cue of AFTER_NAME_CUES) {
		for (let at = indexOfWords(folded, cue.words); at > 0; at = indexOfWords(folded, cue.words, at + 1)) {
			if (!text.slice(tokens[at - 1].end, tokens[at].start).includes(',')) continue;
			let first = at - 1;
			while (
				first > 0 &&
				joined(text, tokens[first - 1], tokens[first]) &&
				(tokens[first - 1].capitalised || CONNECTORS.has(folded[first - 1]))
			)
				first--;
			while (first < at && !tokens[first].capitalised) first++;
			if (free(first, at)) found.push(mention(text, tokens, first, at, cue.kind, `avant « ${cue.words.join(' ')} »`));
		}
	}
	found.push(...acronyms(text, tokens, free));
	return found;
}

/** « Agence de développement pour la Normandie (AD Normandie) »: a long name with its acronym. */
function acronyms(text: string, tokens: readonly Token[], free: (first: number, last: number) => boolean): NewMention[] {
	const found: NewMention[] = [];
	for (let index = 1; index < tokens.length; index++) {
		const gap = text.slice(tokens[index - 1].end, tokens[index].start);
		if (!/^[\s\u00a0\u202f]*\($/u.test(gap) || !/^[\p{Lu}][\p{Lu}\p{N}&-]{1,11}$/u.test(tokens[index].text)) continue;
		// Back over the words joined to the parenthesis (lower-case ones too: « Centre d’essais des
		// matériaux »), then forward to the first capitalised word with the acronym's initial.
		let reach = index - 1;
		while (reach > 0 && index - reach < 10 && joined(text, tokens[reach - 1], tokens[reach])) reach--;
		let first = reach;
		while (first < index && !(tokens[first].capitalised && tokens[first].folded[0] === tokens[index].folded[0])) first++;
		if (index - first < 2 || !free(first, index + 1)) continue;
		const kind = ACRONYM_KINDS.get(tokens[first].folded) ?? 'Company';
		const named = mention(text, tokens, first, index, kind, `avec son sigle ${tokens[index].text}`);
		found.push({ ...named, name: `${named.name} (${tokens[index].text})` });
	}
	return found;
}

/** « Prénom Nom, président de … »: a person and the role words that follow the name. */
export function people(text: string, tokens: readonly Token[], taken: (first: number, last: number) => boolean): NewMention[] {
	const found: NewMention[] = [];
	for (let index = 0; index + 2 < tokens.length; index++) {
		if (!tokens[index].capitalised || /\d/u.test(tokens[index].text) || NOT_FIRST_NAMES.has(tokens[index].folded)) continue;
		let last = index + 1;
		while (last < tokens.length && last - index < 4 && tokens[last].capitalised && joined(text, tokens[last - 1], tokens[last])) last++;
		if (last - index < 2 || last >= tokens.length || !text.slice(tokens[last - 1].end, tokens[last].start).includes(',')) continue;
		const roleAt = tokens[last].folded === '1er' || tokens[last].folded === 'premier' ? last + 1 : last;
		const role = PERSON_ROLES.get(tokens[roleAt]?.folded ?? '');
		if (!role || taken(index, last)) continue;
		let titleEnd = roleAt + 1;
		while (
			titleEnd < tokens.length &&
			titleEnd - roleAt < 5 &&
			!['de', 'du', 'des', 'd'].includes(tokens[titleEnd].folded) &&
			joined(text, tokens[titleEnd - 1], tokens[titleEnd])
		)
			titleEnd++;
		const person = mention(text, tokens, index, last, 'Person', `suivi de « ${tokens[roleAt].text} »`);
		found.push({ ...person, category: 'person', role, title: text.slice(tokens[last].start, tokens[titleEnd - 1].end) });
		index = last;
	}
	return found;
}

/** Capitalised words that are not names: function words at a sentence's start, generic words, countries, months. */
const NOT_PROPER = new Set([
	...[
		'le',
		'la',
		'les',
		'l',
		'un',
		'une',
		'des',
		'du',
		'de',
		'd',
		'il',
		'elle',
		'ils',
		'elles',
		'on',
		'nous',
		'vous',
		'ce',
		'cet',
		'cette',
		'ces',
		'c'
	],
	...[
		'dans',
		'pour',
		'avec',
		'depuis',
		'en',
		'au',
		'aux',
		'a',
		'selon',
		'apres',
		'avant',
		'lors',
		'ainsi',
		'par',
		'sur',
		'sous',
		'chaque',
		'plus',
		'tous',
		'toutes',
		'mais',
		'et',
		'ou',
		'si',
		'enfin',
		'grace',
		'face',
		'entre',
		'vers',
		'pendant',
		'parmi',
		'outre',
		'comme',
		'qui',
		'que',
		'quand',
		'lorsque',
		'afin',
		'alors',
		'aujourd',
		'hui',
		'demain',
		'notre',
		'nos',
		'leur',
		'leurs',
		'son',
		'sa',
		'ses',
		'tout',
		'toute'
	],
	...[
		'region',
		'regions',
		'departement',
		'departements',
		'etat',
		'france',
		'europe',
		'union',
		'industrie',
		'territoire',
		'territoires',
		'innovation',
		'transition',
		'republique',
		'gouvernement',
		'ministere',
		'ministre',
		'premier',
		'president',
		'presidente',
		'directeur',
		'directrice',
		'monsieur',
		'madame',
		'photo',
		'source',
		'sources',
		'fiche',
		'sommaire',
		'objectif',
		'objectifs',
		'projet',
		'projets',
		'cluster',
		'clusters',
		'pole',
		'poles',
		'acteurs',
		'actions',
		'contexte',
		'introduction',
		'conclusion',
		'partenaires',
		'porteur',
		'financement',
		'financements',
		'budget'
	],
	...[
		'appel',
		'programme',
		'plan',
		'strategie',
		'contrat',
		'dispositif',
		'label',
		'suite',
		'chargee',
		'charge',
		'responsable',
		'conseillere',
		'conseiller'
	],
	...[
		'pme',
		'eti',
		'tpe',
		'epci',
		'cci',
		'cma',
		'ti',
		'pib',
		'rh',
		'rse',
		'co2',
		'ges',
		'ia',
		'ue',
		'tva',
		'sas',
		'sa',
		'sarl',
		'aap',
		'ami',
		'za',
		'zi',
		'qpv',
		'ess',
		'btp',
		'iut',
		'bts',
		'cap',
		'snbc',
		'ccus',
		'h2',
		'r',
		'gt'
	],
	...['allemagne', 'suisse', 'espagne', 'italie', 'belgique', 'chine', 'japon', 'royaume', 'uni', 'etats', 'unis'],
	...[
		'janvier',
		'fevrier',
		'mars',
		'avril',
		'mai',
		'juin',
		'juillet',
		'aout',
		'septembre',
		'octobre',
		'novembre',
		'decembre',
		'lundi',
		'mardi',
		'mercredi',
		'jeudi',
		'vendredi',
		'samedi',
		'dimanche'
	]
]);

/** Without a cue, « A et B » is two names. */
const LIST_FREE_CONNECTORS = new Set([...CONNECTORS].filter((word) => word !== 'et'));

/** Whether the token starts a sentence, a line or a quotation: its capital says nothing there. */
function sentenceStart(text: string, tokens: readonly Token[], index: number): boolean {
	const before = text.slice(index === 0 ? 0 : tokens[index - 1].end, tokens[index].start);
	return index === 0 || /[.!?:\n«"“]\s*$/u.test(before) || (/^[\s\-–•*#]*$/u.test(before) && before.includes('\n'));
}

/**
 * Names without a cue: a run of capitalised words mid-sentence (« Renault Cléon », « Constellium
 * Issoire »), or at a sentence's start when it has two capitalised words or an acronym (« BASF »,
 * « EBL »). Their kind is a guess (an organisation, a company unless its first word says otherwise),
 * so what they join is proposed with less confidence.
 */
export function properNouns(text: string, tokens: readonly Token[], taken: (first: number, last: number) => boolean): NewMention[] {
	const found: NewMention[] = [];
	for (let index = 0; index < tokens.length; index++) {
		const token = tokens[index];
		if (!token.capitalised || /^\d/u.test(token.text) || NOT_PROPER.has(token.folded) || token.elision) continue;
		const last = nameRun(text, tokens, index, LIST_FREE_CONNECTORS);
		if (taken(index, last)) {
			index = last - 1;
			continue;
		}
		const words = tokens.slice(index, last);
		// A heading in capitals (« DIFFICULTÉS RENCONTRÉES ») names nothing.
		const lineStart = text.lastIndexOf('\n', token.start) + 1;
		const lineEnd = text.indexOf('\n', token.end) === -1 ? text.length : text.indexOf('\n', token.end);
		if (!/\p{Ll}/u.test(text.slice(lineStart, lineEnd))) {
			index = last - 1;
			continue;
		}
		const capitalised = words.filter((word) => word.capitalised && !/^\d/u.test(word.text) && !NOT_PROPER.has(word.folded));
		const acronym = words.some((word) => word.text.length >= 2 && /^[\p{Lu}\p{N}&]+$/u.test(word.text) && /\p{Lu}{2}/u.test(word.text));
		const inner = words.some((word) => /^\p{Lu}\p{Ll}*\p{Lu}/u.test(word.text));
		if (sentenceStart(text, tokens, index) && capitalised.length < 2 && !acronym && !inner) continue;
		if (
			capitalised.length === 0 ||
			(words.every((word) => word.text === word.text.toUpperCase() && word.text.length > 1) && words.length > 3)
		)
			continue;
		const kind = ACRONYM_KINDS.get(token.folded) ?? 'Company';
		found.push({ ...mention(text, tokens, index, last, kind, 'nom propre, sans indice'), weak: true });
		index = last - 1;
	}
	return found;
}
