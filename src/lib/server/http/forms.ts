import { fail, type ActionFailure } from '@sveltejs/kit';
import { z } from 'zod';
import { describeIssues, issuePath } from '$lib/domain/issues';
import { CSRF_FIELD } from './caller';

const FRENCH_ZOD_ERRORS = z.locales.fr().localeError;

/** What a page's form shows after a refusal: the message, and each field's own. */
export interface FormProblem {
	message: string;
	/** Per field, by its dotted name (`citation.excerpt`). */
	issues: Record<string, string>;
	/** What the person typed, to fill the form again (never a password). */
	values: Record<string, unknown>;
}

/**
 * A form's fields as an object: a dotted name nests (`citation.excerpt` → `{ citation: { excerpt } }`),
 * empty values are left out, files are left out, and the CSRF token is set apart.
 */
export function formObject(data: FormData): { fields: Record<string, unknown>; csrf: string | null } {
	const fields: Record<string, unknown> = {};
	for (const [name, value] of data.entries()) {
		if (name === CSRF_FIELD || typeof value !== 'string' || value.trim() === '') continue;
		const path = name.split('.');
		let target = fields;
		for (const part of path.slice(0, -1)) target = (target[part] ??= {}) as Record<string, unknown>;
		target[path[path.length - 1]] = value;
	}
	const csrf = data.get(CSRF_FIELD);
	return { fields, csrf: typeof csrf === 'string' ? csrf : null };
}

/** Drops the keys that must never travel back to the page. */
function safeValues(fields: Record<string, unknown>): Record<string, unknown> {
	const { password: _password, current: _current, next: _next, confirmation: _confirmation, ...rest } = fields;
	return rest;
}

/** Parses a form with a schema; a refusal is `fail(400)` naming each field, with the values typed. */
export function parseForm<S extends z.ZodType>(
	schema: S,
	fields: Record<string, unknown>
): { data: z.output<S>; failure: null } | { data: null; failure: ActionFailure<FormProblem> } {
	const parsed = schema.safeParse(fields, { error: FRENCH_ZOD_ERRORS });
	if (parsed.success) return { data: parsed.data, failure: null };
	const issues: Record<string, string> = {};
	for (const issue of parsed.error.issues) issues[issuePath(issue.path)] ??= issue.message;
	return {
		data: null,
		failure: fail(400, {
			message: `Le formulaire est à corriger — ${describeIssues(parsed.error.issues)}`,
			issues,
			values: safeValues(fields)
		})
	};
}

/** A refusal of the server (a conflict, a missing source) as a form problem. */
export function formFailure(
	status: number,
	message: string,
	values: Record<string, unknown> = {},
	field?: string
): ActionFailure<FormProblem> {
	return fail(status, { message, issues: field ? { [field]: message } : {}, values: safeValues(values) });
}
