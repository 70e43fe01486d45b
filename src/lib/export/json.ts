import { z } from 'zod';
import { graphEdgeSchema, graphNodeSchema } from '$lib/domain/graph';
import {
	ExportFormatError,
	exportAttribution,
	optionsFor,
	validated,
	writeGraph,
	type ExportGraph,
	type GraphWriter,
	type WriterOptions
} from './export-graph';

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

/** A value as JSON indented with tabs, starting `depth` tabs in. */
const indented = (value: unknown, depth: number) => JSON.stringify(value, null, '\t').replace(/\n/g, '\n' + '\t'.repeat(depth));

/** The Maillage JSON document, piece by piece (see `GraphWriter`), indented so that it reads in an editor. */
export function graphJsonWriter(options: WriterOptions = {}): GraphWriter {
	let first = true;
	const item = (value: unknown) => {
		const text = `${first ? '' : ','}\n\t\t${indented(value, 2)}`;
		first = false;
		return text;
	};
	const close = () => (first ? ']' : '\n\t]');
	return {
		parts: ['nodes', 'edges'],
		start: () =>
			'{\n' +
			`\t"format": "maillage-graph",\n\t"version": 1,\n` +
			`\t"exportedAt": ${JSON.stringify((options.now ?? new Date()).toISOString())},\n` +
			`\t"attribution": ${JSON.stringify(options.attribution ?? exportAttribution)},\n` +
			'\t"nodes": [',
		node: item,
		between: () => {
			const text = `${close()},\n\t"edges": [`;
			first = true;
			return text;
		},
		edge: item,
		end: () => `${close()}${options.positions ? `,\n\t"positions": ${indented(options.positions, 1)}` : ''}\n}\n`
	};
}

/** The graph as a Maillage JSON document. */
export function toGraphJson(graph: ExportGraph, exportedAt = new Date()): string {
	return writeGraph(graphJsonWriter(optionsFor(graph, exportedAt)), graph);
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
