import { z } from 'zod';
import { queryInteger } from './query-integer';

/**
 * Every write to the graph is one changeset: who, when, why, from which source, and the list of
 * operations with their values before and after, committed in the same transaction as the change.
 * Operations are small and exact, so that each has an inverse (a revert) whose preconditions can be
 * checked against the graph as it is now.
 */

/** A stored value: a scalar or a list of scalars, as Neo4j properties are; null means "absent". */
export const propertyValueSchema = z.union([z.string(), z.number(), z.boolean(), z.array(z.union([z.string(), z.number(), z.boolean()]))]);
export type PropertyValue = z.infer<typeof propertyValueSchema>;
export const propertiesSchema = z.record(z.string(), propertyValueSchema);
export const propertyChangesSchema = z.record(z.string(), propertyValueSchema.nullable());
export type Properties = z.infer<typeof propertiesSchema>;
export type PropertyChanges = z.infer<typeof propertyChangesSchema>;

const entityOperation = { id: z.string(), labels: z.array(z.string()), properties: propertiesSchema };
const relationshipEnds = { type: z.string(), from: z.string(), to: z.string() };

export const operationSchema = z.discriminatedUnion('op', [
	z.object({ op: z.literal('create-entity'), ...entityOperation }),
	z.object({ op: z.literal('delete-entity'), ...entityOperation }),
	z.object({ op: z.literal('update-entity'), id: z.string(), before: propertyChangesSchema, after: propertyChangesSchema }),
	z.object({ op: z.literal('create-relationship'), ...relationshipEnds, properties: propertiesSchema }),
	z.object({ op: z.literal('delete-relationship'), ...relationshipEnds, properties: propertiesSchema }),
	z.object({ op: z.literal('update-relationship'), ...relationshipEnds, before: propertiesSchema, after: propertiesSchema }),
	/** A soft delete: the entity is hidden with its links, and can be restored (the inverse). */
	z.object({ op: z.literal('hide-entity'), id: z.string(), labels: z.array(z.string()) }),
	z.object({ op: z.literal('restore-entity'), id: z.string(), labels: z.array(z.string()) }),
	/** Many entities' properties at once (analysis measures); `floats` are stored as FLOAT even when whole. */
	z.object({
		op: z.literal('set-properties'),
		rows: z.array(z.object({ id: z.string(), before: propertyChangesSchema, after: propertyChangesSchema })),
		floats: z.array(z.string())
	})
]);
export type Operation = z.infer<typeof operationSchema>;

/** The operation that undoes `operation`. */
export function inverseOf(operation: Operation): Operation {
	switch (operation.op) {
		case 'create-entity':
			return { ...operation, op: 'delete-entity' };
		case 'delete-entity':
			return { ...operation, op: 'create-entity' };
		case 'update-entity':
			return { op: 'update-entity', id: operation.id, before: operation.after, after: operation.before };
		case 'create-relationship':
			return { ...operation, op: 'delete-relationship' };
		case 'delete-relationship':
			return { ...operation, op: 'create-relationship' };
		case 'update-relationship':
			return { ...operation, before: operation.after, after: operation.before };
		case 'hide-entity':
			return { ...operation, op: 'restore-entity' };
		case 'restore-entity':
			return { ...operation, op: 'hide-entity' };
		case 'set-properties':
			return { ...operation, rows: operation.rows.map((row) => ({ id: row.id, before: row.after, after: row.before })) };
	}
}

/** The entities an operation touches (for an entity's history). */
export function entitiesOf(operation: Operation): string[] {
	if (operation.op === 'set-properties') return operation.rows.map((row) => row.id);
	return 'id' in operation ? [operation.id] : [operation.from, operation.to];
}

export const changesetKinds = ['contribution', 'revert', 'merge', 'deletion', 'restoration', 'analysis', 'import', 'document'] as const;
export const changesetKindSchema = z.enum(changesetKinds);
export type ChangesetKind = z.infer<typeof changesetKindSchema>;

/** proposed: waits for a curator (nothing written yet); published: in the graph; rejected: never written. */
export const changesetStatuses = ['proposed', 'published', 'rejected'] as const;
export const changesetStatusSchema = z.enum(changesetStatuses);
export type ChangesetStatus = z.infer<typeof changesetStatusSchema>;

export const changesetIdSchema = z.string().regex(/^cs-[0-9a-f]{16}$/, 'doit être l’identifiant d’un changement (cs-…)');

export const changesetSchema = z.object({
	id: changesetIdSchema,
	kind: changesetKindSchema,
	status: changesetStatusSchema,
	author: z.object({ id: z.string(), name: z.string() }),
	createdAt: z.string(),
	/** Why, in the author's words. */
	reason: z.string(),
	/** What it does, in one French line: « ajout du lien “membre de” Tenerrdis ». */
	summary: z.string(),
	sourceId: z.string().optional(),
	operations: z.array(operationSchema),
	entityIds: z.array(z.string()),
	reviewer: z.object({ id: z.string(), name: z.string() }).optional(),
	reviewedAt: z.string().optional(),
	reviewNote: z.string().optional(),
	/** For a revert: the changeset it undid. */
	revertOf: z.string().optional(),
	/** For a reverted changeset: the revert that undid it. */
	revertedBy: z.string().optional(),
	/** Set on a page's copy when `operations` holds only the first ones: how many there are in all. */
	operationCount: z.number().optional()
});
export type Changeset = z.infer<typeof changesetSchema>;

/** Operations a page shows of one changeset: an import of 10,000 rows has 30,000, which the API gives whole. */
export const OPERATIONS_SHOWN = 100;

/** A changeset for a page: its first operations only, and their number in all when some are left out. */
export function withFirstOperations(changeset: Changeset, max = OPERATIONS_SHOWN): Changeset {
	if (changeset.operations.length <= max) return changeset;
	return { ...changeset, operations: changeset.operations.slice(0, max), operationCount: changeset.operations.length };
}

/** Filters of the history (`/historique`, `GET /api/changesets`). */
export const changesetFiltersSchema = z.object({
	author: z.string().max(200).optional(),
	kind: changesetKindSchema.optional(),
	status: changesetStatusSchema.optional(),
	entity: z.string().max(200).optional(),
	since: z.iso.date('doit être une date AAAA-MM-JJ').optional(),
	until: z.iso.date('doit être une date AAAA-MM-JJ').optional(),
	limit: queryInteger(1, 500, 100)
});
export type ChangesetFilters = z.infer<typeof changesetFiltersSchema>;

/** What stands in the way of applying an operation: the graph changed since. */
export interface Conflict {
	operation: number;
	message: string;
}
