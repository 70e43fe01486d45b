import { z } from 'zod';
import { exportedEdgeSchema, exportedNodeSchema, graphJsonSchema } from '$lib/domain/export';
import { edgeId } from '$lib/domain/graph';
import { entityKinds, extraLabels, placeKinds } from '$lib/domain/model';
import { cypher } from '$lib/server/db/cypher';
import type { Database } from '$lib/server/db/neo4j';
import { formatPath, type Problem } from './problems';
import type { GraphRows } from './rows';
import { writeBatches, type WriteProgress } from './write';

const COUNT_ENTITIES = cypher('stats/count-entities');

/**
 * `npm run import`: Maillage's own whole-graph JSON export (`GET /api/export?format=json`) back
 * into a database. The export carries, besides what the explorer draws, every stored property
 * of each node and relationship (`properties`), which is what the import writes; the rest
 * (degree, funding received…) is derived and computed again by the queries.
 */

const kindLabels = new Set<string>(entityKinds);
const knownLabels = new Set<string>([...entityKinds, ...extraLabels]);

/** The head of the export; nodes and edges are read one by one, so that one bad record does not hide the others. */
const documentSchema = graphJsonSchema
	.pick({ format: true, version: true })
	.extend({ nodes: z.array(z.unknown()), edges: z.array(z.unknown()) });

const nodeSchema = exportedNodeSchema.superRefine((node, context) => {
	const unknown = node.labels.find((label) => !knownLabels.has(label));
	if (unknown) context.addIssue({ code: 'custom', path: ['labels'], message: `unknown label "${unknown}"` });
	if (!holdsOneKind(node.labels)) context.addIssue({ code: 'custom', path: ['labels'], message: 'must hold exactly one entity kind' });
	if (node.properties.id !== node.id)
		context.addIssue({ code: 'custom', path: ['properties', 'id'], message: `must equal the node id "${node.id}"` });
});

/**
 * One kind per node; an institution that acts is the place itself (seed/enrich.ts): a région, a
 * département, an intercommunality or a commune may also be a PublicBody.
 */
function holdsOneKind(labels: readonly string[]): boolean {
	const kinds = labels.filter((label) => kindLabels.has(label));
	if (kinds.length === 1) return true;
	return kinds.length === 2 && kinds.includes('PublicBody') && kinds.some((kind) => (placeKinds as readonly string[]).includes(kind));
}

/** Problems reported before giving up: enough to fix a file, not a flood. */
const MAX_PROBLEMS = 20;

/** The rows to write, or the problems of the file (each naming the file, the record and the field). */
export function readGraphExport(text: string, file: string): { rows: GraphRows; problems: Problem[] } {
	const rows: GraphRows = { entities: [], relationships: [] };
	const problems: Problem[] = [];
	const report = (field: string, message: string) => problems.push({ file, field, message });
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (caught) {
		report('(file)', `not JSON: ${caught instanceof Error ? caught.message : caught}`);
		return { rows, problems };
	}
	const document = documentSchema.safeParse(value);
	if (!document.success) {
		for (const issue of document.error.issues) report(formatPath(issue.path), issue.message);
		return { rows, problems };
	}

	const nodeIndex = new Map<string, number>();
	document.data.nodes.forEach((raw, index) => {
		if (problems.length >= MAX_PROBLEMS) return;
		const node = nodeSchema.safeParse(raw);
		if (!node.success) {
			for (const issue of node.error.issues) report(formatPath(['nodes', index, ...issue.path]), issue.message);
			// Its edges are not reported again as pointing nowhere: the node is there, only wrong.
			const id = (raw as { id?: unknown } | null)?.id;
			if (typeof id === 'string') nodeIndex.set(id, index);
			return;
		}
		const seen = nodeIndex.get(node.data.id);
		if (seen !== undefined) return report(`nodes[${index}].id`, `"${node.data.id}" is already the id of nodes[${seen}]`);
		nodeIndex.set(node.data.id, index);
		rows.entities.push({
			id: node.data.id,
			labels: node.data.labels.filter((label) => label !== 'Entity'),
			properties: node.data.properties
		});
	});

	const edgeIndex = new Map<string, number>();
	document.data.edges.forEach((raw, index) => {
		if (problems.length >= MAX_PROBLEMS) return;
		const edge = exportedEdgeSchema.safeParse(raw);
		if (!edge.success) {
			for (const issue of edge.error.issues) report(formatPath(['edges', index, ...issue.path]), issue.message);
			return;
		}
		const { type, source, target, properties } = edge.data;
		for (const end of ['source', 'target'] as const) {
			if (!nodeIndex.has(edge.data[end])) return report(`edges[${index}].${end}`, `no node "${edge.data[end]}" in the file`);
		}
		const id = edgeId(type, source, target);
		const seen = edgeIndex.get(id);
		if (seen !== undefined) return report(`edges[${index}]`, `${id} is already edges[${seen}]`);
		edgeIndex.set(id, index);
		rows.relationships.push({ type, from: source, to: target, properties });
	});
	return { rows, problems: problems.slice(0, MAX_PROBLEMS) };
}

/** The database already holds entities: an import only fills an empty graph. */
export class GraphNotEmptyError extends Error {
	override name = 'GraphNotEmptyError';
}

/**
 * Writes the rows into a graph without entities, in ONE transaction: the emptiness check, every
 * node and every relationship commit together, or nothing does (an error, a kill, a lost
 * connection: the server rolls the open transaction back). Throws GraphNotEmptyError, writing
 * nothing, when the graph already has entities.
 */
export async function importRows(
	database: Database,
	rows: GraphRows,
	{
		batchSize = 2_000,
		timeoutMs,
		onProgress = () => {}
	}: { batchSize?: number; timeoutMs?: number; onProgress?: (progress: WriteProgress) => void } = {}
): Promise<void> {
	await database.writeTransaction(
		async (transaction) => {
			const [{ count }] = await transaction.run(COUNT_ENTITIES);
			if ((count as number) > 0)
				throw new GraphNotEmptyError(`The database already holds ${count} entities: an import needs an empty graph.`);
			await writeBatches(transaction, rows, { batchSize, onProgress });
		},
		timeoutMs === undefined ? {} : { timeoutMs }
	);
}
