import { z } from 'zod';
import { graphEdgeSchema, graphNodeSchema } from './graph';

/** Longest statement accepted: a research question fits well within it, a generated bomb does not. */
export const MAX_CYPHER_LENGTH = 20_000;
/** Longest parameters object, as JSON text. */
export const MAX_PARAMS_LENGTH = 100_000;

/** A parameter name as Cypher writes it after `$`. */
export const parameterNameSchema = z
	.string()
	.regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'doit être un nom de paramètre Cypher : lettres, chiffres et _, sans chiffre en tête');

/** Query parameters: a JSON object whose keys are parameter names (values are any JSON: the body was JSON). */
export const queryParamsSchema = z
	.record(parameterNameSchema, z.unknown())
	.refine((params) => JSON.stringify(params).length <= MAX_PARAMS_LENGTH, `doit tenir en ${MAX_PARAMS_LENGTH} caractères au plus en JSON`);
export type QueryParams = z.infer<typeof queryParamsSchema>;

/** POST /api/query */
export const queryRequestSchema = z.object({
	cypher: z
		.string({ error: 'la requête Cypher est obligatoire' })
		.max(MAX_CYPHER_LENGTH, `doit tenir en ${MAX_CYPHER_LENGTH} caractères au plus`)
		.regex(/\S/, 'ne doit pas être vide'),
	params: queryParamsSchema.default({})
});
export type QueryRequest = z.infer<typeof queryRequestSchema>;

/** A value of a result row: what `records.ts` makes of any driver value, i.e. any JSON. */
const plainSchema = z.unknown().describe('Any JSON value; a node is { elementId, labels, properties }.');

/** The nodes and relationships a result returned, drawn as the explorer draws them. */
export const queryGraphSchema = z.object({
	nodes: z.array(graphNodeSchema),
	edges: z.array(graphEdgeSchema),
	/** True when the result held more nodes than a view shows. */
	truncated: z.boolean()
});
export type QueryGraph = z.infer<typeof queryGraphSchema>;

export const queryResultSchema = z.object({
	/** Column names, in the order of RETURN. */
	columns: z.array(z.string()),
	/** One object per row, keyed by column; nodes are `{ elementId, labels, properties }`. */
	rows: z.array(z.record(z.string(), plainSchema)),
	/** Present when the rows hold nodes, relationships or paths of the graph. */
	graph: queryGraphSchema.optional(),
	/** True when the row cap cut the result: more rows exist. */
	truncated: z.boolean(),
	/** The row cap in force. */
	rowCap: z.number().int(),
	/** Time spent, in milliseconds, from planning to the last row read. */
	ms: z.number()
});
export type QueryResult = z.infer<typeof queryResultSchema>;

/** Why a statement was refused before it ran; stable codes for programs, messages for people. */
export const refusalCodes = [
	'write',
	'schema',
	'administration',
	'procedure',
	'function',
	'load-csv',
	'in-transactions',
	'use',
	'multiple-statements',
	'explain-profile',
	'query-options'
] as const;
export type RefusalCode = (typeof refusalCodes)[number];

/** Read procedures a query may call; everything else is refused before it runs (`reason: procedure`). */
export const ALLOWED_PROCEDURES = [
	'db.labels',
	'db.relationshipTypes',
	'db.propertyKeys',
	'db.schema.visualization',
	'db.schema.nodeTypeProperties',
	'db.schema.relTypeProperties',
	'db.index.fulltext.queryNodes',
	'db.index.fulltext.queryRelationships'
] as const;

/** Namespaces of the built-in functions that carry one (`date.truncate`, `point.distance`…); plugins' are refused. */
export const ALLOWED_FUNCTION_NAMESPACES = [
	'date',
	'datetime',
	'localdatetime',
	'localtime',
	'time',
	'duration',
	'point',
	'vector'
] as const;

/** What is wrong with a statement Neo4j refused (`code: query-invalid`), for a sentence in the reader's language. */
export const invalidCypherProblems = [
	'syntax',
	'unknown-variable',
	'unknown-function',
	'type-mismatch',
	'unparsable-value',
	'missing-parameter',
	'arithmetic',
	'type',
	'argument',
	'procedure',
	'schema',
	'other'
] as const;
export type InvalidCypherProblem = (typeof invalidCypherProblems)[number];
