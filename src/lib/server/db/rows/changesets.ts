import { z } from 'zod';
import { changesetSchema, operationSchema, propertiesSchema, propertyValueSchema } from '$lib/domain/changesets';

/**
 * Rows of the changeset statements. A changeset is written by the app alone: a malformed one is a
 * bug and fails loudly. Entity and relationship properties, read before a change, stay as stored.
 */

export const lockedEntityRow = z.object({ labels: z.array(z.string()), properties: propertiesSchema, degree: z.number() });
export const entityStateRow = lockedEntityRow.extend({ id: z.string() });
export const propertyPairsRow = z.object({ id: z.string(), pairs: z.array(z.tuple([z.string(), propertyValueSchema.nullable()])) });
export const relationshipKeyRow = z.object({ key: z.string(), properties: propertiesSchema });
export const createdRow = z.object({ created: z.number() });
export const deletedCountRow = z.object({ deleted: z.number() });
export const updatedCountRow = z.object({ updated: z.number() });
export const entityIdRow = z.object({ id: z.string() });

/** A :Changeset node's properties as the changeset it stores (operations kept as JSON text). */
export const changesetRow = z.object({
	changeset: z
		.looseObject({
			id: z.string(),
			kind: z.string(),
			status: z.string(),
			authorId: z.string(),
			authorName: z.string(),
			createdAt: z.string(),
			reason: z.string(),
			summary: z.string(),
			operations: z.string(),
			entityIds: z.array(z.string()),
			sourceId: z.string().optional(),
			reviewerId: z.string().optional(),
			reviewerName: z.string().optional(),
			reviewedAt: z.string().optional(),
			reviewNote: z.string().optional(),
			revertOf: z.string().optional(),
			revertedBy: z.string().optional()
		})
		.transform(({ authorId, authorName, reviewerId, reviewerName, operations, ...rest }) =>
			changesetSchema.parse({
				id: rest.id,
				kind: rest.kind,
				status: rest.status,
				createdAt: rest.createdAt,
				reason: rest.reason,
				summary: rest.summary,
				entityIds: rest.entityIds,
				...(rest.sourceId ? { sourceId: rest.sourceId } : {}),
				...(rest.reviewedAt ? { reviewedAt: rest.reviewedAt } : {}),
				...(rest.reviewNote ? { reviewNote: rest.reviewNote } : {}),
				...(rest.revertOf ? { revertOf: rest.revertOf } : {}),
				...(rest.revertedBy ? { revertedBy: rest.revertedBy } : {}),
				author: { id: authorId, name: authorName },
				...(reviewerId && reviewerName ? { reviewer: { id: reviewerId, name: reviewerName } } : {}),
				operations: z.array(operationSchema).parse(JSON.parse(operations))
			})
		)
});
export const hiddenCountRow = z.object({ hidden: z.number() });
export const restoredCountRow = z.object({ restored: z.number() });
export const hiddenEntityRow = z.object({
	labels: z.array(z.string()),
	mergedInto: z
		.string()
		.nullish()
		.transform((value) => value ?? undefined),
	name: z
		.string()
		.nullish()
		.transform((value) => value ?? undefined)
});
export const entityLinkRow = z.object({ type: z.string(), outgoing: z.boolean(), other: z.string(), properties: propertiesSchema });

export const createdIndexRow = z.object({ index: z.number() });
export const relationshipAmongRow = z.object({ from: z.string(), to: z.string(), key: z.string(), properties: propertiesSchema });
