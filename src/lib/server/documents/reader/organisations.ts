import { ACRONYM_KINDS, AFTER_NAME_CUES, indexOfWords, NOT_NAMES, ORGANISATION_CUES, wordsAt } from './cues';
import type { Token } from './french';
import { CONNECTORS, joined, mention, nameRun, quotedRun, type NewMention } from './names';

/**
 * Organisations the graph lacks, found from French cues (cues.json): « la société X »,
 * « le cluster X », « la communauté de communes de X », « X, filiale de », « Nom complet (SIGLE) ».
 */

export function newOrganisations(text: string, tokens: readonly Token[], taken: (first: number, last: number) => boolean): NewMention[] {
	const folded = tokens.map((token) => token.folded);
	const found: NewMention[] = [];
	const free = (first: number, last: number) =>
		last > first && !taken(first, last) && !found.some((other) => first < other.last && last > other.first);
	// A name with its acronym is the fullest: it goes first, before a cue takes a part of it.
	found.push(...acronyms(text, tokens, free));
	for (let index = 0; index < tokens.length; index++) {
		for (const cue of ORGANISATION_CUES) {
			if (!wordsAt(folded, cue.words, index)) continue;
			const after = index + cue.words.length;
			const quoted = quotedRun(text, tokens, after);
			let from = after;
			// « la communauté de communes de X », « l'Université de X »: the name runs through « de », and through
			// a lower-case complement before a capitalised word (« l'Agence de développement Imaginor Vienne »,
			// « la Chambre de métiers et de l'artisanat Imaginor », « le lycée agricole Exemplia »).
			while (cue.keepCue && from < tokens.length && CONNECTORS.has(folded[from])) from++;
			if (cue.keepCue && from < tokens.length && !tokens[from].capitalised) {
				let ahead = from;
				while (ahead < tokens.length && ahead - from < 6 && !tokens[ahead].capitalised && joined(text, tokens[ahead - 1], tokens[ahead]))
					ahead++;
				if (
					ahead > from &&
					tokens[ahead]?.capitalised &&
					/\p{L}/u.test(tokens[ahead].text) &&
					joined(text, tokens[ahead - 1], tokens[ahead])
				)
					from = ahead;
			}
			// « le fabricant d'implants Fictimed »: a complement of the noun before the name, left out of it.
			const complement =
				!cue.keepCue &&
				['de', 'd'].includes(folded[after]) &&
				tokens[after + 1] &&
				!tokens[after + 1].capitalised &&
				!['la', 'le', 'les', 'l'].includes(folded[after + 1]) &&
				tokens[after + 2]?.capitalised &&
				joined(text, tokens[after + 1], tokens[after + 2]);
			if (complement) from = after + 2;
			// « La société commune, Semelles Fictives du Choletais, sera dirigée… »: an adjective, then the name set off by commas.
			const apposed =
				!cue.keepCue &&
				!complement &&
				tokens[after + 1] &&
				!tokens[after].capitalised &&
				!CONNECTORS.has(folded[after]) &&
				/^[\s\u00a0\u202f]*,[\s\u00a0\u202f]*$/u.test(text.slice(tokens[after].end, tokens[after + 1].start)) &&
				tokens[after + 1].capitalised &&
				!NOT_NAMES.has(folded[after + 1]);
			if (apposed) from = after + 1;
			const last = quoted ?? nameRun(text, tokens, from);
			// « a rejoint le cluster en 2022 »: a name opens with a capitalised word, not a connector or a number.
			if (last <= from || (!quoted && !(tokens[from].capitalised && /\p{L}/u.test(tokens[from].text)))) break;
			// « portés par l’entreprise. Par ailleurs… », « ÉVALUATION DU PROJET¶Dans… », « les progrès du réseau : RH & Formation »,
			// « La présidente du cluster, Céline Exemplot »: the cue ends its sentence, its line or its clause, what follows names nothing.
			if (!quoted && !apposed && /[.!?;:,\n]/u.test(text.slice(tokens[after - 1].end, tokens[from].start))) break;
			// « LE PROJET ET SES OBJECTIFS », « l'entreprise Et le TI »: a heading in capitals, or a function word, is no name.
			if (!quoted && (NOT_NAMES.has(folded[from]) || tokens.slice(index, last).every((token) => token.text === token.text.toUpperCase())))
				break;
			// « la Chambre de commerce et d’industrie (CCI) Rouen Métropole »: spelled out before the acronym that opens a known name, it is that name.
			if (
				last < tokens.length &&
				/^[\s\u00a0\u202f]*\($/u.test(text.slice(tokens[last - 1].end, tokens[last].start)) &&
				taken(last, last + 1)
			)
				break;
			const nameFrom = cue.keepCue
				? index + (tokens[index].elision || ['la', 'le', 'les', 'du', 'au'].includes(folded[index]) ? 1 : 0)
				: from;
			if (free(nameFrom, last)) found.push(mention(text, tokens, nameFrom, last, cue.kind, `après « ${cue.words.join(' ')} »`));
			break;
		}
	}
	for (const cue of AFTER_NAME_CUES) {
		for (let at = indexOfWords(folded, cue.words); at > 0; at = indexOfWords(folded, cue.words, at + 1)) {
			if (!text.slice(tokens[at - 1].end, tokens[at].start).includes(',')) continue;
			let first = at - 1;
			// Back over the name, not over a number or a place cue (« Fondé en 2020 à Châtellerault, le cluster X »).
			while (
				first > 0 &&
				joined(text, tokens[first - 1], tokens[first]) &&
				!/^\d/u.test(tokens[first - 1].text) &&
				!['a', 'en'].includes(folded[first - 1]) &&
				(tokens[first - 1].capitalised || CONNECTORS.has(folded[first - 1]))
			)
				first--;
			while (first < at && !tokens[first].capitalised) first++;
			if (free(first, at)) found.push(mention(text, tokens, first, at, cue.kind, `avant « ${cue.words.join(' ')} »`));
		}
	}

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
