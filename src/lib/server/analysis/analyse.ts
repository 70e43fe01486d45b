import { filterOptionsSchema, type AnalysisQuery, type AnalysisResult, type FilterOptions, type Projection } from '$lib/domain/analysis';
import { describeIssue, type FieldIssue } from '$lib/domain/issues';
import { cypher } from '$lib/server/db/cypher';
import type { Database } from '$lib/server/db/neo4j';
import { detectCommunities } from './communities';
import { measureNodes } from './measures';
import { networkFromRows } from './network';
import { degreeDistribution, summarise } from './summary';

/** The statement that reads each projection (see its header for what a link means). */
const PROJECTIONS: Record<Projection, string> = {
	'actors-sharing-projects': cypher('analysis/list-actors-sharing-projects'),
	'territories-sharing-clusters': cypher('analysis/list-territories-sharing-clusters'),
	'actors-and-projects': cypher('analysis/list-actors-and-projects')
};
const LIST_FILTER_OPTIONS = cypher('analysis/list-filter-options');

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
	const [row] = await database.read(LIST_FILTER_OPTIONS);
	return filterOptionsSchema.parse({
		regions: row?.regions ?? [],
		themes: ((row?.themes ?? []) as Record<string, unknown>[]).map((theme) => ({ ...theme, nameEn: theme.nameEn ?? undefined }))
	});
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
	const rows = await database.read(PROJECTIONS[query.projection], { region: query.region ?? null, theme: query.theme ?? null });
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
