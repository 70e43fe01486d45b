import { afterAll, describe, expect, it } from 'vitest';
import { analysisQuerySchema, analysisResultSchema, type AnalysisResult } from '$lib/domain/analysis';
import * as analysis from '$lib/server/analysis';
import { cypher } from '$lib/server/db/cypher';
import * as entities from '$lib/server/entities';
import * as changesets from '$lib/server/changesets';
import { digestGraph } from '$lib/server/db/graph-digest';
import type { Database } from '$lib/server/db/neo4j';
import { connectTestDatabase } from './database';

const database = connectTestDatabase();
afterAll(() => database.close());

const analyse = async (input: Record<string, unknown>): Promise<AnalysisResult> =>
	analysisResultSchema.parse(await analysis.analyse(database, analysisQuerySchema.parse(input)));

const linkOf = (result: AnalysisResult, a: string, b: string) =>
	result.edges.find((edge) => (edge.source === a && edge.target === b) || (edge.source === b && edge.target === a));

/** The ids at the other end of an entity's relationships of one type and direction. */
async function linked(id: string, type: string, direction: 'in' | 'out'): Promise<string[]> {
	const detail = await entities.getEntity(database, id);
	return (detail?.relationships ?? []).filter((link) => link.type === type && link.direction === direction).map((link) => link.other.id);
}

describe('actors linked by shared projects', () => {
	it('links every two participants of IPARLA (France Clusters study), through IPARLA', async () => {
		const result = await analyse({ projection: 'actors-sharing-projects' });
		const participants = await linked('iparla', 'PARTICIPATES_IN', 'in');
		expect(participants).toEqual(expect.arrayContaining(['sokoa', 'agec']));
		for (const a of participants) {
			for (const b of participants.filter((other) => other > a)) expect(linkOf(result, a, b)?.via, `${a}–${b}`).toContain('iparla');
		}
	});

	it('weighs each link by the projects both ends take part in or fund, as the entity pages list them', async () => {
		const result = await analyse({ projection: 'actors-sharing-projects' });
		expect(result.edges.length).toBeGreaterThan(20);
		for (const edge of result.edges.slice(0, 12)) {
			const involved = async (id: string) => [...(await linked(id, 'PARTICIPATES_IN', 'out')), ...(await linked(id, 'FUNDS', 'out'))];
			const [fromSource, fromTarget] = await Promise.all([involved(edge.source), involved(edge.target)]);
			const shared = fromSource.filter((project) => fromTarget.includes(project));
			expect(edge.via.sort(), `${edge.source}–${edge.target}`).toEqual([...new Set(shared)].sort());
			expect(edge.weight).toBe(edge.via.length);
		}
	});

	it('makes ADEME a bridge: it funds DKarbonation and DECLYC, whose teams meet nowhere else', async () => {
		const result = await analyse({ projection: 'actors-sharing-projects' });
		expect(await linked('ademe', 'FUNDS', 'out')).toEqual(expect.arrayContaining(['dkarbonation', 'declyc']));
		const ademe = result.nodes.find((node) => node.id === 'ademe')!;
		expect(ademe.betweenness).toBeGreaterThan(0);
		expect(ademe.betweenness).toBe(Math.max(...result.nodes.map((node) => node.betweenness)));
	});

	it('agrees with itself: degrees, figures and communities cover the same nodes and links', async () => {
		const result = await analyse({ projection: 'actors-sharing-projects' });
		expect(result.summary).toMatchObject({
			nodes: result.nodes.length,
			edges: result.edges.length,
			communities: result.communities.length
		});
		for (const node of result.nodes.slice(0, 10)) {
			expect(node.degree).toBe(result.edges.filter((edge) => edge.source === node.id || edge.target === node.id).length);
		}
		expect(result.communities.reduce((sum, community) => sum + community.size, 0)).toBe(result.nodes.length);
		expect(result.degreeDistribution.reduce((sum, bin) => sum + bin.count, 0)).toBe(result.nodes.length);
		expect(result.nodes.map((node) => node.pagerank)).toEqual([...result.nodes.map((node) => node.pagerank)].sort((a, b) => b - a));
		expect(result.summary.modularity).toBeGreaterThan(0.3);
	});

	it('restricted to Normandie, keeps the Cléon forum and the Dieppe production school, not IPARLA', async () => {
		const [all, normandie] = await Promise.all([
			analyse({ projection: 'actors-sharing-projects' }),
			analyse({ projection: 'actors-sharing-projects', region: 'region-28' })
		]);
		const via = new Set(normandie.edges.flatMap((edge) => edge.via));
		expect(via).toContain('forum-digitalisation-ecosystem-cleon-4-0');
		expect(via).toContain('ecole-de-production-dieppe');
		expect(via).not.toContain('iparla');
		expect(normandie.region).toBe('region-28');
		expect(normandie.nodes.length).toBeLessThan(all.nodes.length);
	});

	it('restricted to a theme, keeps only projects addressing it or a narrower theme', async () => {
		const [all, themed] = await Promise.all([
			analyse({ projection: 'actors-sharing-projects' }),
			analyse({ projection: 'actors-sharing-projects', theme: 'transition-ecologique' })
		]);
		expect(themed.edges.length).toBeGreaterThan(0);
		expect(themed.edges.length).toBeLessThan(all.edges.length);
		const allIds = new Set(all.nodes.map((node) => node.id));
		for (const node of themed.nodes) expect(allIds.has(node.id)).toBe(true);
	});

	it('refuses a région or a theme the graph does not hold, naming the parameter', async () => {
		await expect(analysis.analyse(database, analysisQuerySchema.parse({ region: 'region-99' }))).rejects.toMatchObject({ field: 'region' });
		await expect(analysis.analyse(database, analysisQuerySchema.parse({ theme: 'nothing-like-it' }))).rejects.toMatchObject({
			field: 'theme'
		});
	});
});

describe('territories linked by shared clusters', () => {
	it('links both phases of Aurillac – Figeac – Rodez through Mecanic Vallée, and Axe Seine through Ecosystem Cléon 4.0', async () => {
		const result = await analyse({ projection: 'territories-sharing-clusters' });
		expect(linkOf(result, 'ti-2019-2022-7601', 'ti-2023-2027-7603')?.via).toEqual(['mecanic-vallee']);
		expect(linkOf(result, 'ti-2019-2022-2801', 'ti-2023-2027-2802')?.via).toEqual(['ecosystem-cleon-4-0']);
		for (const node of result.nodes) expect(node.kind).toBe('Territory');
	});

	it('links two territories through a pôle: one works with it, the other holds its head office', async () => {
		const result = await analyse({ projection: 'territories-sharing-clusters' });
		// Tenerrdis collaborates with Saint-Marcellin Vercors Bièvre Isère and has its seat in
		// Grenoble, in the Territoire d'industrie Sud Isère (open data of the pôles).
		expect(await linked('tenerrdis', 'COLLABORATES_WITH', 'in')).toContain('ti-2023-2027-8419');
		expect(linkOf(result, 'ti-2023-2027-8419', 'ti-2023-2027-8420')?.via).toContain('tenerrdis');
	});

	it('counts a territory whose clusters belong to no other territory, without a link', async () => {
		const result = await analyse({ projection: 'territories-sharing-clusters' });
		const isolated = result.nodes.filter((node) => node.degree === 0);
		expect(isolated.length).toBeGreaterThan(0);
		expect(result.summary.isolated).toBe(isolated.length);
		for (const node of isolated) expect(result.edges.some((edge) => edge.source === node.id || edge.target === node.id)).toBe(false);
	});
});

describe('actors and projects', () => {
	it('is bipartite: ADEME is linked to DKarbonation, which it funds', async () => {
		const result = await analyse({ projection: 'actors-and-projects' });
		expect(linkOf(result, 'ademe', 'dkarbonation')?.via).toEqual(['FUNDS']);
		const kinds = new Map(result.nodes.map((node) => [node.id, node.kind]));
		for (const edge of result.edges) expect([kinds.get(edge.source), kinds.get(edge.target)]).toContain('Project');
	});
});

describe('writing the measures back', () => {
	/** A fictitious curator: the writes are recorded as their changesets. */
	const curator = { id: 'acc-0000000000000001', name: 'Curatrice Fictive' };
	const projection = 'actors-sharing-projects' as const;
	const names = analysis.propertyNames(projection);
	const properties = async (id: string) => (await entities.getEntity(database, id))?.entity.properties ?? {};

	it('writes each node its measures in one go, and clearing leaves the graph as it was', async () => {
		const before = await digestGraph(database);
		const result = await analyse({ projection });
		const written = await analysis.writeMeasures(database, result, curator, new Date('2025-06-01T12:00:00Z'));
		expect(written).toMatchObject({ projection, written: result.nodes.length, cleared: 0 });
		const sokoa = result.nodes.find((node) => node.id === 'sokoa')!;
		expect(await properties('sokoa')).toMatchObject({
			[names.pagerank]: expect.closeTo(sokoa.pagerank, 12),
			[names.degree]: sokoa.degree,
			[names.community]: sokoa.community,
			[names.scope]: 'all',
			[names.computedAt]: '2025-06-01T12:00:00.000Z'
		});
		expect(await analysis.clearMeasures(database, projection, curator)).toBe(result.nodes.length);
		expect(await digestGraph(database)).toEqual(before);
	});

	it('is one changeset of the history, whose revert puts the earlier measures back', async () => {
		const before = await digestGraph(database);
		await analysis.writeMeasures(database, await analyse({ projection }), curator, new Date('2025-02-01T00:00:00Z'));
		const first = await digestGraph(database);
		await analysis.writeMeasures(database, await analyse({ projection, region: 'region-28' }), curator);
		const [latest] = await changesets.listChangesets(database, { kind: 'analysis', limit: 1 });
		expect(latest).toMatchObject({ kind: 'analysis', author: curator, summary: expect.stringContaining('region=region-28') });
		await changesets.revert(database, curator, latest.id, 'Essai');
		expect(await digestGraph(database)).toEqual(first);
		expect(await properties('sokoa')).toMatchObject({ [names.scope]: 'all' });
		await analysis.clearMeasures(database, projection, curator);
		expect(await digestGraph(database)).toEqual(before);
	});

	it('replaces an earlier analysis of the same projection: nodes outside the new scope lose theirs', async () => {
		await analysis.writeMeasures(database, await analyse({ projection }), curator);
		const normandie = await analyse({ projection, region: 'region-28' });
		const written = await analysis.writeMeasures(database, normandie, curator);
		expect(written.cleared).toBeGreaterThan(normandie.nodes.length);
		expect(await properties('sokoa')).not.toHaveProperty(names.pagerank);
		expect(await properties('ampere-cleon')).toMatchObject({ [names.scope]: 'region=region-28' });
		await analysis.clearMeasures(database, projection, curator);
	});

	it('is one transaction: a failure after clearing and setting leaves the earlier measures untouched', async () => {
		const first = await analyse({ projection });
		await analysis.writeMeasures(database, first, curator, new Date('2025-01-01T00:00:00Z'));
		const setting = cypher('changesets/set-properties');
		const failing: Database = {
			...database,
			writeTransaction: (work, options) =>
				database.writeTransaction(
					(runner) =>
						work({
							run: async (statement, parameters) => {
								const rows = await runner.run(statement, parameters);
								if (statement === setting) throw new Error('the connection dropped after the last statement');
								return rows;
							}
						}),
					options
				)
		};
		await expect(analysis.writeMeasures(failing, await analyse({ projection, region: 'region-28' }), curator)).rejects.toThrow(/dropped/);
		expect(await properties('sokoa')).toMatchObject({ [names.scope]: 'all', [names.computedAt]: '2025-01-01T00:00:00.000Z' });
		await analysis.clearMeasures(database, projection, curator);
	});
});
