import { nodeMeasures, type AnalysisResult, type AnalysisWriteResult, type Projection } from '$lib/domain/analysis';
import type { Database } from '$lib/server/db/neo4j';
import { clearedRow, statement, updatedRow } from '$lib/server/db/rows';

const SET_PROPERTIES = statement('analysis/set-entity-properties', updatedRow);
const CLEAR_PROPERTIES = statement('analysis/clear-entity-properties', clearedRow);

/** Each projection writes under its own prefix, so that two analyses never overwrite each other. */
const PREFIXES: Record<Projection, string> = {
	'actors-sharing-projects': 'coProjects',
	'territories-sharing-clusters': 'coClusters',
	'actors-and-projects': 'actorsProjects'
};

/** Measures stored as FLOAT; degree and community are INTEGER. */
const FLOAT_MEASURES = nodeMeasures.filter((measure) => measure !== 'degree');

const suffixes = [...nodeMeasures, 'community', 'scope', 'computedAt'] as const;
type Suffix = (typeof suffixes)[number];

/** The property names a projection writes: `coProjectsPagerank`, `coProjectsCommunity`, `coProjectsComputedAt`… */
export function propertyNames(projection: Projection): Record<Suffix, string> {
	const prefix = PREFIXES[projection];
	return Object.fromEntries(suffixes.map((suffix) => [suffix, prefix + suffix[0].toUpperCase() + suffix.slice(1)])) as Record<
		Suffix,
		string
	>;
}

/** What the analysis covered, as written in `…Scope`: `all`, or `region=region-28`, `theme=…`. */
export function scopeOf(result: Pick<AnalysisResult, 'region' | 'theme'>): string {
	const parts = [result.region ? `region=${result.region}` : '', result.theme ? `theme=${result.theme}` : ''].filter(Boolean);
	return parts.length > 0 ? parts.join('&') : 'all';
}

/**
 * Writes the measures of an analysis on its nodes, in ONE transaction: the earlier results of the
 * same projection are removed from every entity first, then each node of this one gets its
 * measures, community, scope and date. Either all of it is written, or nothing changes.
 */
export async function writeMeasures(database: Database, result: AnalysisResult, now = new Date()): Promise<AnalysisWriteResult> {
	const names = propertyNames(result.projection);
	const cleared = Object.fromEntries(Object.values(names).map((name) => [name, null]));
	const scope = scopeOf(result);
	const rows = result.nodes.map((node) => ({
		id: node.id,
		properties: {
			[names.degree]: node.degree,
			[names.community]: node.community,
			[names.scope]: scope,
			[names.computedAt]: now.toISOString()
		},
		floats: Object.fromEntries(FLOAT_MEASURES.map((measure) => [names[measure], node[measure]]))
	}));
	return database.writeTransaction(async (runner) => {
		const [clearing] = CLEAR_PROPERTIES.parse(await runner.run(CLEAR_PROPERTIES.text, { marker: names.computedAt, cleared }));
		const [setting] = SET_PROPERTIES.parse(await runner.run(SET_PROPERTIES.text, { rows }));
		return {
			projection: result.projection,
			properties: Object.values(names),
			written: setting?.updated ?? 0,
			cleared: clearing?.cleared ?? 0
		};
	});
}

/** Removes a projection's written measures from every entity; returns how many carried them. */
export async function clearMeasures(database: Database, projection: Projection): Promise<number> {
	const names = propertyNames(projection);
	const cleared = Object.fromEntries(Object.values(names).map((name) => [name, null]));
	const [row] = await CLEAR_PROPERTIES.write(database, { marker: names.computedAt, cleared });
	return row?.cleared ?? 0;
}
