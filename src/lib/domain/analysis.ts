import { z } from 'zod';
import { entityIdSchema, entityKindSchema } from './model';

/**
 * The networks `/analyse` computes measures on. Each is read by one Cypher file
 * (`cypher/analysis/<file>.cypher`) as weighted, undirected links between entities.
 */
export const projections = ['actors-sharing-projects', 'territories-sharing-clusters', 'actors-and-projects'] as const;
export const projectionSchema = z.enum(projections);
export type Projection = z.infer<typeof projectionSchema>;

/** The measures computed for every node, in the order the tables show them. */
export const nodeMeasures = ['degree', 'weightedDegree', 'betweenness', 'closeness', 'pagerank'] as const;
export type NodeMeasure = (typeof nodeMeasures)[number];

/** An empty query-string value means "no restriction", as a form's "all" option sends it. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

/** GET /api/analysis?projection=&region=&theme= */
export const analysisQuerySchema = z.object({
	projection: projectionSchema.default('actors-sharing-projects'),
	/** A région's entity id: `region-28`. */
	region: optional(entityIdSchema.regex(/^region-\w+$/, 'doit être l’identifiant d’une région, comme region-28')),
	/** A theme's entity id; its narrower themes count too. */
	theme: optional(entityIdSchema)
});
export type AnalysisQuery = z.infer<typeof analysisQuerySchema>;

/** POST /api/analysis/write takes the same choice as a JSON body. */
export const analysisWriteRequestSchema = analysisQuerySchema.strict();

export const analysisNodeSchema = z.object({
	id: z.string(),
	name: z.string(),
	kind: entityKindSchema,
	labels: z.array(z.string()),
	/** Number of neighbours in the projection. */
	degree: z.number().int().min(0),
	/** Sum of the weights of its links (shared projects, shared clusters…). */
	weightedDegree: z.number().min(0),
	/** Share of shortest paths (in hops) between other nodes that pass through it, from 0 to 1. */
	betweenness: z.number().min(0),
	/** Closeness in hops, Wasserman–Faust corrected for disconnected networks, from 0 to 1. */
	closeness: z.number().min(0),
	/** PageRank on the weighted links; all of them add up to 1. */
	pagerank: z.number().min(0),
	/** Louvain community, numbered from 0 by decreasing size. */
	community: z.number().int().min(0)
});
export type AnalysisNode = z.infer<typeof analysisNodeSchema>;

export const analysisEdgeSchema = z.object({
	source: z.string(),
	target: z.string(),
	weight: z.number().positive(),
	/** What the link stands for: the shared entities' ids, or the relationship types of a bipartite link. */
	via: z.array(z.string())
});
export type AnalysisEdge = z.infer<typeof analysisEdgeSchema>;

export const communitySchema = z.object({
	id: z.number().int().min(0),
	size: z.number().int().positive(),
	/** Its members' ids, best connected first (weighted degree). */
	members: z.array(z.string())
});
export type Community = z.infer<typeof communitySchema>;

export const analysisSummarySchema = z.object({
	nodes: z.number().int().min(0),
	edges: z.number().int().min(0),
	/** Links over possible links, from 0 to 1. */
	density: z.number().min(0),
	components: z.number().int().min(0),
	largestComponent: z.number().int().min(0),
	isolated: z.number().int().min(0),
	communities: z.number().int().min(0),
	/** Weighted modularity of the Louvain partition, from -0.5 to 1. */
	modularity: z.number(),
	totalWeight: z.number().min(0)
});
export type AnalysisSummary = z.infer<typeof analysisSummarySchema>;

export const analysisResultSchema = z.object({
	projection: projectionSchema,
	region: z.string().nullable(),
	theme: z.string().nullable(),
	/** Nodes ranked by PageRank, best first. */
	nodes: z.array(analysisNodeSchema),
	edges: z.array(analysisEdgeSchema),
	communities: z.array(communitySchema),
	summary: analysisSummarySchema,
	/** How many nodes have each degree, by increasing degree. */
	degreeDistribution: z.array(z.object({ degree: z.number().int().min(0), count: z.number().int().positive() }))
});
export type AnalysisResult = z.infer<typeof analysisResultSchema>;

export const analysisWriteResultSchema = z.object({
	projection: projectionSchema,
	/** The property names written on each node. */
	properties: z.array(z.string()),
	/** Nodes that received the measures. */
	written: z.number().int().min(0),
	/** Nodes whose earlier measures of this projection were removed first. */
	cleared: z.number().int().min(0)
});
export type AnalysisWriteResult = z.infer<typeof analysisWriteResultSchema>;

export const filterOptionsSchema = z.object({
	regions: z.array(z.object({ id: z.string(), name: z.string() })),
	themes: z.array(z.object({ id: z.string(), name: z.string(), nameEn: z.string().optional(), root: z.string() }))
});
export type FilterOptions = z.infer<typeof filterOptionsSchema>;
