import type { AnalysisQuery, AnalysisResult, FilterOptions, Projection } from '$lib/domain/analysis';
import { describeIssue, type FieldIssue } from '$lib/domain/issues';
import type { Database } from '$lib/server/db/neo4j';
import { filterOptionsRow, projectionRow, statement, type Statement } from '$lib/server/db/rows';
import { detectCommunities } from './communities';
import { measureNodes } from './measures';
import { networkFromRows } from './network';
import { degreeDistribution, summarise } from './summary';

/** The statement that reads each projection (see its header for what a link means). */
const PROJECTIONS: Record<Projection, Statement<typeof projectionRow>> = {
	'actors-sharing-projects': statement('analysis/list-actors-sharing-projects', projectionRow),
	'territories-sharing-clusters': statement('analysis/list-territories-sharing-clusters', projectionRow),
	'actors-and-projects': statement('analysis/list-actors-and-projects', projectionRow)
};
const LIST_FILTER_OPTIONS = statement('analysis/list-filter-options', filterOptionsRow);

/** A région or theme that the graph does not hold; `issue` names the parameter, as a validation issue would. */
export class UnknownFilterError extends Error {
	override name = 'UnknownFilterError';
	readonly issue: FieldIssue;
	constructor(
		readonly field: 'region' | 'theme',
		readonly id: string
	) {
		const issue = { path: [field], message: `aucun${field === 'region' ? 'e région' : ' thème'} n’a l’identifiant « ${id} »` };
		super(describeIssue(issue));
		this.issue = issue;
	}
}

/** Every région and theme an analysis can be restricted to. */
export async function filterOptions(database: Database): Promise<FilterOptions> {
	const [options] = await LIST_FILTER_OPTIONS.read(database);
	return options ?? { regions: [], themes: [] };
}

/**
 * Reads a projection from the graph and computes, on the server, the measures of every node,
 * the Louvain communities and the figures of the whole. Nodes come ranked by PageRank.
 * Throws UnknownFilterError when the région or the theme is not in the graph.
 */
export async function analyse(database: Database, query: AnalysisQuery): Promise<AnalysisResult> {
	if (query.region || query.theme) {
		const options = await filterOptions(database);
		if (query.region && !options.regions.some((region) => region.id === query.region)) throw new UnknownFilterError('region', query.region);
		if (query.theme && !options.themes.some((theme) => theme.id === query.theme)) throw new UnknownFilterError('theme', query.theme);
	}
	const rows = await PROJECTIONS[query.projection].read(database, { region: query.region ?? null, theme: query.theme ?? null });
	const network = networkFromRows(rows);
	const measures = measureNodes(network);
	const partition = detectCommunities(network);

	const nodes = network
		.mapNodes((id, attributes) => ({
			id,
			name: attributes.name,
			kind: attributes.kind,
			labels: attributes.labels,
			...measures.get(id)!,
			community: partition.membership.get(id)!
		}))
		.sort((a, b) => b.pagerank - a.pagerank || b.weightedDegree - a.weightedDegree || a.id.localeCompare(b.id));
	const edges = network.mapEdges((_edge, attributes, source, target) => ({
		source,
		target,
		weight: attributes.weight,
		via: attributes.via
	}));
	return {
		projection: query.projection,
		region: query.region ?? null,
		theme: query.theme ?? null,
		nodes,
		edges,
		communities: partition.communities,
		summary: summarise(network, partition),
		degreeDistribution: degreeDistribution(network)
	};
}
