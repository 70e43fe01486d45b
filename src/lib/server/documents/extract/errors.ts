/**
 * A document refused before it is read, with the French reason a person can act on. `field` is
 * the form field at fault (`file` or `text`); `status` is 400, 413 (too large) or 422 (not French).
 */
export class DocumentInputError extends Error {
	override name = 'DocumentInputError';
	constructor(
		readonly field: string,
		message: string,
		readonly status = 400
	) {
		super(message);
	}
}
