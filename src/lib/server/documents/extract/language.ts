/**
 * Is a text French? The reader's cues, names and verbs are French, so a text in another language
 * would give no proposal and waste a person's time. Function words (articles, prepositions,
 * conjunctions, auxiliaries) are the most frequent words of every text whatever its subject, and
 * differ from one language to the next: counting them tells the language of a page with a few
 * dozen words. Words two of the languages share (« la », « de », « en », « que », « il »,
 * « son »…) are left out of every list so they vote for none.
 */

export type Language = 'fr' | 'en' | 'de' | 'es' | 'it';

const FUNCTION_WORDS: Readonly<Record<Language, ReadonlySet<string>>> = {
	fr: new Set(
		'le les du et est à au aux pour dans qui une sur avec par ne pas sont ce cette ces elle nous leur leurs ses sa été plus ou où mais aussi être ont était très sous'.split(
			' '
		)
	),
	en: new Set(
		'the and of to is are for with on that this by from it as be was were which has have its at an or not their they been will would'.split(
			' '
		)
	),
	de: new Set(
		'der die das und ist nicht mit von zu den dem ein eine einer auf für sich auch im sind wird werden oder bei nach als wie'.split(' ')
	),
	es: new Set('el los las del y es con por para su sus al como más está pero este esta fue han entre'.split(' ')),
	it: new Set('lo gli della delle di e è per che non sono nella alla anche degli questo più dei nel'.split(' '))
};

/** French elisions (l’entreprise, d’un, qu’elle, n’est…): as many function words, on their own. */
const ELISION = /^(l|d|qu|n|s|c|j)['’]/u;

export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
	fr: 'français',
	en: 'anglais',
	de: 'allemand',
	es: 'espagnol',
	it: 'italien'
};

/** Below this many words, a text is too short to judge: it is taken as French. */
export const MIN_WORDS_TO_JUDGE = 30;

/** How many function words of each language a text holds, and how many words. */
export function functionWordCounts(text: string): { words: number; counts: Record<Language, number> } {
	const counts: Record<Language, number> = { fr: 0, en: 0, de: 0, es: 0, it: 0 };
	const words = text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? [];
	for (const word of words) {
		if (ELISION.test(word)) {
			counts.fr += 1;
			continue;
		}
		for (const language of Object.keys(FUNCTION_WORDS) as Language[]) if (FUNCTION_WORDS[language].has(word)) counts[language] += 1;
	}
	return { words: words.length, counts };
}

/**
 * The language a text is clearly in, when it is not French; null when it is French, mixed or
 * too short to say. « Clearly »: another language's function words are at least 8 and more
 * than three times the French ones, so a French report quoting an English abstract passes.
 */
export function foreignLanguage(text: string): Language | null {
	const { words, counts } = functionWordCounts(text);
	if (words < MIN_WORDS_TO_JUDGE) return null;
	const [best, count] = (Object.entries(counts) as [Language, number][])
		.filter(([language]) => language !== 'fr')
		.reduce((top, entry) => (entry[1] > top[1] ? entry : top));
	return count >= 8 && count > 3 * counts.fr ? best : null;
}
