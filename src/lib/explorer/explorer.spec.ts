import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { pathsPayloadSchema, type GraphPayload } from '$lib/domain/graph';
import { translator } from '$lib/i18n/translator';
import { Explorer } from './explorer.svelte';
import { cleonNeighbourhood, edge, node, payload } from '../../../tests/support/fixtures/graph-payloads';
import { LARGE_VIEW } from '$lib/graph-view/scale';

const cleon = cleonNeighbourhood();
const only = (ids: string[]): GraphPayload => ({
	...cleon,
	nodes: cleon.nodes.filter((each) => ids.includes(each.id)),
	edges: cleon.edges.filter((each) => ids.includes(each.source) && ids.includes(each.target))
});

const communes = ['commune-76540', 'commune-76231'].map((id) => node({ id, name: id, kind: 'Commune', lat: 49.4, lon: 1.1 }));
const seineMaritime = payload(
	[cleon.nodes.find((each) => each.id === 'departement-76')!, ...communes, cleon.nodes.find((each) => each.id === 'commune-76178')!],
	[...communes.map((commune) => edge('IN', commune.id, 'departement-76')), edge('IN', 'commune-76178', 'departement-76')]
);

/** A fake server: the subgraph of the ids asked for, the Cléon neighbourhood, one path. */
function server(options: { truncated?: boolean } = {}) {
	const calls: string[] = [];
	const fetcher = (async (input: string) => {
		calls.push(input);
		const url = new URL(input, 'http://localhost');
		let body: unknown;
		if (url.pathname === '/api/graph/subgraph') body = only(url.searchParams.get('ids')!.split(','));
		else if (url.pathname === '/api/graph/neighbourhood' && url.searchParams.get('id') === 'departement-76') body = seineMaritime;
		else if (url.pathname === '/api/graph/neighbourhood') {
			// Cut by the cap: the cluster has many more links than the payload shows.
			const nodes = options.truncated
				? cleon.nodes.map((each) => (each.id === 'ecosystem-cleon-4-0' ? { ...each, degree: 340 } : each))
				: cleon.nodes;
			body = { ...cleon, nodes, truncated: options.truncated ?? false, limit: 100 };
		} else if (url.pathname === '/api/graph/paths') {
			body = pathsPayloadSchema.parse({
				truncated: false,
				paths: [
					{
						nodes: [node({ id: 'tenerrdis', name: 'Tenerrdis', kind: 'Cluster' }), cleon.nodes[0]],
						edges: [edge('COLLABORATES_WITH', 'tenerrdis', 'ecosystem-cleon-4-0')]
					}
				]
			});
		} else return new Response(JSON.stringify({ message: 'No entity' }), { status: 404 });
		return new Response(JSON.stringify(body), { status: 200 });
	}) as typeof fetch;
	return { fetcher, calls };
}

function explorer(options: { truncated?: boolean } = {}) {
	const { fetcher, calls } = server(options);
	const view = new Explorer(fetcher, translator('fr'), () => false);
	const cy = cytoscape({ headless: true });
	view.attach(cy);
	return { view, cy, calls };
}

describe('Explorer', () => {
	it('adds an entity, selects it, then expands it with the cap', async () => {
		const { view, cy, calls } = explorer();
		await view.add('ecosystem-cleon-4-0');
		expect(cy.nodes()).toHaveLength(1);
		expect(view.selection).toMatchObject({ type: 'node', node: { label: 'Ecosystem Cléon 4.0' } });
		expect(view.focus).toBe('ecosystem-cleon-4-0');
		view.cap = 50;
		await view.expand('ecosystem-cleon-4-0');
		expect(calls.at(-1)).toBe('/api/graph/neighbourhood?id=ecosystem-cleon-4-0&limit=50');
		expect(view.shown.map((each) => each.label)).toContain('CCI Rouen Métropole');
		expect(view.counts).toMatchObject({ nodes: 7, edges: 6 });
		expect(view.undoLabel).toBe('Déplier Ecosystem Cléon 4.0');
	});

	it('says when an expansion was cut by the cap, out of how many links', async () => {
		const { view } = explorer({ truncated: true });
		await view.add('ecosystem-cleon-4-0');
		await view.expand('ecosystem-cleon-4-0');
		expect(view.notice?.text).toBe('6 voisins affichés sur 340 — augmentez la limite ou filtrez par type.');
		await view.expand('ecosystem-cleon-4-0', { types: ['ANIMATES'] });
		expect(view.notice?.text).toBe('6 voisins affichés — la limite de 100 est atteinte\u00a0: augmentez-la ou filtrez par type.');
	});

	it('hides, pins, removes, and undoes and redoes each change', async () => {
		const { view, cy } = explorer();
		await view.add('ecosystem-cleon-4-0', { expand: true });
		view.hide('ademe');
		expect(view.hiddenCount).toBe(1);
		expect(view.counts.totalNodes).toBe(6);
		view.togglePin('region-28');
		expect(cy.getElementById('region-28').hasClass('pinned')).toBe(true);
		view.remove('decarbonation');
		expect(cy.getElementById('decarbonation').empty()).toBe(true);
		view.undo();
		expect(cy.getElementById('decarbonation').nonempty()).toBe(true);
		view.undo();
		expect(cy.getElementById('region-28').hasClass('pinned')).toBe(false);
		view.undo();
		expect(view.hiddenCount).toBe(0);
		view.redo();
		expect(view.hiddenCount).toBe(1);
		expect(view.redoLabel).toBe('Épingler Normandie');
	});

	it('filters by kind and counts what remains', async () => {
		const { view } = explorer();
		await view.add('ecosystem-cleon-4-0', { expand: true });
		view.setFilters({ kinds: ['Commune', 'Department', 'Region'] });
		expect(view.counts).toMatchObject({ nodes: 4, totalNodes: 7 });
		view.setFilters({ mode: 'hide' });
		expect(view.shown).toHaveLength(4);
		view.resetFilters();
		expect(view.shown).toHaveLength(7);
	});

	it('finds paths, draws and highlights them, and tells them in French', async () => {
		const { view, cy } = explorer();
		await view.add('ecosystem-cleon-4-0');
		await view.findPaths('tenerrdis', 'ecosystem-cleon-4-0', { maxLength: 4, avoid: ['geography'] });
		expect(view.paths?.map((path) => path.sentence)).toEqual(['Tenerrdis — collabore avec → Ecosystem Cléon 4.0']);
		expect(cy.getElementById('tenerrdis').hasClass('highlighted')).toBe(true);
		expect(cy.getElementById('COLLABORATES_WITH:tenerrdis->ecosystem-cleon-4-0').hasClass('highlighted')).toBe(true);
		view.clearPaths();
		expect(cy.elements('.highlighted, .muted')).toHaveLength(0);
	});

	it('groups the communes of a département into one node, and reopens them', async () => {
		const { view, cy } = explorer();
		await view.add('ecosystem-cleon-4-0', { expand: true });
		await view.expand('departement-76');
		expect(cy.nodes('.kind-Commune')).toHaveLength(3);
		view.group('departement-76');
		expect(cy.nodes('.kind-Commune').not('.group')).toHaveLength(0);
		expect(cy.nodes('.group').data('label')).toBe('3 communes de Seine-Maritime');
		// The cluster located in Cléon now links to the group.
		expect(cy.getElementById('ecosystem-cleon-4-0').neighborhood('.group')).toHaveLength(1);
		await view.ungroup('group:departement-76');
		expect(cy.nodes('.kind-Commune')).toHaveLength(3);
		expect(cy.nodes('.group')).toHaveLength(0);
	});

	it('keeps its view, framed as it was, when the instance is replaced (the renderer switched)', async () => {
		const { view, cy } = explorer();
		await view.add('ecosystem-cleon-4-0', { expand: true });
		const detach = view.attach(cy);
		cy.viewport({ zoom: 0.4, pan: { x: 120, y: -35 } });
		detach();
		cy.destroy();
		const next = cytoscape({ headless: true });
		view.attach(next);
		expect(next.nodes()).toHaveLength(7);
		expect(next.zoom()).toBe(0.4);
		expect(next.pan()).toEqual({ x: 120, y: -35 });
	});

	it('becomes a large view before a large view is drawn, and an ordinary one again when emptied', async () => {
		const companies = Array.from({ length: LARGE_VIEW.nodes + 50 }, (_, index) =>
			node({ id: `company-${index}`, name: `Company ${index}`, kind: 'Company' })
		);
		const fetcher = (async () => new Response(JSON.stringify(payload(companies, [])), { status: 200 })) as typeof fetch;
		const view = new Explorer(fetcher, translator('fr'), () => false);
		const cy = cytoscape({ headless: true });
		view.attach(cy);
		let largeWhenAdded: boolean | undefined;
		cy.one('add', () => void (largeWhenAdded = view.large));
		const positions = Object.fromEntries(companies.map((company, index): [string, [number, number]] => [company.id, [index * 40, 0]]));
		await view.restoreView({
			v: 1,
			nodes: companies.map((company) => company.id),
			positions,
			layout: 'fcose',
			sizeBy: 'degree',
			filters: { mode: 'fade' }
		});
		expect(largeWhenAdded).toBe(true);
		view.clear();
		await expect.poll(() => view.large).toBe(false);
	});

	it('tells a person when the entity does not exist', async () => {
		const { view } = explorer();
		await view.add('nexiste-pas');
		expect(view.notice).toMatchObject({ tone: 'error' });
	});
});

describe('Explorer views as links', () => {
	it('gives its view as a state that opens the same view elsewhere', async () => {
		const { view, cy } = explorer();
		await view.add('ecosystem-cleon-4-0', { expand: true });
		view.togglePin('region-28');
		view.hide('ademe');
		view.setFilters({ kinds: ['Theme'] });
		view.layout = 'concentric';
		view.select('commune-76178');
		const state = view.viewState();
		expect(state).toMatchObject({
			v: 1,
			layout: 'concentric',
			pinned: ['region-28'],
			hidden: ['ademe'],
			selection: 'commune-76178',
			focus: 'ecosystem-cleon-4-0'
		});
		expect(state.filters).toEqual({ kinds: ['Theme'], mode: 'fade' });
		expect(state.nodes).toHaveLength(7);

		const other = explorer();
		await other.view.restoreView(state);
		expect(other.cy.nodes()).toHaveLength(7);
		expect(other.cy.getElementById('region-28').hasClass('pinned')).toBe(true);
		expect(other.view.hiddenCount).toBe(1);
		expect(other.view.counts.nodes).toBe(5);
		expect(other.view.layout).toBe('concentric');
		expect(other.view.selection).toMatchObject({ type: 'node', node: { id: 'commune-76178' } });
		const [x, y] = state.positions!['departement-76'];
		expect(other.cy.getElementById('departement-76').position()).toEqual({ x, y });
		expect(cy.nodes()).toHaveLength(7);
	});
});
