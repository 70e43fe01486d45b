import { z } from 'zod';
import { graphEdgeSchema, graphNodeSchema } from '$lib/domain/graph';
import { ExportFormatError, exportAttribution, validated, type ExportGraph } from './export-graph';

/**
 * Maillage's own export, the one that loses nothing and can be opened again:
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
	format: z.literal('maillage-graph'),
	version: z.literal(1),
	exportedAt: z.iso.datetime(),
	attribution: z.string(),
	nodes: z.array(graphNodeSchema),
	edges: z.array(graphEdgeSchema),
	positions: z.record(z.string(), z.object({ x: z.number(), y: z.number() })).optional()
});
export type GraphJson = z.infer<typeof graphJsonSchema>;

/** The graph as a Maillage JSON document, indented so that it reads in an editor. */
export function toGraphJson(graph: ExportGraph, exportedAt = new Date()): string {
	const document: GraphJson = {
		format: 'maillage-graph',
		version: 1,
		exportedAt: exportedAt.toISOString(),
		attribution: graph.attribution ?? exportAttribution,
		nodes: graph.nodes,
		edges: graph.edges,
		...(graph.positions ? { positions: graph.positions } : {})
	};
	return JSON.stringify(document, null, '\t') + '\n';
}

/** Reads a Maillage JSON document; throws `ExportFormatError` naming what is wrong. */
export function parseGraphJson(text: string): GraphJson & ExportGraph {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		throw new ExportFormatError('Not a Maillage graph: the file is not JSON');
	}
	if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== 'maillage-graph') {
		throw new ExportFormatError('Not a Maillage graph: "format" is not "maillage-graph"');
	}
	return validated(graphJsonSchema, value, 'Maillage graph');
}
