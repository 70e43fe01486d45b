import type { EntityKind } from '$lib/domain/model';

/**
 * Recognising themes and places in a French description, as pure functions over the vocabulary
 * and the place names read from the graph. Longest phrase first: "réutilisation des eaux" is one
 * theme, not "eau" (gestion de l'eau) as well.
 */

/** Something the text names, and the words that named it. */
export interface Recognised {
	id: string;
	name: string;
	kind: EntityKind;
	matched: string[];
}

export * from './recognise-places';
export * from './recognise-themes';
