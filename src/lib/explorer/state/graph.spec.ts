import { describe, expect, it } from 'vitest';
import type { NodeCollection } from 'cytoscape';
import { translator } from '$lib/i18n/translator';
import { Graph } from './graph.svelte';
import { Menu } from './menu.svelte';
import { Notices } from './notices.svelte';
import { ViewSelection } from './selection.svelte';
import { fakeExplorerApi } from '../../../../tests/support/fixtures/explorer-api';
import { testCanvas } from '../../../../tests/support/explorer-canvas';

const t = translator('fr');

/** The graph unit over the fake API and a test canvas, with the units it acts on. */
function graphUnit(options: { truncated?: boolean } = {}) {
	const { fetcher, calls } = fakeExplorerApi(options);
	let graph: Graph | undefined = undefined;
	const canvas = testCanvas((cy) => graph?.mirror(cy));
	const notices = new Notices(t);
	const selection = new ViewSelection(canvas, () => false);
	const menu = new Menu();
	const framed: NodeCollection[] = [];
	const viewport = { frame: (nodes: NodeCollection | undefined) => void (nodes && framed.push(nodes)) };
	graph = new Graph({ canvas, notices, selection, menu, display: { layout: 'fcose' }, viewport, fetcher, t });
	return { graph, canvas, cy: canvas.cy, notices, selection, menu, framed, calls };
}

describe('Graph', () => {
	it('adds an entity linked to what is shown, selects it, and grows the view from the first one', async () => {
		const { graph, canvas, cy, selection, calls } = graphUnit();
		await graph.add('ecosystem-cleon-4-0');
		expect(graph.focus).toBe('ecosystem-cleon-4-0');
		expect(cy.getElementById('ecosystem-cleon-4-0').hasClass('focus')).toBe(true);
		await graph.add('region-28');
		expect(calls.at(-1)).toBe('/api/graph/subgraph?ids=region-28%2Cecosystem-cleon-4-0');
		expect(graph.focus).toBe('ecosystem-cleon-4-0');
		expect(selection.node?.id).toBe('region-28');
		expect(canvas.changes.map((change) => change.label)).toEqual(['Ajouter Ecosystem Cléon 4.0', 'Ajouter Normandie']);
		expect(graph.empty).toBe(false);
	});

	it('selects an entity already in the view instead of asking for it again', async () => {
		const { graph, selection, calls } = graphUnit();
		await graph.add('ecosystem-cleon-4-0');
		await graph.add('region-28');
		await graph.add('ecosystem-cleon-4-0');
		expect(calls).toHaveLength(2);
		expect(selection.node?.id).toBe('ecosystem-cleon-4-0');
	});

	it('says when an expansion was cut by the cap, out of how many links', async () => {
		const { graph, notices } = graphUnit({ truncated: true });
		await graph.add('ecosystem-cleon-4-0');
		await graph.expand('ecosystem-cleon-4-0');
		expect(notices.notice?.text).toBe('6 voisins affichés sur 340 — augmentez la limite ou filtrez par type.');
		await graph.expand('ecosystem-cleon-4-0', { types: ['ANIMATES'] });
		expect(notices.notice?.text).toBe('6 voisins affichés — la limite de 100 est atteinte\u00a0: augmentez-la ou filtrez par type.');
	});

	it('expands within the cap, closes the node menu, and says when nothing was new', async () => {
		const { graph, canvas, notices, menu, calls } = graphUnit();
		await graph.add('ecosystem-cleon-4-0');
		menu.show({ id: 'ecosystem-cleon-4-0', label: 'Ecosystem Cléon 4.0', pinned: false, groupable: false, group: false }, 10, 10);
		graph.cap = 5_000;
		await graph.expand('ecosystem-cleon-4-0', { kinds: ['Commune'] });
		expect(calls.at(-1)).toBe('/api/graph/neighbourhood?id=ecosystem-cleon-4-0&limit=1000&kinds=Commune');
		expect(menu.current).toBeNull();
		expect(graph.shown).toHaveLength(7);
		expect(canvas.changes.at(-1)?.options.incoming?.nodes).toHaveLength(7);
		await graph.expand('ecosystem-cleon-4-0');
		expect(notices.notice).toEqual({ tone: 'info', text: 'Tous les voisins de Ecosystem Cléon 4.0 sont déjà affichés.' });
		expect(canvas.changes).toHaveLength(2);
	});

	it('asks before opening a node with more neighbours than the cap, showing them by kind, and opens what is chosen', async () => {
		const { graph, canvas, calls } = graphUnit();
		await graph.add('departement-76');
		await graph.expand('departement-76');
		expect(calls.at(-1)).toBe('/api/graph/neighbourhood/counts?id=departement-76');
		expect(calls.some((call) => call.startsWith('/api/graph/neighbourhood?'))).toBe(false);
		expect(graph.pending).toMatchObject({ id: 'departement-76', name: 'Seine-Maritime', limit: 100, counts: { total: 727 } });
		expect(canvas.changes).toHaveLength(1);

		// Some kinds, each in full: the limit grows to what they count.
		await graph.choose(['EPCI', 'Region']);
		expect(graph.pending).toBeNull();
		expect(calls.at(-1)).toBe('/api/graph/neighbourhood?id=departement-76&limit=100&kinds=EPCI%2CRegion');
		await graph.expand('departement-76');
		await graph.choose(['Commune']);
		expect(calls.at(-1)).toBe('/api/graph/neighbourhood?id=departement-76&limit=707&kinds=Commune');

		// Or the best ones up to the cap, whatever their kind.
		await graph.expand('departement-76');
		await graph.choose([]);
		expect(calls.at(-1)).toBe('/api/graph/neighbourhood?id=departement-76&limit=100');
		expect(graph.pending).toBeNull();
	});

	it('opens at once a node within the cap, and a large one when the cap is raised above its neighbours', async () => {
		const { graph, calls } = graphUnit();
		await graph.add('departement-76');
		graph.cap = 1000;
		await graph.expand('departement-76');
		expect(calls.at(-1)).toBe('/api/graph/neighbourhood?id=departement-76&limit=1000');
		expect(graph.pending).toBeNull();
	});

	it('at two hops, says which neighbours were not passed through and offers to follow them', async () => {
		const { graph, notices, calls } = graphUnit();
		await graph.add('ecosystem-cleon-4-0');
		await graph.expand('ecosystem-cleon-4-0', { depth: 2 });
		expect(calls.at(-1)).toBe('/api/graph/neighbourhood?id=ecosystem-cleon-4-0&limit=100&depth=2&follow=capped');
		expect(notices.notice?.text).toBe(
			'Les liens passant par 2 voisins (thèmes, lieux ou nœuds de plus de 100 liens) n’ont pas été suivis au second pas.'
		);
		await notices.notice?.action?.run();
		expect(calls.at(-1)).toBe('/api/graph/neighbourhood?id=ecosystem-cleon-4-0&limit=100&depth=2&follow=all');
		expect(notices.notice?.action).toBeUndefined();
	});

	it('brings the node and the neighbours it opened into view', async () => {
		const { graph, framed } = graphUnit();
		await graph.add('ecosystem-cleon-4-0');
		await graph.expand('ecosystem-cleon-4-0');
		const last = framed.at(-1);
		expect(last?.map((node) => node.id()).sort()).toEqual(expect.arrayContaining(['ecosystem-cleon-4-0', 'region-28']));
		expect(last?.length).toBeGreaterThan(2);
	});

	it('tells a person when the entity does not exist', async () => {
		const { graph, notices, canvas } = graphUnit();
		await graph.add('nexiste-pas');
		expect(notices.notice).toMatchObject({ tone: 'error' });
		expect(canvas.changes).toHaveLength(0);
	});

	it('opens a shared view where it was, framed as it was, without a layout', async () => {
		const { graph, canvas, cy, selection, framed } = graphUnit();
		await graph.open({
			v: 1,
			nodes: ['ecosystem-cleon-4-0', 'region-28', 'ademe'],
			positions: { 'ecosystem-cleon-4-0': [0, 0], 'region-28': [300, -40], ademe: [-120, 80] },
			pinned: ['region-28'],
			hidden: ['ademe'],
			focus: 'region-28',
			selection: 'ecosystem-cleon-4-0',
			layout: 'fcose',
			sizeBy: 'degree',
			filters: { mode: 'fade' }
		});
		expect(canvas.changes.map((change) => [change.label, change.options.relayout])).toEqual([['Ouvrir la vue partagée', false]]);
		expect(cy.getElementById('region-28').position()).toEqual({ x: 300, y: -40 });
		expect(cy.getElementById('region-28').hasClass('pinned')).toBe(true);
		expect(graph.focus).toBe('region-28');
		expect(graph.hiddenCount).toBe(1);
		expect(graph.shown.map((each) => each.id)).toEqual(['ecosystem-cleon-4-0', 'region-28']);
		expect(framed).toHaveLength(1);
		expect(selection.node?.id).toBe('ecosystem-cleon-4-0');
	});

	it('lays a shared view out afresh when its link carried no positions, and opens nothing from an empty one', async () => {
		const { graph, canvas, calls } = graphUnit();
		const view = { v: 1 as const, layout: 'fcose' as const, sizeBy: 'degree' as const, filters: { mode: 'fade' as const } };
		await graph.open({ ...view, nodes: [] });
		expect(calls).toHaveLength(0);
		await graph.open({ ...view, nodes: ['ecosystem-cleon-4-0', 'region-28'] });
		expect(canvas.changes.at(-1)?.options.relayout).toBe(true);
	});
});
