import { z } from 'zod';
import { graphEdgeSchema, graphNodeSchema, storedPropertiesSchema } from './graph';
import { entityIdSchema } from './model';

/**
 * The whole-graph export formats: GraphML and GEXF for Gephi, yEd or igraph/networkx, two CSV
 * files (nodes, edges) for R, pandas and spreadsheets, and Maillage's own JSON.
 */
export const exportFormats = ['graphml', 'gexf', 'csv-nodes', 'csv-edges', 'json'] as const;
export const exportFormatSchema = z.enum(exportFormats);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

/** GET /api/export?format= */
export const exportQuerySchema = z.object({
	format: exportFormatSchema
});
export type ExportQuery = z.infer<typeof exportQuerySchema>;

/** What tells Maillage's JSON export from any other JSON. */
export const GRAPH_JSON_FORMAT = 'maillage-graph';
/** Raised when a field of the JSON export changes meaning. */
export const GRAPH_JSON_VERSION = 1;

/**
 * Maillage's own export, the one that loses nothing and can be opened again. The explorer writes
 * it for a view, `GET /api/export?format=json` for the whole graph, and `npm run import` reads
 * the latter back:
 *
 * ```json
 * {
 *   "format": "maillage-graph",       // always this: tells the file from any other JSON
 *   "version": 1,                     // raised when a field changes meaning
 *   "exportedAt": "2025-03-14T09:26:53.000Z",
 *   "attribution": "Maillage — données sourcées …",
 *   "nodes": [GraphNode…],            // as GET /api/graph/* returns them
 *   "edges": [GraphEdge…],
 *   "positions": { "<node id>": { "x": 12.5, "y": -40 } }   // optional: the view's coordinates, y pointing down
 * }
 * ```
 */
export const graphJsonSchema = z.object({
	// The import's command line reads these two messages: in its language.
	format: z.literal(GRAPH_JSON_FORMAT, `must be "${GRAPH_JSON_FORMAT}" (a Maillage JSON export)`),
	version: z.literal(GRAPH_JSON_VERSION, `must be ${GRAPH_JSON_VERSION}`),
	exportedAt: z.iso.datetime(),
	attribution: z.string(),
	nodes: z.array(graphNodeSchema),
	edges: z.array(graphEdgeSchema),
	positions: z.record(z.string(), z.object({ x: z.number(), y: z.number() })).optional()
});
export type GraphJson = z.infer<typeof graphJsonSchema>;

/**
 * A node of the whole-graph export as `npm run import` writes it back: what the explorer draws is
 * derived again by the queries, so only the id, the labels and every stored property matter.
 */
export const exportedNodeSchema = z.object({
	id: entityIdSchema,
	labels: graphNodeSchema.shape.labels,
	properties: storedPropertiesSchema
});

/** An edge of the whole-graph export as `npm run import` writes it back. */
export const exportedEdgeSchema = z.object({
	type: graphEdgeSchema.shape.type,
	source: entityIdSchema,
	target: entityIdSchema,
	properties: storedPropertiesSchema
});
