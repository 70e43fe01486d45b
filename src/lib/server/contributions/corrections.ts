import { z } from 'zod';
import type { Operation, PropertyValue } from '$lib/domain/changesets';
import { editablePropertiesSchema } from '$lib/domain/contributions';
import { linkStatusSchema, participationRoleSchema, personRoleSchema } from '$lib/domain/model';
import { ContributionError } from './errors';

/**
 * A curator corrects a proposal before publishing it: the values a person typed (a name, a
 * website, a role, an amount, a year), never its shape (which entities, which links, which
 * source). Each corrected value is checked as the contribution forms check it.
 */

const year = z.coerce
	.number()
	.int('doit être une année entière')
	.min(1800, 'doit être une année après 1800')
	.max(2100, 'doit être une année avant 2100');

/** The values of an entity a correction may change, with their checks. */
const ENTITY_VALUES = {
	name: editablePropertiesSchema.shape.name,
	description: editablePropertiesSchema.shape.description,
	website: editablePropertiesSchema.shape.website,
	siren: editablePropertiesSchema.shape.siren,
	siret: editablePropertiesSchema.shape.siret
} as const;

/** The values of a link a correction may change, with their checks. */
const LINK_VALUES = {
	role: z.union([participationRoleSchema, personRoleSchema]),
	title: z.string().trim().min(1).max(200, 'doit compter au plus 200 caractères'),
	status: linkStatusSchema,
	amountEur: z.coerce.number().positive('doit être un montant positif en euros').max(1e12, 'semble trop grand'),
	year,
	startYear: year,
	endYear: year
} as const;

/** Which values of an operation a curator may correct (the form shows these). */
export function correctableKeys(operation: Operation): string[] {
	switch (operation.op) {
		case 'create-entity':
			return operation.labels.includes('Source') ? [] : Object.keys(ENTITY_VALUES);
		case 'update-entity':
			return Object.keys(operation.after).filter((key) => key in ENTITY_VALUES);
		case 'create-relationship':
			return Object.keys(LINK_VALUES);
		default:
			return [];
	}
}

function checked(kind: 'entity' | 'link', key: string, text: string, field: string): PropertyValue | null {
	const schemas: Record<string, z.ZodType> = kind === 'entity' ? ENTITY_VALUES : LINK_VALUES;
	if (text.trim() === '') {
		if (key === 'name') throw new ContributionError(field, 'le nom ne peut pas être vide');
		return null;
	}
	const parsed = schemas[key].safeParse(text);
	if (!parsed.success) throw new ContributionError(field, parsed.error.issues[0]?.message ?? 'valeur invalide');
	return (parsed.data ?? null) as PropertyValue | null;
}

/** Sets (or, for null, removes) one value of a map of properties. */
function withValue<T extends Record<string, unknown>>(properties: T, key: string, value: PropertyValue | null): T {
	const { [key]: _dropped, ...rest } = properties;
	return (value === null ? rest : { ...rest, [key]: value }) as T;
}

/**
 * The proposal's operations with the curator's corrections: `edits` maps `<operation index>.<key>`
 * to the text typed ('' removes the value). A key that cannot be corrected there is refused.
 */
export function correctOperations(operations: readonly Operation[], edits: Readonly<Record<string, string>>): Operation[] {
	const corrected = [...operations];
	for (const [field, text] of Object.entries(edits)) {
		const match = /^(\d+)\.([a-zA-Z]+)$/.exec(field);
		const index = match ? Number(match[1]) : -1;
		const operation = corrected[index];
		if (!match || !operation || !correctableKeys(operation).includes(match[2])) {
			throw new ContributionError(field, 'cette valeur ne peut pas être corrigée ici');
		}
		const key = match[2];
		if (operation.op === 'create-entity') {
			corrected[index] = { ...operation, properties: withValue(operation.properties, key, checked('entity', key, text, field)) };
		} else if (operation.op === 'update-entity') {
			corrected[index] = { ...operation, after: { ...operation.after, [key]: checked('entity', key, text, field) } };
		} else if (operation.op === 'create-relationship') {
			corrected[index] = { ...operation, properties: withValue(operation.properties, key, checked('link', key, text, field)) };
		}
	}
	return corrected;
}

/** A value of an operation as the correction form shows it ('' when absent). */
function textOf(operation: Operation, key: string): string {
	const value = operation.op === 'update-entity' ? operation.after[key] : 'properties' in operation ? operation.properties[key] : undefined;
	if (value === undefined || value === null) return '';
	return Array.isArray(value) ? value.join(', ') : String(value);
}

/** Every correctable value of a proposal, as the form lists them: operation index, key and value now. */
export function correctableValues(operations: readonly Operation[]): { field: string; key: string; value: string }[] {
	return operations.flatMap((operation, index) =>
		correctableKeys(operation).map((key) => ({ field: `${index}.${key}`, key, value: textOf(operation, key) }))
	);
}

/** Only the fields whose text differs from the proposal's: an untouched form corrects nothing. */
export function changedEdits(operations: readonly Operation[], edits: Readonly<Record<string, string>>): Record<string, string> {
	const now = new Map(correctableValues(operations).map(({ field, value }) => [field, value]));
	return Object.fromEntries(
		Object.entries(edits).filter(([field, text]) => now.get(field) !== undefined && now.get(field) !== text.trim())
	);
}
