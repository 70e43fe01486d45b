import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { savedViewIdSchema } from '$lib/domain/saved-view';
import type { ViewState } from '$lib/domain/view';
import { cypher } from '$lib/server/db/cypher';
import * as explore from '$lib/server/explore';
import * as exporting from '$lib/server/export';
import { digestGraph, type GraphDigest } from '$lib/server/db/graph-digest';
import { searchEntities } from '$lib/server/search';
import { sweep } from '$lib/server/housekeeping';
import * as views from '$lib/server/views';
import { connectTestDatabase } from './database';

const database = connectTestDatabase();
let before: GraphDigest;

beforeAll(async () => {
	before = await digestGraph(database);
});
afterAll(() => database.close());

const state: ViewState = {
	v: 1,
	nodes: ['ecosystem-cleon-4-0', 'cci-rouen-metropole'],
	positions: { 'ecosystem-cleon-4-0': [10, -20], 'cci-rouen-metropole': [300, 40] },
	pinned: ['cci-rouen-metropole'],
	layout: 'geographic',
	sizeBy: 'funding',
	filters: { mode: 'hide', region: '28', years: [2018, 2024] },
	selection: 'ANIMATES:cci-rouen-metropole->ecosystem-cleon-4-0'
};

describe('saved views', () => {
	it('stores a view under a random url-safe id and gives it back unchanged', async () => {
		const saved = await views.saveView(database, state);
		expect(savedViewIdSchema.safeParse(saved.id).success).toBe(true);
		expect(Number.isNaN(Date.parse(saved.createdAt))).toBe(false);
		expect(await views.loadView(database, saved.id)).toEqual({ id: saved.id, createdAt: saved.createdAt, state });
	});

	it('gives two saves of the same view two different ids (append-only, nothing overwritten)', async () => {
		const [first, second] = [await views.saveView(database, state), await views.saveView(database, state)];
		expect(first.id).not.toBe(second.id);
		expect(await views.loadView(database, first.id)).toMatchObject({ state });
	});

	it('answers null for an id nobody saved', async () => {
		expect(await views.loadView(database, 'AAAAAAAAAAAAAAAAAAAAAA')).toBeNull();
	});

	it('keeps a large view (1,000 nodes) that no link could carry', async () => {
		const nodes = Array.from({ length: 1_000 }, (_, index) => `commune-${76_000 + index}`);
		const large: ViewState = { v: 1, nodes, layout: 'fcose', sizeBy: 'degree', filters: { mode: 'fade' } };
		const saved = await views.saveView(database, large);
		expect((await views.loadView(database, saved.id))?.state.nodes).toHaveLength(1_000);
	});

	it('refuses a second view with the same id (uniqueness constraint)', async () => {
		const saved = await views.saveView(database, state);
		await expect(
			database.write(cypher('views/create-saved-view'), { id: saved.id, state: '{}', ownerId: null, expiresAt: null })
		).rejects.toThrow(/already exists/);
	});

	it('is seen by no entity query: digest, counts, search, export and subgraph ignore saved views', async () => {
		const [{ count: savedCount }] = await database.read(cypher('views/count-saved-views'));
		expect(savedCount).toBeGreaterThan(0);
		expect(await digestGraph(database)).toEqual(before);
		const [{ count }] = await database.read(cypher('stats/count-entities'));
		expect(count).toBe(before.entities);
		const saved = await views.saveView(database, state);
		expect((await searchEntities(database, { q: saved.id, type: undefined, limit: 10 })).results).toEqual([]);
		let exported = 0;
		for await (const page of exporting.nodePages(database)) exported += page.length;
		expect(exported).toBe(before.entities);
		expect(await explore.subgraph(database, { ids: [saved.id] })).toBeNull();
	});
});

describe('the driver helpers', () => {
	it('run read() in a READ transaction: a write through it is refused by the server', async () => {
		await expect(database.read(cypher('views/create-saved-view'), { id: 'BBBBBBBBBBBBBBBBBBBBBB', state: '{}' })).rejects.toMatchObject({
			code: 'Neo.ClientError.Statement.AccessMode'
		});
		expect(await views.loadView(database, 'BBBBBBBBBBBBBBBBBBBBBB')).toBeNull();
	});
});

describe('who keeps a saved view', () => {
	it('forgets an anonymous view after 90 days, keeps a signed-in person’s, and tells its owner', async () => {
		const anonymous = await views.saveView(database, state);
		const owned = await views.saveView(database, state, 'acc-00000000000000f1');
		expect(await views.viewOwner(database, owned.id)).toBe('acc-00000000000000f1');
		expect(await views.viewOwner(database, anonymous.id)).toBeNull();
		const later = new Date(Date.now() + 91 * 86_400_000);
		expect(await views.loadView(database, anonymous.id, later)).toBeNull();
		expect(await views.loadView(database, owned.id, later)).not.toBeNull();
		expect(await sweep(database, later)).toMatchObject({ views: expect.any(Number) });
		expect(await views.viewOwner(database, anonymous.id)).toBeUndefined();
		expect(await views.deleteView(database, owned.id)).toBe(true);
		expect(await views.viewOwner(database, owned.id)).toBeUndefined();
	});
});
