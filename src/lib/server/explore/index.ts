import type { GraphEdge, GraphNode, GraphPayload, NeighbourhoodQuery, PathsPayload, PathsQuery, SubgraphQuery } from '$lib/domain/graph';
import type { RelationshipType } from '$lib/domain/model';
import { cypher } from '$lib/server/db/cypher';
import { mergeEdges, orderNodes, toGraphEdge, toGraphNode } from './graph-elements';
import type { Database } from '$lib/server/db/neo4j';
import type { Plain } from '$lib/server/db/records';

const RANK_NEIGHBOURS = cypher('explore/rank-neighbours');
const LIST_NODES = cypher('explore/list-nodes');
const LIST_EDGES_AMONG = cypher('explore/list-edges-among');
const FIND_PATHS = cypher('explore/find-paths');

/** Most paths one answer carries; `truncated` says when more shortest paths exist. */
export const PATH_CAP = 25;

/** One end of a path request names no entity; `field` says which. */
export class EntityNotFoundError extends Error {
	override name = 'EntityNotFoundError';
	constructor(
		readonly field: 'from' | 'to',
		readonly id: string
	) {
		super(`Aucune entité n’a l’identifiant « ${id} ».`);
	}
}

/**
 * The entity and its best neighbours up to `depth` hops (see `cypher/explore/rank-neighbours` for
 * the ranking), with every relationship among them; null when the id is unknown. The entity comes
 * first, then its neighbours best first. `types` also filters the edges drawn among them.
 */
export async function neighbourhood(database: Database, query: NeighbourhoodQuery): Promise<GraphPayload | null> {
	const [ranked] = await database.read(RANK_NEIGHBOURS, {
		id: query.id,
		depth: query.depth,
		limit: query.limit,
		types: query.types,
		kinds: query.kinds
	});
	if (!ranked) return null;
	const ids = [query.id, ...strings(ranked.neighbours)];
	const { nodes, edges } = await elementsAmong(database, ids, query.types);
	return { nodes, edges, truncated: ranked.truncated === true, limit: query.limit };
}

/** The given entities and every relationship among them; null when none of them exists. */
export async function subgraph(database: Database, query: SubgraphQuery): Promise<GraphPayload | null> {
	const { nodes, edges } = await elementsAmong(database, query.ids, []);
	if (nodes.length === 0) return null;
	return { nodes, edges, truncated: false };
}

/**
 * Every shortest undirected path between two entities up to `maxLength` links (at most
 * PATH_CAP of them), optionally avoiding geography or themes in between. No path within the
 * length gives an empty list. Throws EntityNotFoundError when an end is unknown.
 */
export async function findPaths(database: Database, query: PathsQuery): Promise<PathsPayload> {
	const [row] = await database.read(FIND_PATHS, {
		from: query.from,
		to: query.to,
		maxLength: query.maxLength,
		cap: PATH_CAP + 1,
		avoidGeography: query.avoid.includes('geography'),
		avoidThemes: query.avoid.includes('themes')
	});
	if (!row?.fromFound) throw new EntityNotFoundError('from', query.from);
	if (!row.toFound) throw new EntityNotFoundError('to', query.to);

	const found = (Array.isArray(row.paths) ? row.paths : []) as { [key: string]: Plain }[];
	const kept = found.slice(0, PATH_CAP).map((path) => ({
		ids: strings(path.nodes),
		edges: rowsOf(path.edges).flatMap((edge) => toGraphEdge(edge) ?? [])
	}));
	const nodes = await listNodes(database, [...new Set(kept.flatMap((path) => path.ids))]);
	const byId = new Map(nodes.map((node) => [node.id, node]));
	const paths = kept
		.map((path) => ({ nodes: path.ids.flatMap((id) => byId.get(id) ?? []), edges: path.edges }))
		// A node deleted between the two reads would break the chain; such a path is left out.
		.filter((path) => path.nodes.length === path.edges.length + 1);
	return { paths, truncated: found.length > PATH_CAP };
}

async function elementsAmong(
	database: Database,
	ids: readonly string[],
	types: readonly RelationshipType[]
): Promise<{ nodes: GraphNode[]; edges: GraphEdge[] }> {
	const unique = [...new Set(ids)];
	const [nodes, edgeRows] = await Promise.all([listNodes(database, unique), database.read(LIST_EDGES_AMONG, { ids: unique, types })]);
	const ordered = orderNodes(nodes, unique);
	const drawn = new Set(ordered.map((node) => node.id));
	const edges = mergeEdges(
		edgeRows
			.flatMap((row) => toGraphEdge(row.edge as { [key: string]: Plain }) ?? [])
			.filter((edge) => drawn.has(edge.source) && drawn.has(edge.target))
	);
	return { nodes: ordered, edges };
}

async function listNodes(database: Database, ids: string[]): Promise<GraphNode[]> {
	if (ids.length === 0) return [];
	const rows = await database.read(LIST_NODES, { ids });
	return rows.flatMap((row) => toGraphNode(row.node as { [key: string]: Plain }) ?? []);
}

function rowsOf(value: Plain | undefined): { [key: string]: Plain }[] {
	return Array.isArray(value)
		? value.filter((item): item is { [key: string]: Plain } => !!item && typeof item === 'object' && !Array.isArray(item))
		: [];
}

function strings(value: Plain | undefined): string[] {
	return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
