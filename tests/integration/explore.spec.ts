import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, inject, it } from 'vitest';
import {
	HUB_DEGREE,
	graphPayloadSchema,
	neighbourhoodQuerySchema,
	pathsPayloadSchema,
	pathsQuerySchema,
	pathsRequestSchema,
	subgraphQuerySchema,
	type GraphPayload
} from '$lib/domain/graph';
import { placeKinds } from '$lib/domain/model';
import { cypher } from '$lib/server/db/cypher';
import * as entities from '$lib/server/entities';
import * as explore from '$lib/server/explore';
import { toParameters } from '$lib/server/db/records';
import { connectTestDatabase } from './database';

const database = connectTestDatabase();
afterAll(() => database.close());

const neighbourhoodOf = async (input: Record<string, unknown>): Promise<GraphPayload> => {
	const payload = await explore.neighbourhood(database, neighbourhoodQuerySchema.parse(input));
	if (!payload) throw new Error(`${String(input.id)} is not in the test graph`);
	return graphPayloadSchema.parse(payload);
};
const pathsBetween = async (input: Record<string, unknown>) =>
	pathsPayloadSchema.parse(await explore.findPaths(database, pathsQuerySchema.parse(input)));
const idsOf = (payload: GraphPayload) => payload.nodes.map((node) => node.id);

describe('neighbourhood', () => {
	it('puts the entity first and its animator among the neighbours, the link with its evidence', async () => {
		const payload = await neighbourhoodOf({ id: 'ecosystem-cleon-4-0' });
		expect(payload.nodes[0]).toMatchObject({ id: 'ecosystem-cleon-4-0', kind: 'Cluster' });
		expect(idsOf(payload)).toContain('cci-rouen-metropole');
		const animates = payload.edges.find((edge) => edge.id === 'ANIMATES:cci-rouen-metropole->ecosystem-cleon-4-0');
		expect(animates).toMatchObject({ type: 'ANIMATES', source: 'cci-rouen-metropole', target: 'ecosystem-cleon-4-0' });
		expect(animates?.evidence[0]).toMatch(/CCI Rouen Métropole/);
		expect(animates?.sources.length).toBe(animates?.evidence.length);
	});

	it('draws every link among the neighbours too, as the entity pages list them', async () => {
		const payload = await neighbourhoodOf({ id: 'ecosystem-cleon-4-0', limit: 1000 });
		const shown = new Set(idsOf(payload));
		const drawn = new Set(payload.edges.map((edge) => edge.id));
		for (const edge of payload.edges) expect(shown.has(edge.source) && shown.has(edge.target), edge.id).toBe(true);
		let amongNeighbours = 0;
		for (const neighbour of payload.nodes.slice(1, 8)) {
			const detail = await entities.getEntity(database, neighbour.id);
			for (const link of detail?.relationships ?? []) {
				if (!shown.has(link.other.id)) continue;
				const [source, target] = link.direction === 'out' ? [neighbour.id, link.other.id] : [link.other.id, neighbour.id];
				expect(drawn, `${link.type} ${source} -> ${target}`).toContain(`${link.type}:${source}->${target}`);
				if (source !== 'ecosystem-cleon-4-0' && target !== 'ecosystem-cleon-4-0') amongNeighbours++;
			}
		}
		expect(amongNeighbours).toBeGreaterThan(0);
	});

	it('gives each node its degree in the whole graph and its place', async () => {
		const payload = await neighbourhoodOf({ id: 'commune-76178' });
		const cleon = payload.nodes[0];
		const detail = await entities.getEntity(database, 'commune-76178');
		const degree = Object.values(detail!.relationshipCounts).reduce((sum, count) => sum + count, 0);
		expect(cleon).toMatchObject({ kind: 'Commune', degree, lat: expect.any(Number), lon: expect.any(Number) });
	});

	it('caps the neighbours of a large place, keeps the entity, and says so', async () => {
		const payload = await neighbourhoodOf({ id: 'departement-76', limit: 3 });
		expect(payload.nodes[0].id).toBe('departement-76');
		expect(payload.nodes.length).toBeGreaterThan(1);
		expect(payload.nodes.length).toBeLessThanOrEqual(4);
		expect(payload).toMatchObject({ truncated: true, limit: 3 });
		expect(payload.nodes[0].degree).toBeGreaterThan(3);
	});

	it('does not say truncated when every neighbour fits', async () => {
		const payload = await neighbourhoodOf({ id: 'tenerrdis', limit: 1000 });
		const detail = await entities.getEntity(database, 'tenerrdis');
		const neighbours = new Set(detail?.relationships.map((link) => link.other.id));
		expect(payload.truncated).toBe(false);
		expect(new Set(idsOf(payload).slice(1))).toEqual(neighbours);
	});

	it('keeps curated links before geography when it cuts', async () => {
		const all = await neighbourhoodOf({ id: 'ecosystem-cleon-4-0', limit: 1000 });
		const curated = all.edges.filter(
			(edge) => !['IN', 'INCLUDES', 'BROADER'].includes(edge.type) && [edge.source, edge.target].includes('ecosystem-cleon-4-0')
		);
		const capped = await neighbourhoodOf({ id: 'ecosystem-cleon-4-0', limit: 3 });
		for (const edge of capped.edges.filter((edge) => [edge.source, edge.target].includes('ecosystem-cleon-4-0'))) {
			expect(['IN', 'INCLUDES', 'BROADER'], edge.id).not.toContain(edge.type);
		}
		expect(curated.length).toBeGreaterThan(3);
	});

	it('follows only the relationship types asked for: the funders of DKarbonation', async () => {
		const payload = await neighbourhoodOf({ id: 'dkarbonation', types: 'FUNDS' });
		expect(payload.edges.length).toBeGreaterThan(0);
		expect(new Set(payload.edges.map((edge) => edge.type))).toEqual(new Set(['FUNDS']));
		expect(payload.edges).toContainEqual(
			expect.objectContaining({ id: 'FUNDS:ademe->dkarbonation', source: 'ademe', amountEur: 23_600_000 })
		);
		const funded = payload.nodes[0];
		const amounts = payload.edges.filter((edge) => edge.target === 'dkarbonation').map((edge) => edge.amountEur ?? 0);
		expect(funded.fundingReceivedEur).toBe(amounts.reduce((sum, amount) => sum + amount, 0));
	});

	it('keeps only the kinds asked for, always with the entity itself', async () => {
		const payload = await neighbourhoodOf({ id: 'ecosystem-cleon-4-0', kinds: 'Company', limit: 1000 });
		expect(payload.nodes[0].id).toBe('ecosystem-cleon-4-0');
		expect(payload.nodes.length).toBeGreaterThan(1);
		for (const node of payload.nodes.slice(1)) expect(node.kind, node.id).toBe('Company');
	});

	it('reaches two hops away at depth 2, each far node linked to a near one', async () => {
		const near = await neighbourhoodOf({ id: 'ecosystem-cleon-4-0', limit: 1000 });
		const far = await neighbourhoodOf({ id: 'ecosystem-cleon-4-0', depth: 2, limit: 1000 });
		const nearIds = new Set(idsOf(near));
		const added = idsOf(far).filter((id) => !nearIds.has(id));
		expect(added.length).toBeGreaterThan(0);
		expect(idsOf(far)).toEqual(expect.arrayContaining([...nearIds]));
		for (const id of added) {
			const linked = far.edges.some(
				(edge) => (edge.source === id && nearIds.has(edge.target)) || (edge.target === id && nearIds.has(edge.source))
			);
			expect(linked, id).toBe(true);
		}
	});

	it('never cuts a far node loose from the entity at depth 2', async () => {
		const payload = await neighbourhoodOf({ id: 'ecosystem-cleon-4-0', depth: 2, limit: 25 });
		const reached = new Set(['ecosystem-cleon-4-0']);
		for (let round = 0; round < 2; round++) {
			for (const edge of payload.edges) {
				if (reached.has(edge.source)) reached.add(edge.target);
				if (reached.has(edge.target)) reached.add(edge.source);
			}
		}
		expect(payload.truncated).toBe(true);
		expect(new Set(idsOf(payload))).toEqual(reached);
	});

	it('does not pass through themes, places or hubs at depth 2 unless asked, and says which it did not pass through', async () => {
		const capped = await neighbourhoodOf({ id: 'ecosystem-cleon-4-0', depth: 2, limit: 1000 });
		const near = await neighbourhoodOf({ id: 'ecosystem-cleon-4-0', limit: 1000 });
		const unfollowed = new Set(capped.unfollowed);
		const skipped = near.nodes.slice(1).filter((node) => [...placeKinds, 'Theme'].includes(node.kind) || (node.degree ?? 0) > HUB_DEGREE);
		expect(skipped.length).toBeGreaterThan(0);
		expect(unfollowed).toEqual(new Set(skipped.map((node) => node.id)));
		// Every far node is reached through a neighbour that was passed through.
		const nearIds = new Set(idsOf(near));
		for (const id of idsOf(capped).filter((id) => !nearIds.has(id))) {
			const through = capped.edges
				.filter((edge) => edge.source === id || edge.target === id)
				.map((edge) => (edge.source === id ? edge.target : edge.source))
				.filter((other) => nearIds.has(other) && !unfollowed.has(other) && other !== 'ecosystem-cleon-4-0');
			expect(through.length, id).toBeGreaterThan(0);
		}
		const all = await neighbourhoodOf({ id: 'ecosystem-cleon-4-0', depth: 2, limit: 1000, follow: 'all' });
		expect(all.unfollowed).toEqual([]);
		expect(all.nodes.length).toBeGreaterThan(capped.nodes.length);
		expect(idsOf(all)).toEqual(expect.arrayContaining(idsOf(capped)));
	});

	it('says nothing of unfollowed neighbours at depth 1, where nothing is passed through', async () => {
		expect((await neighbourhoodOf({ id: 'ecosystem-cleon-4-0' })).unfollowed).toBeUndefined();
	});

	it('returns null for an unknown id', async () => {
		expect(await explore.neighbourhood(database, neighbourhoodQuerySchema.parse({ id: 'nexiste-pas' }))).toBeNull();
	});
});

describe('countNeighbours', () => {
	it('counts a département’s neighbours by kind and its links by type, most first, as the full neighbourhood has them', async () => {
		const counts = await explore.countNeighbours(database, 'departement-76');
		const all = await neighbourhoodOf({ id: 'departement-76', limit: 1000 });
		expect(counts).not.toBeNull();
		expect(counts!.total).toBe(all.nodes.length - 1);
		const byKind = new Map<string, number>();
		for (const node of all.nodes.slice(1)) byKind.set(node.kind, (byKind.get(node.kind) ?? 0) + 1);
		expect(new Map(counts!.kinds.map(({ kind, count }) => [kind, count]))).toEqual(byKind);
		expect(counts!.kinds[0]).toEqual({ kind: 'Commune', count: byKind.get('Commune') });
		const counted = counts!.kinds.map(({ count }) => count);
		expect(counted).toEqual([...counted].sort((a, b) => b - a));
		expect(counts!.types.reduce((sum, { count }) => sum + count, 0)).toBe(all.nodes[0].degree);
	});

	it('returns null for an unknown id', async () => {
		expect(await explore.countNeighbours(database, 'nexiste-pas')).toBeNull();
	});
});

describe('findPaths', () => {
	it('finds Tenerrdis and Pays d’Evian through their replicated project, without geography or themes', async () => {
		const payload = await pathsBetween({ from: 'tenerrdis', to: 'ti-2023-2027-8411', avoid: 'geography,themes' });
		expect(payload.paths.length).toBeGreaterThan(0);
		expect(payload.paths.map((path) => path.nodes.map((node) => node.id))).toContainEqual([
			'tenerrdis',
			'autoconsommation-collective-bievre-isere',
			'ti-2023-2027-8411'
		]);
		const avoided: string[] = [...placeKinds, 'Theme', 'Source'];
		for (const path of payload.paths) {
			for (const node of path.nodes.slice(1, -1)) expect(avoided, node.id).not.toContain(node.kind);
		}
	});

	it('returns paths that chain: each edge joins two consecutive nodes, all of the shortest length', async () => {
		const payload = await pathsBetween({ from: 'ecosystem-cleon-4-0', to: 'dkarbonation' });
		expect(payload.paths.length).toBeGreaterThan(0);
		const length = payload.paths[0].edges.length;
		for (const path of payload.paths) {
			expect(path.edges).toHaveLength(length);
			expect(path.nodes[0].id).toBe('ecosystem-cleon-4-0');
			expect(path.nodes.at(-1)?.id).toBe('dkarbonation');
			path.edges.forEach((edge, index) => {
				expect([edge.source, edge.target].sort()).toEqual([path.nodes[index].id, path.nodes[index + 1].id].sort());
			});
		}
		expect(payload.paths.length).toBeLessThanOrEqual(explore.PATH_CAP);
	});

	it('goes round the hubs when asked: two communes meet through their département, otherwise through smaller entities', async () => {
		const ends = { from: 'commune-76397', to: 'commune-76545' };
		const through = await pathsBetween(ends);
		expect(through.paths.map((path) => path.nodes.map((node) => node.id))).toContainEqual([
			'commune-76397',
			'departement-76',
			'commune-76545'
		]);
		const round = await pathsBetween({ ...ends, avoid: 'hubs', maxLength: 8 });
		const steps = round.paths.flatMap((path) => path.nodes.slice(1, -1));
		expect(steps.length).toBeGreaterThan(0);
		for (const step of steps) expect(step.degree, step.id).toBeLessThanOrEqual(HUB_DEGREE);
		expect(steps.map((step) => step.id)).not.toContain('departement-76');
		// An actor's direct links are no hub: Tenerrdis still reaches Pays d’Evian through their project.
		const direct = await pathsBetween({ from: 'tenerrdis', to: 'ti-2023-2027-8411', avoid: 'geography,themes,hubs' });
		expect(direct.paths.map((path) => path.nodes.map((node) => node.id))).toContainEqual([
			'tenerrdis',
			'autoconsommation-collective-bievre-isere',
			'ti-2023-2027-8411'
		]);
	});

	it('bounds the search by maxLength for every allowed length: a path one link longer than allowed is never found', async () => {
		for (const maxLength of [1, 2, 3, 4, 5, 6, 7, 8]) {
			const payload = await pathsBetween({ from: 'ecosystem-cleon-4-0', to: 'dkarbonation', maxLength });
			for (const path of payload.paths) expect(path.edges.length).toBeLessThanOrEqual(maxLength);
		}
		const unbounded = await pathsBetween({ from: 'ecosystem-cleon-4-0', to: 'dkarbonation', maxLength: 8 });
		const shortest = unbounded.paths[0].edges.length;
		expect((await pathsBetween({ from: 'ecosystem-cleon-4-0', to: 'dkarbonation', maxLength: shortest })).paths.length).toBeGreaterThan(0);
		expect(await pathsBetween({ from: 'ecosystem-cleon-4-0', to: 'dkarbonation', maxLength: shortest - 1 })).toEqual({
			paths: [],
			truncated: false
		});
	});

	it('finds nothing when the shortest path is longer than maxLength', async () => {
		const payload = await pathsBetween({ from: 'tenerrdis', to: 'ti-2023-2027-8411', avoid: 'geography,themes', maxLength: 1 });
		expect(payload).toEqual({ paths: [], truncated: false });
	});

	it('says which end is unknown', async () => {
		await expect(explore.findPaths(database, pathsQuerySchema.parse({ from: 'nexiste-pas', to: 'tenerrdis' }))).rejects.toMatchObject({
			name: 'EntityNotFoundError',
			field: 'from',
			id: 'nexiste-pas'
		});
		await expect(explore.findPaths(database, pathsQuerySchema.parse({ from: 'tenerrdis', to: 'nexiste-pas' }))).rejects.toBeInstanceOf(
			explore.EntityNotFoundError
		);
		await expect(explore.findPaths(database, pathsQuerySchema.parse({ from: 'tenerrdis', to: 'nexiste-pas' }))).rejects.toMatchObject({
			field: 'to'
		});
	});

	it('is never asked for a path from an entity to itself', () => {
		const same = pathsRequestSchema.safeParse({ from: 'tenerrdis', to: 'tenerrdis' });
		expect(same.success).toBe(false);
		expect(same.error?.issues[0].path).toEqual(['to']);
	});
});

describe('subgraph', () => {
	it('returns the entities asked for and the links among them, ignoring unknown ids', async () => {
		const query = subgraphQuerySchema.parse({ ids: 'cci-rouen-metropole,ecosystem-cleon-4-0,nexiste-pas' });
		const payload = graphPayloadSchema.parse(await explore.subgraph(database, query));
		expect(idsOf(payload).sort()).toEqual(['cci-rouen-metropole', 'ecosystem-cleon-4-0']);
		expect(payload.edges.map((edge) => edge.id)).toContain('ANIMATES:cci-rouen-metropole->ecosystem-cleon-4-0');
		expect(payload.truncated).toBe(false);
	});

	it('reopens a neighbourhood exactly as it was drawn', async () => {
		const view = await neighbourhoodOf({ id: 'tenerrdis', limit: 1000 });
		const reopened = await explore.subgraph(database, subgraphQuerySchema.parse({ ids: idsOf(view).join(',') }));
		expect(reopened?.nodes).toEqual(view.nodes);
		expect(new Set(reopened?.edges.map((edge) => edge.id))).toEqual(new Set(view.edges.map((edge) => edge.id)));
	});

	it('returns null when none of the ids exists', async () => {
		expect(await explore.subgraph(database, subgraphQuerySchema.parse({ ids: 'nexiste-pas,pas-plus' }))).toBeNull();
	});
});

describe('the explorer’s queries', () => {
	const { uri, user, password } = inject('neo4jTest');
	const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
	afterAll(() => driver.close());

	type Plan = { operatorType: string; children: Plan[] };
	const leaves = (plan: Plan): string[] => (plan.children.length === 0 ? [plan.operatorType] : plan.children.flatMap(leaves));

	const statements: [string, Record<string, unknown>][] = [
		['explore/rank-neighbours', { id: 'departement-76', depth: 2, limit: 100, types: [], kinds: [] }],
		['explore/list-nodes', { ids: ['departement-76', 'commune-76178'] }],
		['explore/list-edges-among', { ids: ['departement-76', 'commune-76178'], types: [] }],
		['explore/find-paths', { from: 'tenerrdis', to: 'ti-2023-2027-8411', maxLength: 6, cap: 26, avoidGeography: true, avoidThemes: true }]
	];

	it.each(statements)('%s starts from the unique index on Entity.id, never a scan', async (name, parameters) => {
		const session = driver.session({ defaultAccessMode: neo4j.session.READ });
		try {
			const result = await session.run(`EXPLAIN ${cypher(name)}`, toParameters(parameters) as Record<string, unknown>);
			const starts = leaves(result.summary.plan as unknown as Plan).map((operator) => operator.replace(/@.*$/, ''));
			expect(starts).toContain('NodeUniqueIndexSeek');
			for (const operator of starts) expect(['NodeUniqueIndexSeek', 'Argument']).toContain(operator);
		} finally {
			await session.close();
		}
	});
});
