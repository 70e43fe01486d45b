/** Lower-cases and strips diacritics and ligatures: "Écosystème Œuvre" → "ecosysteme oeuvre". */
export function foldText(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.replace(/œ/gi, 'oe')
		.replace(/æ/gi, 'ae')
		.toLowerCase();
}

/** Accent-folded words of a text, split on anything that is not a letter or a digit. */
export function foldedWords(text: string): string[] {
	return foldText(text)
		.split(/[^\p{L}\p{N}]+/u)
		.filter((word) => word.length > 0);
}

/** A readable slug: "CCI Rouen Métropole" → "cci-rouen-metropole". */
export function slugify(text: string): string {
	return foldedWords(text)
		.join('-')
		.replace(/[^a-z0-9-]/g, '');
}
