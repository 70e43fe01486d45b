import { z } from 'zod';
import type { EntitySummary, Source } from '$lib/domain/entity';
import { clusterKindSchema, entityKindSchema, relationshipTypeSchema } from '$lib/domain/model';
import { compact, filledText, kindedLabels, optionalText, orAbsent, textList } from './values';

const summaryFields = z.object({
	id: z.string(),
	name: optionalText,
	labels: kindedLabels,
	description: optionalText,
	clusterKind: clusterKindSchema.optional().catch(undefined),
	phase: optionalText
});

function summaryOf({ id, name, labels, description, clusterKind, phase }: z.output<typeof summaryFields>): EntitySummary {
	return compact({ id, name: name ?? id, kind: labels.kind, labels: labels.labels, description, clusterKind, phase });
}

/** A node map `{ id, name, description, labels }` as an EntitySummary, named by its id when it has no name; fails without a known kind. */
export const entitySummaryRow = summaryFields.transform(summaryOf);

/**
 * `entities/get-entity`: the entity's summary, aliases and citations, and its other properties as
 * they are; undefined (no entity to show) when it has no known kind.
 */
export const entityRow = orAbsent(
	z
		.object({
			entity: z.looseObject({ ...summaryFields.shape, aliases: textList, sources: textList, evidence: textList.catch([]) })
		})
		.transform(({ entity: { id, name, labels, description, aliases, sources, evidence, ...properties } }) => ({
			summary: summaryOf({
				id,
				name,
				labels,
				description,
				clusterKind: properties.clusterKind as z.output<typeof summaryFields>['clusterKind']
			}),
			aliases,
			sources,
			/** The excerpts beside `sources`, position by position, when the entity was contributed with them. */
			evidence,
			properties
		}))
);

/**
 * `entities/list-entity-relationships`: a relationship, its citations apart from its other
 * properties, and the entity at the other end; left out for a type the model does not know or
 * an other end without a known kind.
 */
export const entityRelationshipRow = orAbsent(
	z.object({
		type: relationshipTypeSchema,
		direction: z.enum(['out', 'in']).catch('in'),
		properties: z.looseObject({ sources: textList, evidence: textList }),
		other: entitySummaryRow
	})
);

/** `entities/count-entity-relationships`: how many relationships of one type. */
export const relationshipCountRow = z.object({ type: z.string(), count: z.number() });

/** A source map as a Source: its properties without nulls, titled by its id when it has no name. */
const sourceRow = z
	.object({
		id: z.string(),
		title: optionalText,
		titleSupplied: z
			.boolean()
			.nullish()
			.catch(undefined)
			.transform((supplied) => supplied ?? undefined),
		authors: textList
			.nullish()
			.catch(undefined)
			.transform((authors) => authors ?? undefined),
		publisher: optionalText,
		date: optionalText,
		url: optionalText,
		file: optionalText,
		upload: optionalText,
		licence: optionalText,
		kind: optionalText,
		document: z
			.boolean()
			.nullish()
			.catch(undefined)
			.transform((document) => document || undefined)
	})
	.transform(({ id, title, ...rest }): Source => compact({ id, title: title ?? id, ...rest }));

/** `entities/list-sources` and `entities/list-all-sources`: one source each. */
export const sourcesRow = z.object({ source: sourceRow }).transform((row) => row.source);

/** `search/search-entities`: a hit with its score, a place for context and a cluster's kind; left out without a known kind. */
export const searchHitRow = z
	.object({
		entity: orAbsent(
			summaryFields.extend({ clusterKind: orAbsent(clusterKindSchema), aliases: textList.optional().catch(undefined), phase: optionalText })
		),
		score: z.number(),
		context: filledText
	})
	.transform(({ entity, score, context }) =>
		entity
			? {
					...compact({ ...summaryOf(entity), clusterKind: entity.clusterKind, phase: entity.phase, score, context }),
					/** The name and aliases, to rank the hit by how they match; not part of the answer. */
					names: [entity.name ?? entity.id, ...(entity.aliases ?? [])]
				}
			: undefined
	);

/** `search/list-addressing`: an actor or project found through a theme it addresses, scored below the names found. */
export const addressingHitRow = z
	.object({
		entity: orAbsent(summaryFields.extend({ clusterKind: orAbsent(clusterKindSchema), phase: optionalText })),
		via: z.object({ id: z.string(), name: optionalText }),
		context: filledText
	})
	.transform(({ entity, via, context }) =>
		entity
			? compact({
					...summaryOf(entity),
					clusterKind: entity.clusterKind,
					phase: entity.phase,
					score: 0,
					context,
					via: { id: via.id, name: via.name ?? via.id }
				})
			: undefined
	);

/** `stats/count-entities-by-kind`: a kind the model does not know is left out. */
export const kindCountRow = z
	.object({ kind: orAbsent(entityKindSchema), count: z.number() })
	.transform(({ kind, count }) => (kind ? { kind, count } : undefined));

/** `views/create-saved-view`: the new view's id and creation time. */
export const createdViewRow = z.object({ id: z.string(), createdAt: z.string() });

/** `views/get-saved-view`: the view's state as the JSON text it was saved as. */
export const savedViewRow = z.object({ id: z.string(), state: z.string(), createdAt: z.string(), ownerId: z.string().nullish() });
export const deletedViewsRow = z.object({ deleted: z.number() });
