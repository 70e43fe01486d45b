import { nameKey } from './french';

/** Words that name no one alone, and the distinctive words of a name, for the gazetteer. */

/**
 * Words too common to be a name alone, even capitalised at a sentence start. Places named like
 * common words (« Plan », « Nord ») stay: known.ts takes them only after a place cue.
 */
export const COMMON = new Set([
	'le',
	'la',
	'les',
	'un',
	'une',
	'des',
	'de',
	'du',
	'en',
	'et',
	'ou',
	'a',
	'au',
	'aux',
	'sur',
	'pour',
	'par',
	'avec',
	'est',
	'son',
	'sa',
	'ses',
	'ce',
	'cette',
	'projet',
	'cluster',
	'industrie',
	'territoire',
	'territoires',
	'region',
	'ville',
	'france',
	'europe',
	'etat'
]);

/** Words too common to tell one project from another. */
export const GENERIC = new Set([
	'pour',
	'dans',
	'avec',
	'entre',
	'sans',
	'leur',
	'leurs',
	'des',
	'les',
	'une',
	'aux',
	'sur',
	'vers',
	'vous',
	'industrie',
	'projet',
	'etude',
	'programme',
	'territoire',
	'territoires'
]);

/** The distinctive words of a name, in order: folded, four letters or more, generic ones aside. */
export function distinctive(name: string): string[] {
	return nameKey(name).filter((word) => word.length >= 4 && !GENERIC.has(word));
}
