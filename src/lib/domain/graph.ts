import { z } from 'zod';
import {
	clusterKindSchema,
	entityIdSchema,
	entityKindSchema,
	entityKinds,
	linkStatusSchema,
	poleLabelStatusSchema,
	projectStatusSchema,
	relationshipTypeSchema,
	relationshipTypes,
	territoryPhaseSchema
} from './model';
import { queryInteger } from './query-integer';

/**
 * A node as the explorer and the graph API carry it: enough to draw, filter, size and place it.
 * Geography (`lat`/`lon`) and the region/department it lies in drive the map layout and filters.
 */
/** A value Neo4j stores on Maillage's nodes and relationships: text, number, boolean, or a list of one of them. */
export const storedValueSchema = z.union(
	[z.string(), z.number(), z.boolean(), z.array(z.string()), z.array(z.number()), z.array(z.boolean())],
	{ error: 'doit être un texte, un nombre, un booléen ou une liste de l’un d’eux' }
);

/** Every stored property of a node or relationship, as the whole-graph export carries them. */
export const storedPropertiesSchema = z.record(z.string(), storedValueSchema);
export type StoredProperties = z.infer<typeof storedPropertiesSchema>;

export const graphNodeSchema = z.object({
	id: z.string(),
	name: z.string(),
	kind: entityKindSchema,
	labels: z.array(z.string()),
	description: z.string().optional(),
	lat: z.number().optional(),
	lon: z.number().optional(),
	/** Territory phase, for Territoires d'industrie. */
	phase: territoryPhaseSchema.optional(),
	/** Project status and years, for the status filter and the year slider. */
	status: projectStatusSchema.optional(),
	startYear: z.number().optional(),
	endYear: z.number().optional(),
	/** A cluster's kind: a pôle de compétitivité is told apart from a cluster, an ecosystem or a network. */
	clusterKind: clusterKindSchema.optional(),
	/** A pôle's State labelling: its phase (« V (2023-2026) ») and its status in it. */
	labelPhase: z.string().optional(),
	labelStatus: poleLabelStatusSchema.optional(),
	/** Number of relationships in the whole graph (not only in the view). */
	degree: z.number().optional(),
	/** Sum of FUNDS amounts received, in euros. */
	fundingReceivedEur: z.number().optional(),
	/** Every stored property, in the whole-graph export only (`npm run import` rebuilds the node from them). */
	properties: storedPropertiesSchema.optional()
});
export type GraphNode = z.infer<typeof graphNodeSchema>;

export const graphEdgeSchema = z.object({
	/** Stable across queries: `${type}:${source}->${target}`. */
	id: z.string(),
	source: z.string(),
	target: z.string(),
	type: relationshipTypeSchema,
	role: z.string().optional(),
	/** The source's own words for a role, when the controlled `role` alone would lose them. */
	roleText: z.string().optional(),
	/** ROLE_AT: the person's title as the source writes it. */
	title: z.string().optional(),
	amountEur: z.number().optional(),
	year: z.number().optional(),
	/** FUNDS: the id of the programme through which the operator funds. */
	programme: z.string().optional(),
	since: z.number().optional(),
	/** A link the source states as a prospect or not in effect; absent means in effect. */
	status: linkStatusSchema.optional(),
	/** `"<source id>#<section>"` citations, and evidence excerpts aligned with them. */
	sources: z.array(z.string()).default([]),
	evidence: z.array(z.string()).default([]),
	/** Every stored property, in the whole-graph export only (`npm run import` rebuilds the relationship from them). */
	properties: storedPropertiesSchema.optional()
});
export type GraphEdge = z.infer<typeof graphEdgeSchema>;

export const graphPayloadSchema = z.object({
	nodes: z.array(graphNodeSchema),
	edges: z.array(graphEdgeSchema),
	/** True when a cap cut the result; `limit` says which. */
	truncated: z.boolean(),
	limit: z.number().optional(),
	/**
	 * At depth 2, the neighbours whose own links were not followed: themes, places and entities of
	 * more than HUB_DEGREE links (`follow=all` follows them).
	 */
	unfollowed: z.array(z.string()).optional()
});
export type GraphPayload = z.infer<typeof graphPayloadSchema>;

/** Edge id from its parts, the same on server and client. */
export function edgeId(type: string, source: string, target: string): string {
	return `${type}:${source}->${target}`;
}

const list = <T extends z.ZodType>(item: T) =>
	z.preprocess((value) => (typeof value === 'string' ? (value === '' ? [] : value.split(',')) : value), z.array(item));

/** GET /api/graph/neighbourhood?id=&depth=&limit=&types=&kinds= */
export const neighbourhoodQuerySchema = z.object({
	id: entityIdSchema,
	depth: queryInteger(1, 2, 1),
	limit: queryInteger(1, 1_000, 100),
	types: list(z.enum(relationshipTypes)).default([]),
	kinds: list(z.enum(entityKinds)).default([]),
	/** `all`: the second hop also passes through themes, places and hubs. */
	follow: z.enum(['capped', 'all']).default('capped')
});
export type NeighbourhoodQuery = z.infer<typeof neighbourhoodQuerySchema>;

/** GET /api/graph/neighbourhood/counts?id= */
export const neighbourCountsQuerySchema = z.object({ id: entityIdSchema });

/**
 * An entity's neighbours counted by kind and its links by type, most first: what the explorer
 * shows before opening a node with more neighbours than it draws at once.
 */
export const neighbourCountsSchema = z.object({
	id: z.string(),
	total: z.number().int(),
	kinds: z.array(z.object({ kind: z.enum(entityKinds), count: z.number().int() })),
	types: z.array(z.object({ type: z.enum(relationshipTypes), count: z.number().int() }))
});
export type NeighbourCounts = z.infer<typeof neighbourCountsSchema>;

/** At depth 2, the most neighbours kept from each neighbour passed through (its best by link and degree). */
export const SECOND_HOP_PER_NEIGHBOUR = 50;

/** Longest path the explorer searches, in links. */
export const MAX_PATH_LENGTH = 8;

/**
 * Links above which an entity is a hub that « contourner les grands nœuds » leaves out of paths:
 * a programme that selected 183 territories, a département and its communes. No actor, project
 * or territory of the seeded graph has more than 40; the national programmes have 150 and 184.
 */
export const HUB_DEGREE = 100;

/** What a path may avoid in between its ends. */
export const pathAvoidances = ['geography', 'themes', 'hubs'] as const;
export type PathAvoidance = (typeof pathAvoidances)[number];

/**
 * GET /api/graph/paths?from=&to=&maxLength=&avoid= ; avoid=geography,themes,hubs leaves those
 * nodes out (hubs: more than HUB_DEGREE links).
 */
export const pathsQuerySchema = z.object({
	from: entityIdSchema,
	to: entityIdSchema,
	maxLength: queryInteger(1, MAX_PATH_LENGTH, 6),
	avoid: list(z.enum(pathAvoidances)).default([])
});
export type PathsQuery = z.infer<typeof pathsQuerySchema>;

/** The paths query as the API accepts it: a path needs two different ends. */
export const pathsRequestSchema = pathsQuerySchema.refine((query) => query.from !== query.to, {
	message: 'doit désigner une autre entité que from',
	path: ['to']
});

export const pathsPayloadSchema = z.object({
	paths: z.array(z.object({ nodes: z.array(graphNodeSchema), edges: z.array(graphEdgeSchema) })),
	truncated: z.boolean()
});
export type PathsPayload = z.infer<typeof pathsPayloadSchema>;

/** Most ids a GET carries: 100 of 120 characters keep its address under Node's 16 KB limit (431 past it). */
export const SUBGRAPH_GET_MAX_IDS = 100;

function subgraphIds(most: number, beyond: string) {
	return (
		list(entityIdSchema)
			.pipe(z.array(entityIdSchema).min(1, 'doit nommer au moins une entité').max(most, `doit nommer ${most} entités au plus${beyond}`))
			// What the list is after reading, for the OpenAPI description (a preprocessed value reads as anything).
			.meta({ minItems: 1, maxItems: most })
	);
}

/** POST /api/graph/subgraph {ids: [a, b, c]} — the nodes and every edge among them. */
export const subgraphQuerySchema = z.object({ ids: subgraphIds(5_000, '') }).meta({ required: ['ids'] });
/** GET /api/graph/subgraph?ids=a,b,c — the same for fewer ids. */
export const subgraphGetQuerySchema = z
	.object({ ids: subgraphIds(SUBGRAPH_GET_MAX_IDS, ' (au-delà, POST /api/graph/subgraph)') })
	.meta({ required: ['ids'] });
export type SubgraphQuery = z.infer<typeof subgraphQuerySchema>;
