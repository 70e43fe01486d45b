import { DOCUMENT_MAX_CHARACTERS } from '$lib/domain/documents';
import { DocumentInputError } from './errors';
import { foreignLanguage, LANGUAGE_NAMES } from './language';
import { unreadableShare } from './text';

/**
 * What a text must be to be read, pasted or extracted from a file: long enough to say something,
 * not too long to read in one go, made of characters, and in French.
 */

/** Fewer characters than this say nothing the reader can use. */
export const MIN_CHARACTERS = 20;
/** Above this share of control or replacement characters, bytes were not text (see `unreadableShare`). */
export const MAX_UNREADABLE_SHARE = 0.05;

/** Who gave the text: a pasted text, or a file by its name (for messages that say which). */
export type TextOrigin = { field: 'text' } | { field: 'file'; fileName: string };

const subject = (origin: TextOrigin) => (origin.field === 'text' ? 'le texte' : `le fichier « ${origin.fileName} »`);

/** Refuses a text made of bytes that are not characters; run before normalising removes them. */
export function checkReadable(text: string, origin: TextOrigin): void {
	if (unreadableShare(text) > MAX_UNREADABLE_SHARE)
		throw new DocumentInputError(origin.field, `${subject(origin)} ne contient pas de texte lisible`);
}

/** Refuses a (normalised) text too short, too long or not in French. */
export function checkText(text: string, origin: TextOrigin): void {
	checkReadable(text, origin);
	if (text.trim().length < MIN_CHARACTERS) {
		const message =
			origin.field === 'text'
				? `le texte est trop court pour être lu (${MIN_CHARACTERS} caractères au moins)`
				: `${subject(origin)} contient trop peu de texte pour être lu (${MIN_CHARACTERS} caractères au moins)`;
		throw new DocumentInputError(origin.field, message);
	}
	if (text.length > DOCUMENT_MAX_CHARACTERS)
		throw new DocumentInputError(
			origin.field,
			`${subject(origin)} dépasse ${DOCUMENT_MAX_CHARACTERS.toLocaleString('fr-FR')} caractères : découpez-le en plusieurs documents`,
			413
		);
	const language = foreignLanguage(text);
	if (language)
		throw new DocumentInputError(
			origin.field,
			`${subject(origin)} semble être en ${LANGUAGE_NAMES[language]} : Maillage lit les documents en français`,
			422
		);
}
