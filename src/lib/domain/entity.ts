import { z } from 'zod';
import { clusterKindSchema, entityIdSchema, entityKindSchema, relationshipTypeSchema } from './model';
import { queryInteger } from './query-integer';

const plainValue = z.unknown();

/** What a list shows of a node: enough to name it, type it and link to it. */
export const entitySummarySchema = z.object({
	id: z.string(),
	name: z.string(),
	kind: entityKindSchema,
	labels: z.array(z.string()),
	description: z.string().optional(),
	/** A cluster's controlled kind (`clusterKinds`). */
	clusterKind: clusterKindSchema.optional(),
	/** A Territoire d'industrie's programme phase, which tells apart two territories of one name. */
	phase: z.string().optional()
});
export type EntitySummary = z.infer<typeof entitySummarySchema>;

export const searchHitSchema = entitySummarySchema.extend({
	score: z.number(),
	/** Where the entity is, when known: commune, EPCI, département or région name. */
	context: z.string().optional(),
	/** A Territoire d'industrie's programme phase, which tells apart two territories of one name. */
	phase: z.string().optional(),
	/** The theme it addresses, when it was found through a theme named like what was typed. */
	via: z.object({ id: z.string(), name: z.string() }).optional()
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const searchQuerySchema = z.object({
	q: z
		.string({ error: 'la recherche q est obligatoire' })
		.trim()
		.min(1, 'ne doit pas être vide')
		.max(200, 'doit tenir en 200 caractères au plus'),
	// A form's "all types" option sends `type=`: empty means no filter.
	type: z.preprocess((value) => (value === '' ? undefined : value), entityKindSchema.optional()),
	// Only clusters of this kind (pôles de compétitivité, clusters, ecosystems, networks); empty means any.
	clusterKind: z.preprocess((value) => (value === '' ? undefined : value), clusterKindSchema.optional()),
	limit: queryInteger(1, 50, 10)
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

export const searchResponseSchema = z.object({
	query: z.string(),
	type: entityKindSchema.nullable(),
	clusterKind: clusterKindSchema.optional(),
	results: z.array(searchHitSchema)
});
export type SearchResponse = z.infer<typeof searchResponseSchema>;

export const sourceSchema = z.object({
	id: z.string(),
	title: z.string(),
	/** True when the document gives no title: the one shown is Maillage's. */
	titleSupplied: z.boolean().optional(),
	authors: z.array(z.string()).optional(),
	publisher: z.string().optional(),
	date: z.string().optional(),
	url: z.string().optional(),
	file: z.string().optional(),
	/** A file a contributor gave as the source, served at /sources/fichiers/<upload>. */
	upload: z.string().optional(),
	licence: z.string().optional(),
	kind: z.string().optional(),
	/** A document read in Maillage: its page shows the passage a fact was read in. */
	document: z.boolean().optional()
});
export type Source = z.infer<typeof sourceSchema>;

/** One citation of a fact: the document, the section, and the excerpt that states it. */
export const citationSchema = z.object({
	source: sourceSchema.nullable(),
	sourceId: z.string(),
	section: z.string().optional(),
	evidence: z.string().optional()
});
export type Citation = z.infer<typeof citationSchema>;

export const entityRelationshipSchema = z.object({
	type: relationshipTypeSchema,
	direction: z.enum(['out', 'in']),
	properties: z.record(z.string(), plainValue),
	citations: z.array(citationSchema),
	other: entitySummarySchema
});
export type EntityRelationship = z.infer<typeof entityRelationshipSchema>;

export const entityDetailSchema = z.object({
	entity: entitySummarySchema.extend({
		aliases: z.array(z.string()),
		properties: z.record(z.string(), plainValue)
	}),
	citations: z.array(citationSchema),
	relationships: z.array(entityRelationshipSchema),
	/** Number of relationships of each type, including those beyond the page's cap. */
	relationshipCounts: z.record(z.string(), z.number()),
	truncated: z.boolean()
});
export type EntityDetail = z.infer<typeof entityDetailSchema>;

export const entityParamsSchema = z.object({ id: entityIdSchema });
