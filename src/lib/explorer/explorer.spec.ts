import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { translator } from '$lib/i18n/translator';
import { LARGE_VIEW } from '$lib/graph-view/scale';
import { Explorer } from './explorer';
import { fakeExplorerApi } from '../../../tests/support/fixtures/explorer-api';
import { node, payload } from '../../../tests/support/fixtures/graph-payloads';

/** The explorer over the fake API and a headless instance, animations off. */
function explorer(options: { truncated?: boolean } = {}) {
	const { fetcher, calls } = fakeExplorerApi(options);
	const view = new Explorer(fetcher, translator('fr'), () => false);
	const cy = cytoscape({ headless: true });
	view.attach(cy);
	return { view, cy, calls };
}

describe('Explorer, its units wired together', () => {
	it('adds an entity, selects it, then expands it with the cap', async () => {
		const { view, cy, calls } = explorer();
		await view.graph.add('ecosystem-cleon-4-0');
		expect(cy.nodes()).toHaveLength(1);
		expect(view.selection.current).toMatchObject({ type: 'node', node: { label: 'Ecosystem Cléon 4.0' } });
		expect(view.graph.focus).toBe('ecosystem-cleon-4-0');
		view.graph.cap = 50;
		await view.graph.expand('ecosystem-cleon-4-0');
		expect(calls.at(-1)).toBe('/api/graph/neighbourhood?id=ecosystem-cleon-4-0&limit=50');
		expect(view.graph.shown.map((each) => each.label)).toContain('CCI Rouen Métropole');
		expect(view.filters.counts).toMatchObject({ nodes: 7, edges: 6 });
		expect(view.history.undoLabel).toBe('Déplier Ecosystem Cléon 4.0');
	});

	it('hides, pins, removes, and undoes and redoes each change', async () => {
		const { view, cy } = explorer();
		await view.graph.add('ecosystem-cleon-4-0', { expand: true });
		view.edits.hide('ademe');
		expect(view.graph.hiddenCount).toBe(1);
		expect(view.filters.counts.totalNodes).toBe(6);
		view.edits.togglePin('region-28');
		expect(cy.getElementById('region-28').hasClass('pinned')).toBe(true);
		view.edits.remove('decarbonation');
		expect(cy.getElementById('decarbonation').empty()).toBe(true);
		view.history.undo();
		expect(cy.getElementById('decarbonation').nonempty()).toBe(true);
		view.history.undo();
		expect(cy.getElementById('region-28').hasClass('pinned')).toBe(false);
		view.history.undo();
		expect(view.graph.hiddenCount).toBe(0);
		view.history.redo();
		expect(view.graph.hiddenCount).toBe(1);
		expect(view.history.redoLabel).toBe('Épingler Normandie');
	});

	it('filters by kind and counts what remains', async () => {
		const { view } = explorer();
		await view.graph.add('ecosystem-cleon-4-0', { expand: true });
		view.filters.set({ kinds: ['Commune', 'Department', 'Region'] });
		expect(view.filters.counts).toMatchObject({ nodes: 4, totalNodes: 7 });
		view.filters.set({ mode: 'hide' });
		expect(view.graph.shown).toHaveLength(4);
		view.filters.reset();
		expect(view.graph.shown).toHaveLength(7);
	});

	it('forgets the paths and the focus when an undo takes away what they pointed at', async () => {
		const { view } = explorer();
		await view.graph.add('ecosystem-cleon-4-0');
		await view.paths.find('tenerrdis', 'ecosystem-cleon-4-0', { maxLength: 4, avoid: [] });
		expect(view.paths.found).toHaveLength(1);
		view.history.undo();
		expect(view.paths.found).toBeNull();
		view.history.undo();
		expect(view.graph.focus).toBeNull();
		expect(view.graph.empty).toBe(true);
	});

	it('keeps its view, framed as it was, when the instance is replaced (the renderer switched)', async () => {
		const { view, cy } = explorer();
		await view.graph.add('ecosystem-cleon-4-0', { expand: true });
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
		cy.one('add', () => void (largeWhenAdded = view.display.large));
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
		view.edits.clear();
		await expect.poll(() => view.display.large).toBe(false);
	});
});

describe('Explorer views as links', () => {
	it('gives its view as a state that opens the same view elsewhere', async () => {
		const { view, cy } = explorer();
		await view.graph.add('ecosystem-cleon-4-0', { expand: true });
		view.edits.togglePin('region-28');
		view.edits.hide('ademe');
		view.filters.set({ kinds: ['Theme'] });
		view.display.layout = 'concentric';
		view.selection.select('commune-76178');
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
		expect(other.view.graph.hiddenCount).toBe(1);
		expect(other.view.filters.counts.nodes).toBe(5);
		expect(other.view.display.layout).toBe('concentric');
		expect(other.view.selection.current).toMatchObject({ type: 'node', node: { id: 'commune-76178' } });
		const [x, y] = state.positions!['departement-76'];
		expect(other.cy.getElementById('departement-76').position()).toEqual({ x, y });
		expect(cy.nodes()).toHaveLength(7);
	});

	it('draws with WebGL from a link only where the browser has it', async () => {
		const state = {
			v: 1 as const,
			nodes: [],
			layout: 'fcose' as const,
			sizeBy: 'degree' as const,
			filters: { mode: 'fade' as const },
			webgl: true
		};
		const without = explorer();
		await without.view.restoreView(state);
		expect(without.view.display.webgl).toBe(false);
		const capable = explorer();
		capable.view.display.webglAvailable = true;
		await capable.view.restoreView(state);
		expect(capable.view.display.webgl).toBe(true);
	});
});
