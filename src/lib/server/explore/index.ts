import {
	HUB_DEGREE,
	MAX_PATH_LENGTH,
	SECOND_HOP_PER_NEIGHBOUR,
	type GraphEdge,
	type GraphNode,
	type GraphPayload,
	type NeighbourCounts,
	type NeighbourhoodQuery,
	type PathsPayload,
	type PathsQuery,
	type SubgraphQuery
} from '$lib/domain/graph';
import type { RelationshipType } from '$lib/domain/model';
import type { Database } from '$lib/server/db/neo4j';
import { boundedStatement, edgeRow, neighbourCountsRow, nodeRow, pathsRow, rankedNeighboursRow, statement } from '$lib/server/db/rows';
import { mergeEdges, orderNodes } from './graph-elements';

/**
 * The explorer's reads: an entity's neighbourhood, a subgraph, the paths between two entities,
 * and the entities as the explorer draws them. Import by namespace:
 * `import * as explore from '$lib/server/explore'`.
 */
export { mergeEdges, orderNodes } from './graph-elements';

const RANK_NEIGHBOURS = statement('explore/rank-neighbours', rankedNeighboursRow);
const COUNT_NEIGHBOURS = statement('explore/count-neighbours', neighbourCountsRow);
const LIST_NODES = statement('explore/list-nodes', nodeRow);
const LIST_EDGES_AMONG = statement('explore/list-edges-among', edgeRow);
const FIND_PATHS = boundedStatement('explore/find-paths', pathsRow, MAX_PATH_LENGTH);

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
	const [ranked] = await RANK_NEIGHBOURS.read(database, {
		id: query.id,
		depth: query.depth,
		limit: query.limit,
		types: query.types,
		kinds: query.kinds,
		followAll: query.follow === 'all',
		hubDegree: HUB_DEGREE,
		perNeighbour: SECOND_HOP_PER_NEIGHBOUR
	});
	if (!ranked) return null;
	const ids = [query.id, ...ranked.neighbours];
	const { nodes, edges } = await elementsAmong(database, ids, query.types);
	const payload: GraphPayload = { nodes, edges, truncated: ranked.truncated, limit: query.limit };
	return query.depth >= 2 ? { ...payload, unfollowed: ranked.unfollowed } : payload;
}

/**
 * How many neighbours an entity has, by kind, and how many links, by type, most first; null when
 * the id is unknown. A place that also acts (a région that funds) counts as the place it is.
 */
export async function countNeighbours(database: Database, id: string): Promise<NeighbourCounts | null> {
	const [row] = await COUNT_NEIGHBOURS.read(database, { id });
	if (!row) return null;
	const kinds = new Map<NeighbourCounts['kinds'][number]['kind'], number>();
	for (const { labels, count } of row.byLabels) kinds.set(labels.kind, (kinds.get(labels.kind) ?? 0) + count);
	const mostFirst = <T extends { count: number }>(items: T[]) => items.sort((a, b) => b.count - a.count);
	return {
		id,
		total: [...kinds.values()].reduce((sum, count) => sum + count, 0),
		kinds: mostFirst([...kinds].map(([kind, count]) => ({ kind, count }))),
		types: mostFirst(row.byType.map(({ type, count }) => ({ type, count })))
	};
}

/** The given entities and every relationship among them; null when none of them exists. */
export async function subgraph(database: Database, query: SubgraphQuery): Promise<GraphPayload | null> {
	const { nodes, edges } = await elementsAmong(database, query.ids, []);
	if (nodes.length === 0) return null;
	return { nodes, edges, truncated: false };
}

/**
 * Every shortest undirected path between two entities up to `maxLength` links (at most
 * PATH_CAP of them), optionally avoiding geography, themes or hubs (more than HUB_DEGREE links)
 * in between. No path within the length gives an empty list. Throws EntityNotFoundError when an end is unknown.
 */
export async function findPaths(database: Database, query: PathsQuery): Promise<PathsPayload> {
	const [row] = await FIND_PATHS(query.maxLength).read(database, {
		from: query.from,
		to: query.to,
		cap: PATH_CAP + 1,
		avoidGeography: query.avoid.includes('geography'),
		avoidThemes: query.avoid.includes('themes'),
		avoidHubs: query.avoid.includes('hubs'),
		hubDegree: HUB_DEGREE
	});
	if (!row?.fromFound) throw new EntityNotFoundError('from', query.from);
	if (!row.toFound) throw new EntityNotFoundError('to', query.to);

	const found = row.paths;
	const kept = found.slice(0, PATH_CAP).map((path) => ({ ids: path.nodes, edges: path.edges }));
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
	const [nodes, found] = await Promise.all([listNodes(database, unique), LIST_EDGES_AMONG.read(database, { ids: unique, types })]);
	const ordered = orderNodes(nodes, unique);
	const drawn = new Set(ordered.map((node) => node.id));
	const edges = mergeEdges(found.filter((edge) => drawn.has(edge.source) && drawn.has(edge.target)));
	return { nodes: ordered, edges };
}

/** The entities with the given ids as the explorer draws them, in no particular order; unknown ids are left out. */
export async function listNodes(database: Database, ids: readonly string[]): Promise<GraphNode[]> {
	if (ids.length === 0) return [];
	return LIST_NODES.read(database, { ids });
}
