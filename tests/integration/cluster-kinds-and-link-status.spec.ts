import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysisQuerySchema, analysisResultSchema } from '$lib/domain/analysis';
import { graphPayloadSchema, pathsPayloadSchema, pathsQuerySchema, neighbourhoodQuerySchema } from '$lib/domain/graph';
import { searchQuerySchema, searchResponseSchema } from '$lib/domain/entity';
import { queryResultSchema } from '$lib/domain/query';
import { parametersSchema } from '$lib/domain/saved-query';
import * as analysis from '$lib/server/analysis';
import { runQuery, savedQueries } from '$lib/server/console';
import { cypher } from '$lib/server/db/cypher';
import * as explore from '$lib/server/explore';
import { searchEntities } from '$lib/server/search';
import { writeRows } from '../../seed/write';
import { connectTestDatabase } from './database';

/**
 * A fictitious corner of the graph where one participation is only a prospect and one is said not
 * to be in effect: what is counted (metrics, paths, saved queries) leaves them out, while the
 * explorer still draws them with their status.
 */
const database = connectTestDatabase();
const ids = ['statut-fictif-a', 'statut-fictif-b', 'statut-fictif-c', 'statut-fictif-d', 'statut-fictif-projet', 'statut-fictif-pole'];
const node = (id: string, labels: string[], properties: Record<string, string> = {}) => ({
	id,
	labels,
	properties: { id, name: `${id} (fictif)`, sources: ['fictif#statut'], ...properties }
});
const participation = (from: string, properties: Record<string, string> = {}) => ({
	type: 'PARTICIPATES_IN' as const,
	from,
	to: 'statut-fictif-projet',
	properties: { ...properties, sources: ['fictif#statut'], evidence: [''] }
});

beforeAll(async () => {
	await database.write(cypher('admin/delete-entities'), { ids });
	await writeRows(database, {
		entities: [
			node('statut-fictif-a', ['Company', 'Actor']),
			node('statut-fictif-b', ['Company', 'Actor']),
			node('statut-fictif-c', ['Company', 'Actor']),
			node('statut-fictif-d', ['Company', 'Actor']),
			node('statut-fictif-projet', ['Project']),
			node('statut-fictif-pole', ['Cluster', 'Actor'], {
				clusterKind: 'pole-de-competitivite',
				labelPhase: 'V (2023-2026)',
				labelStatus: 'labellise'
			})
		],
		relationships: [
			participation('statut-fictif-a'),
			participation('statut-fictif-b'),
			participation('statut-fictif-c', { status: 'not-in-effect' }),
			participation('statut-fictif-d', { status: 'prospect' })
		]
	});
});
afterAll(async () => {
	await database.write(cypher('admin/delete-entities'), { ids });
	await database.close();
});

describe('links that are prospects or not in effect', () => {
	it('are drawn by the explorer with their status, and nodes with their cluster kind and labelling', async () => {
		const payload = graphPayloadSchema.parse(
			await explore.neighbourhood(database, neighbourhoodQuerySchema.parse({ id: 'statut-fictif-projet' }))
		);
		const statusOf = (from: string) => payload.edges.find((edge) => edge.source === from)?.status;
		expect(statusOf('statut-fictif-a')).toBeUndefined();
		expect(statusOf('statut-fictif-c')).toBe('not-in-effect');
		expect(statusOf('statut-fictif-d')).toBe('prospect');
		const [pole] = await explore.listNodes(database, ['statut-fictif-pole']);
		expect(pole).toMatchObject({ clusterKind: 'pole-de-competitivite', labelPhase: 'V (2023-2026)', labelStatus: 'labellise' });
	});

	it('do not tie actors in the analysis of shared projects', async () => {
		const result = analysisResultSchema.parse(
			await analysis.analyse(database, analysisQuerySchema.parse({ projection: 'actors-sharing-projects' }))
		);
		const tied = (x: string, y: string) => result.edges.some((edge) => [edge.source, edge.target].sort().join() === [x, y].sort().join());
		expect(tied('statut-fictif-a', 'statut-fictif-b')).toBe(true);
		expect(tied('statut-fictif-a', 'statut-fictif-c')).toBe(false);
		expect(tied('statut-fictif-a', 'statut-fictif-d')).toBe(false);
	});

	it('are no way through for a path', async () => {
		const inEffect = pathsPayloadSchema.parse(
			await explore.findPaths(database, pathsQuerySchema.parse({ from: 'statut-fictif-a', to: 'statut-fictif-b' }))
		);
		expect(inEffect.paths.map((path) => path.nodes.map((entity) => entity.id))).toContainEqual([
			'statut-fictif-a',
			'statut-fictif-projet',
			'statut-fictif-b'
		]);
		const notInEffect = pathsPayloadSchema.parse(
			await explore.findPaths(database, pathsQuerySchema.parse({ from: 'statut-fictif-a', to: 'statut-fictif-c' }))
		);
		expect(notInEffect.paths).toEqual([]);
	});

	it('are not counted by the saved query of actors sharing projects', async () => {
		const query = savedQueries().get('rank-actors-sharing-projects')!;
		const result = queryResultSchema.parse(
			await runQuery(database, query.cypher, parametersSchema(query.parameters).parse({ actor: 'statut-fictif-a' }), {
				timeoutMs: 10_000,
				rowCap: 100
			})
		);
		expect(result.rows.map((row) => row.partnerName)).toEqual(['statut-fictif-b (fictif)']);
	});
});

describe('search by cluster kind', () => {
	const find = async (input: Record<string, unknown>) =>
		searchResponseSchema.parse(await searchEntities(database, searchQuerySchema.parse({ q: 'statut fictif pole', ...input })));

	it('says a pôle is a pôle, and finds it among pôles only', async () => {
		const any = await find({});
		expect(any.results.find((hit) => hit.id === 'statut-fictif-pole')).toMatchObject({
			kind: 'Cluster',
			clusterKind: 'pole-de-competitivite'
		});
		const poles = await find({ clusterKind: 'pole-de-competitivite' });
		expect(poles.clusterKind).toBe('pole-de-competitivite');
		expect(poles.results.map((hit) => hit.id)).toContain('statut-fictif-pole');
		expect(poles.results.every((hit) => hit.clusterKind === 'pole-de-competitivite')).toBe(true);
		expect((await find({ clusterKind: 'reseau' })).results.map((hit) => hit.id)).not.toContain('statut-fictif-pole');
	});

	it('refuses a cluster kind the model does not list', () => {
		expect(searchQuerySchema.safeParse({ q: 'pole', clusterKind: 'guilde' }).success).toBe(false);
		expect(searchQuerySchema.parse({ q: 'pole', clusterKind: '' }).clusterKind).toBeUndefined();
	});
});
