import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { arrivalPosition, edgeElement, edgeWidth, mergePayload, nodeElement, relabelEdges, toElements, viewPayload } from './elements';
import { cleonNeighbourhood, edge, node, payload } from '../../../tests/support/fixtures/graph-payloads';

describe('nodeElement', () => {
	it('names the node after the entity, keeps its place and measures, and classes it by kind', () => {
		const element = nodeElement(node({ id: 'commune-76178', name: 'Cléon', kind: 'Commune', lat: 49.31, lon: 1.04, degree: 3 }));
		expect(element.data).toMatchObject({
			id: 'commune-76178',
			label: 'Cléon',
			kind: 'Commune',
			lat: 49.31,
			lon: 1.04,
			degree: 3,
			funding: 0
		});
		expect(element.classes).toEqual(['kind-Commune']);
	});

	it('marks funders and leaves unknown values out rather than undefined', () => {
		const element = nodeElement(
			node({ id: 'ademe', name: 'ADEME', kind: 'PublicBody', labels: ['Entity', 'PublicBody', 'Funder'], fundingReceivedEur: 12 })
		);
		expect(element.classes).toEqual(['kind-PublicBody', 'funder']);
		expect(element.data).toMatchObject({ funder: true, funding: 12 });
		expect(Object.keys(element.data)).not.toContain('lat');
	});
});

describe('edgeElement', () => {
	it('carries the type, its words, the amount and the citations', () => {
		const element = edgeElement(
			edge('FUNDS', 'ademe', 'dkarbonation', { amountEur: 2_000_000, sources: ['s#1'], evidence: ['e'] }),
			(type) => (type === 'FUNDS' ? 'finance' : type)
		);
		expect(element.data).toMatchObject({ source: 'ademe', target: 'dkarbonation', type: 'FUNDS', label: 'finance', amount: 2_000_000 });
		expect(element.data.sources).toEqual(['s#1']);
		expect(element.classes).toEqual(['type-FUNDS']);
	});
});

describe('edgeWidth', () => {
	it('grows with the amount funded, on a log scale between 2 and 9 pixels', () => {
		expect(edgeWidth('COLLABORATES_WITH')).toBe(1.5);
		expect(edgeWidth('FUNDS')).toBe(2);
		expect(edgeWidth('FUNDS', 5_000)).toBe(2);
		expect(edgeWidth('FUNDS', 1_000_000)).toBe(5.5);
		expect(edgeWidth('FUNDS', 10_000_000)).toBeGreaterThan(edgeWidth('FUNDS', 1_000_000));
		expect(edgeWidth('FUNDS', 1e12)).toBe(9);
	});
});

describe('toElements', () => {
	it('turns a payload into nodes then edges, without duplicates or dangling edges', () => {
		const base = cleonNeighbourhood();
		const doubled = payload(
			[...base.nodes, base.nodes[0]],
			[...base.edges, base.edges[0], edge('MEMBER_OF', 'somewhere-else', 'ecosystem-cleon-4-0')]
		);
		const elements = toElements(doubled);
		expect(elements.filter((element) => element.group === 'nodes')).toHaveLength(base.nodes.length);
		expect(elements.filter((element) => element.group === 'edges')).toHaveLength(base.edges.length);
		expect(elements.findIndex((element) => element.group === 'edges')).toBe(base.nodes.length);
	});
});

describe('mergePayload', () => {
	it('adds only what is new, and keeps the position and classes of what was there', () => {
		const cy = cytoscape({ headless: true });
		mergePayload(cy, cleonNeighbourhood());
		const cleon = cy.getElementById('ecosystem-cleon-4-0');
		cleon.position({ x: 500, y: 80 }).addClass('pinned');
		const more = payload(
			[
				node({ id: 'ecosystem-cleon-4-0', name: 'Ecosystem Cléon 4.0', kind: 'Cluster', degree: 7 }),
				node({ id: 'renault-cleon', name: 'Renault Cléon', kind: 'Company' })
			],
			[edge('MEMBER_OF', 'renault-cleon', 'ecosystem-cleon-4-0'), edge('ANIMATES', 'cci-rouen-metropole', 'ecosystem-cleon-4-0')]
		);
		const result = mergePayload(cy, more, { around: { x: 500, y: 80 } });
		expect(result).toMatchObject({ addedNodes: 1, addedEdges: 1 });
		expect(result.nodes.map((added) => added.id())).toEqual(['renault-cleon']);
		expect(cy.nodes()).toHaveLength(8);
		expect(cy.edges()).toHaveLength(7);
		expect(cleon.position()).toEqual({ x: 500, y: 80 });
		expect(cleon.hasClass('pinned')).toBe(true);
		expect(cleon.data('degree')).toBe(7);
		const placed = cy.getElementById('renault-cleon').position();
		expect(Math.hypot(placed.x - 500, placed.y - 80)).toBeGreaterThan(10);
		expect(Math.hypot(placed.x - 500, placed.y - 80)).toBeLessThan(200);
	});

	it('links new nodes to those already in the view, and leaves out the ids it must skip', () => {
		const cy = cytoscape({ headless: true });
		mergePayload(cy, payload([node({ id: 'tenerrdis', name: 'Tenerrdis', kind: 'Cluster' })], []));
		mergePayload(
			cy,
			payload(
				[node({ id: 'iparla', name: 'Iparla', kind: 'Company' }), node({ id: 'sokoa', name: 'Sokoa', kind: 'Company' })],
				[edge('MEMBER_OF', 'iparla', 'tenerrdis'), edge('COLLABORATES_WITH', 'sokoa', 'tenerrdis')]
			),
			{ skip: new Set(['sokoa']) }
		);
		expect(
			cy
				.nodes()
				.map((each) => each.id())
				.sort()
		).toEqual(['iparla', 'tenerrdis']);
		expect(cy.edges().map((each) => each.id())).toEqual(['MEMBER_OF:iparla->tenerrdis']);
	});
});

describe('relabelEdges', () => {
	it('gives every edge the words of the new language', () => {
		const cy = cytoscape({ headless: true, elements: toElements(cleonNeighbourhood()) });
		relabelEdges(cy, (type) => `«${type}»`);
		expect(cy.getElementById('FUNDS:ademe->ecosystem-cleon-4-0').data('label')).toBe('«FUNDS»');
	});
});

describe('viewPayload', () => {
	it('gives back the API nodes and edges shown, with their positions, and nothing hidden', () => {
		const base = cleonNeighbourhood();
		const cy = cytoscape({ headless: true, elements: toElements(base) });
		cy.getElementById('ademe').addClass('hidden');
		cy.getElementById('region-28').position({ x: 3, y: 4 });
		const view = viewPayload(cy);
		expect(view.nodes).toHaveLength(6);
		expect(view.nodes.find((each) => each.id === 'ecosystem-cleon-4-0')).toEqual(base.nodes[0]);
		expect(view.nodes.find((each) => each.id === 'commune-76178')).toEqual(base.nodes[2]);
		expect(view.edges.map((each) => each.id)).not.toContain('FUNDS:ademe->ecosystem-cleon-4-0');
		expect(view.edges.find((each) => each.type === 'ANIMATES')).toEqual(base.edges[0]);
		expect(view.positions['region-28']).toEqual({ x: 3, y: 4 });
	});
});

const arrivalCentre = { x: 100, y: -50 };
const spread = (count: number) => Array.from({ length: count }, (_, index) => arrivalPosition(arrivalCentre, index, count));
const width = (points: { x: number }[]) => Math.max(...points.map((p) => p.x)) - Math.min(...points.map((p) => p.x));

describe('arrivalPosition', () => {
	it('puts a few new neighbours on a ring around the node they came from', () => {
		const ring = spread(6);
		const radii = ring.map((point) => Math.hypot(point.x - arrivalCentre.x, point.y - arrivalCentre.y));
		expect(Math.max(...radii) - Math.min(...radii)).toBeLessThan(1e-9);
	});

	it('fills a compact disc with hundreds of them, none on top of another', () => {
		const disc = spread(707);
		// The old ring for 707 communes was 8,800 units wide.
		expect(width(disc)).toBeLessThan(2_600);
		let closest = Infinity;
		for (let i = 0; i < disc.length; i += 7) {
			for (let j = 0; j < disc.length; j++) {
				if (i !== j) closest = Math.min(closest, Math.hypot(disc[i].x - disc[j].x, disc[i].y - disc[j].y));
			}
		}
		expect(closest).toBeGreaterThan(25);
	});
});
