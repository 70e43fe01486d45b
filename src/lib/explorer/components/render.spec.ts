import cytoscape from 'cytoscape';
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { toElements, type NodeData } from '$lib/graph-view/elements';
import { translator } from '$lib/i18n/translator';
import { applyFilters } from '../filters';
import { Display } from '../state/display.svelte';
import { NodeEdits } from '../state/edits';
import { Filters } from '../state/filters.svelte';
import { Graph } from '../state/graph.svelte';
import { UndoHistory } from '../state/history.svelte';
import { Menu } from '../state/menu.svelte';
import { Notices } from '../state/notices.svelte';
import { Paths } from '../state/paths.svelte';
import { ViewSelection } from '../state/selection.svelte';
import { Viewport } from '../state/viewport.svelte';
import DetailsPanel from './DetailsPanel.svelte';
import FiltersPanel from './FiltersPanel.svelte';
import Legend from './Legend.svelte';
import LinkGroups from './LinkGroups.svelte';
import NodeList from './NodeList.svelte';
import NoticeBar from './NoticeBar.svelte';
import PathPanel from './PathPanel.svelte';
import Toolbar from './Toolbar.svelte';
import WithI18n from '../../../../tests/support/WithI18n.svelte';
import { cleonNeighbourhood } from '../../../../tests/support/fixtures/graph-payloads';

/**
 * Each component of the explorer rendered alone (server-side, in French) from only what it uses:
 * a unit or two, or plain values. What they do on a click is proven by the end-to-end journeys.
 */
function html<Props extends Record<string, unknown>>(component: Component<Props>, props: Props): string {
	const rendered = render(WithI18n as unknown as Component<{ component: Component<Props>; props: Props }>, { props: { component, props } });
	return rendered.body;
}

const t = translator('fr');
const cleon = () => cytoscape({ headless: true, elements: toElements(cleonNeighbourhood()) });
const nodes = cleonNeighbourhood().nodes.map((each) => ({ id: each.id, label: each.name, kind: each.kind }) as NodeData);
const noop = () => undefined;

describe('Explorer components, each rendered alone', () => {
	it('NodeList lists the nodes it is given and marks the selected one', () => {
		const body = html(NodeList, { nodes, selectedId: 'region-28', onselect: noop });
		expect(body).toContain('Ecosystem Cléon 4.0');
		expect(body).toMatch(/aria-current="true"[^>]*>.*?Normandie/s);
	});

	it('Legend teaches every shape while the view is empty, then only what it holds', () => {
		const counts = applyFilters(cleon(), { mode: 'fade' });
		expect(html(Legend, { counts, empty: true })).toContain('Personne');
		const body = html(Legend, { counts, empty: false });
		expect(body).toContain('Commune');
		expect(body).not.toContain('Personne');
	});

	it('NoticeBar says the explorer is busy, and what went wrong', () => {
		const notices = new Notices(t);
		notices.busy = true;
		notices.fail('Le serveur ne répond pas.');
		const body = html(NoticeBar, { notices });
		expect(body).toContain(t('explorer.loading'));
		expect(body).toMatch(/class="notice error[^"]*"[^>]*>\s*Le serveur ne répond pas\./);
	});

	it('FiltersPanel shows the counts and the criteria its unit holds', () => {
		const cy = cleon();
		const filters = new Filters({ refresh: noop });
		filters.replace({ kinds: ['Commune'], mode: 'hide' });
		filters.apply(cy);
		const body = html(FiltersPanel, { filters });
		expect(body).toContain(t('explorer.filters.nodes', { shown: '6', total: '7' }));
		expect(body).toMatch(new RegExp(`<input type="radio" name="[^"]+" checked=""/>${t('explorer.filters.hide')}`));
		// Between the box and its name: whitespace and Svelte's hydration markers only.
		expect(body).toMatch(/<input type="checkbox"\/>(?:\s|<!--[^>]*-->)*<span class="name[^"]*">Communes<\/span>/);
	});

	it('PathPanel tells the paths its unit found', () => {
		const paths = new Paths({
			canvas: { cy: undefined, change: async () => undefined },
			notices: new Notices(t),
			viewport: { frame: noop },
			fetcher: fetch,
			t
		});
		paths.found = [{ sentence: 'Tenerrdis — collabore avec → Ecosystem Cléon 4.0', nodes: [], edges: [] }];
		const body = html(PathPanel, { paths, selected: null, busy: false });
		expect(body).toContain('Tenerrdis — collabore avec → Ecosystem Cléon 4.0');
	});

	it('DetailsPanel shows the node its selection unit holds, with its links', () => {
		const cy = cleon();
		const selection = new ViewSelection({ cy }, () => false);
		selection.select('commune-76178', { centre: false });
		const paths = new Paths({
			canvas: { cy, change: async () => undefined },
			notices: new Notices(t),
			viewport: { frame: noop },
			fetcher: fetch,
			t
		});
		const commands = {
			expand: async () => undefined,
			ungroup: async () => undefined,
			togglePin: noop,
			group: noop,
			hide: noop,
			remove: noop
		};
		const body = html(DetailsPanel, { selection, paths, commands, busy: false });
		expect(body).toMatch(/<h3 id="selection-title"[^>]*>Cléon<\/h3>/);
		expect(body).toContain('Seine-Maritime');
		expect(body).toContain(t('explorer.actions.expand'));
	});

	it('LinkGroups tells two territories of one name apart by their phase', () => {
		const link = (phase: '2019-2022' | '2023-2027') => ({
			edge: {
				id: `PART_OF:x->${phase}`,
				source: 'x',
				target: phase,
				type: 'PART_OF' as const,
				label: 'fait partie de',
				sources: [],
				evidence: [],
				width: 1
			},
			other: { id: `ti-${phase}-2802`, label: 'Axe Seine', kind: 'Territory', phase } as NodeData,
			direction: 'out' as const
		});
		const body = html(LinkGroups, { links: [link('2019-2022'), link('2023-2027')], sources: new Map(), onselect: noop });
		expect(body.match(/Axe Seine/g)).toHaveLength(2);
		expect(body).toContain('· 2019-2022');
		expect(body).toContain('· 2023-2027');
	});

	it('Toolbar offers undo, the hidden nodes and the renderer from the units it is given', () => {
		const canvas = { cy: undefined, refresh: noop, restore: noop, change: async () => undefined };
		const notices = new Notices(t);
		const viewport = new Viewport(canvas, () => false);
		const display = new Display({ canvas, viewport, focus: () => undefined, animate: () => false });
		const selection = new ViewSelection(canvas, () => false);
		const graph = new Graph({ canvas, notices, selection, menu: new Menu(), display, viewport, fetcher: fetch, t });
		const paths = new Paths({ canvas, notices, viewport, fetcher: fetch, t });
		const edits = new NodeEdits({ canvas, graph, paths, t });
		const history = new UndoHistory(canvas);
		history.record({ elements: [] }, 'Ajouter Tenerrdis');
		graph.hiddenCount = 2;
		graph.empty = false;
		const body = html(Toolbar, { display, graph, history, viewport, edits });
		expect(body).toContain(`title="${t('explorer.toolbar.undoWhat', { what: 'Ajouter Tenerrdis' })}"`);
		expect(body).toContain(t('explorer.toolbar.showHidden', { count: 2 }));
		expect(body).toMatch(/<input id="[^"]+-webgl" type="checkbox" disabled=""/);
	});
});
