import { nodeMeasures, type AnalysisResult, type AnalysisWriteResult, type Projection } from '$lib/domain/analysis';
import type { Operation, PropertyChanges } from '$lib/domain/changesets';
import * as changesets from '$lib/server/changesets';
import type { Database } from '$lib/server/db/neo4j';
import { statement } from '$lib/server/db/rows';
import { entityIdRow } from '$lib/server/db/rows/changesets';

const LIST_MEASURED = statement('analysis/list-measured-entities', entityIdRow);

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

/** Who wrote the measures, as the changeset records it. */
export type Author = changesets.Author;

/**
 * The operation that replaces a projection's written measures: every entity that carries them now
 * (`measured`) loses them, every node of `result` gets its own. Values before are filled when the
 * changeset applies (`before` is read in the same transaction), so a revert restores them.
 */
function measuresOperation(result: AnalysisResult | null, projection: Projection, measured: readonly string[], now: Date): Operation {
	const names = propertyNames(projection);
	const cleared: PropertyChanges = Object.fromEntries(Object.values(names).map((name) => [name, null]));
	const nodes = new Map((result?.nodes ?? []).map((node) => [node.id, node]));
	const scope = result ? scopeOf(result) : '';
	const ids = [...new Set([...measured, ...nodes.keys()])];
	return {
		op: 'set-properties',
		floats: FLOAT_MEASURES.map((measure) => names[measure]),
		rows: ids.map((id) => {
			const node = nodes.get(id);
			const after: PropertyChanges = node
				? {
						...cleared,
						[names.degree]: node.degree,
						[names.community]: node.community,
						[names.scope]: scope,
						[names.computedAt]: now.toISOString(),
						...Object.fromEntries(FLOAT_MEASURES.map((measure) => [names[measure], node[measure]]))
					}
				: cleared;
			return { id, before: cleared, after };
		})
	};
}

/**
 * Writes the measures of an analysis on its nodes as ONE changeset (kind `analysis`): the earlier
 * results of the same projection are removed from every entity, then each node of this one gets its
 * measures, community, scope and date. Either all of it is written and recorded, or nothing changes;
 * reverting the changeset puts the earlier measures back.
 */
export async function writeMeasures(
	database: Database,
	result: AnalysisResult,
	author: Author,
	now = new Date()
): Promise<AnalysisWriteResult> {
	const names = propertyNames(result.projection);
	const measured = (await LIST_MEASURED.read(database, { marker: names.computedAt })).map((row) => row.id);
	const operation = await withCurrentValues(database, measuresOperation(result, result.projection, measured, now));
	await changesets.commit(
		database,
		author,
		{
			kind: 'analysis',
			reason: '',
			summary: `mesures « ${result.projection} » (${scopeOf(result)}) écrites sur ${result.nodes.length} entités`,
			operations: [operation]
		},
		now
	);
	return {
		projection: result.projection,
		properties: Object.values(names),
		written: result.nodes.length,
		cleared: measured.length
	};
}

/** Removes a projection's written measures from every entity, as one changeset; returns how many carried them. */
export async function clearMeasures(database: Database, projection: Projection, author: Author, now = new Date()): Promise<number> {
	const measured = (await LIST_MEASURED.read(database, { marker: propertyNames(projection).computedAt })).map((row) => row.id);
	if (measured.length === 0) return 0;
	const operation = await withCurrentValues(database, measuresOperation(null, projection, measured, now));
	await changesets.commit(
		database,
		author,
		{ kind: 'analysis', reason: '', summary: `mesures « ${projection} » retirées de ${measured.length} entités`, operations: [operation] },
		now
	);
	return measured.length;
}

/** Fills each row's `before` with the values the entity holds now. */
async function withCurrentValues(database: Database, operation: Operation): Promise<Operation> {
	if (operation.op !== 'set-properties') return operation;
	const current = await changesets.readProperties(
		database,
		operation.rows.map((row) => row.id),
		Object.keys(operation.rows[0]?.before ?? {})
	);
	return { ...operation, rows: operation.rows.map((row) => ({ ...row, before: current.get(row.id) ?? row.before })) };
}
