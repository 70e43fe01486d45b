import { z } from 'zod';
import { kindOf } from '$lib/domain/model';

/**
 * The lenient building blocks of the row schemas: how a stored value that is absent, null or of
 * another type reads (see `parse.ts` for where leniency applies).
 */

/** The value when it parses, else undefined: for a stored property that may be missing or mistyped. */
export function orAbsent<S extends z.ZodType>(schema: S) {
	return schema.optional().catch(undefined);
}

/** Text, or undefined. */
export const optionalText = orAbsent(z.string());

/** Text that is not empty, or undefined: for values that only count when they say something. */
export const filledText = orAbsent(z.string().min(1));

/** A finite number, or undefined. */
export const optionalNumber = orAbsent(z.number());

/** A list whose items that do not parse are left out; anything but a list reads as an empty one. */
export function listOf<S extends z.ZodType>(item: S) {
	return z
		.array(orAbsent(item))
		.catch([])
		.transform((items) => items.filter((value): value is Exclude<z.output<S>, undefined> => value !== undefined));
}

/** The texts of a list property; a single text reads as a list of one. */
export const textList = z.union([z.string().transform((text) => [text]), listOf(z.string())]);

/** A node's labels and its kind among them (`kindOf`); fails when no label is a known kind. */
export const kindedLabels = textList.transform((labels, context) => {
	const kind = kindOf(labels);
	if (kind) return { labels, kind };
	context.issues.push({ code: 'custom', message: 'no known entity kind among the labels', input: labels });
	return z.NEVER;
});

/** A node map `{ id, name, labels }` as `{ id, name, kind, labels }`, named by its id when it has no name. */
export const entityReference = z
	.object({ id: z.string(), name: optionalText, labels: kindedLabels })
	.transform(({ id, name, labels }) => ({ id, name: name ?? id, kind: labels.kind, labels: labels.labels }));

/** The same, without the labels. */
export const entityName = entityReference.transform(({ id, name, kind }) => ({ id, name, kind }));

/**
 * The object without its undefined entries: a property the row lacks is left out of what the
 * app returns, rather than present and undefined (which `{ ...a, ...b }` would let override).
 */
export function compact<T extends object>(value: T): T {
	const kept: Record<string, unknown> = {};
	for (const key in value) if (Object.hasOwn(value, key) && value[key] !== undefined) kept[key] = value[key];
	return kept as T;
}
