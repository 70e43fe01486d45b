import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { entityKinds, relationshipTypes } from '$lib/domain/model';
import { kindColour } from '$lib/ui/palette';
import { toElements } from './elements';
import { cleonNeighbourhood, edge, node, payload } from '../../../tests/support/fixtures/graph-payloads';
import { applySizes, edgeLook, kindShape, labelBiggest, measureNodes, NODE_SIZE, sizesFrom, stylesheet } from './style';

describe('kindShape and edgeLook', () => {
	it('gives every kind a shape and colour pair of its own', () => {
		const looks = entityKinds.map((kind) => `${kindShape[kind]} ${kindColour[kind]}`);
		expect(new Set(looks).size).toBe(entityKinds.length);
	});

	it('draws clusters as rounded rectangles, territories as hexagons, companies as ellipses', () => {
		expect(kindShape).toMatchObject({ Cluster: 'round-rectangle', Territory: 'hexagon', Company: 'ellipse' });
	});

	it('dashes collaborations and gives every relationship type a look', () => {
		expect(edgeLook.COLLABORATES_WITH).toMatchObject({ line: 'dashed', arrow: false });
		for (const type of relationshipTypes) expect(edgeLook[type].colour).toMatch(/^#[0-9a-f]{6}$/);
	});
});

describe('stylesheet', () => {
	it('is accepted by Cytoscape and styles kinds, funders, types and every view state', () => {
		const cy = cytoscape({ headless: true, styleEnabled: true, style: stylesheet(), elements: toElements(cleonNeighbourhood()) });
		const ademe = cy.getElementById('ademe');
		expect(ademe.style('shape')).toBe('diamond');
		expect(cy.getElementById('commune-76178').style('shape')).toBe('ellipse');
		expect(cy.getElementById('ecosystem-cleon-4-0').style('background-color')).toBe('rgb(124,58,237)');
		const funds = cy.getElementById('FUNDS:ademe->ecosystem-cleon-4-0');
		expect(Number.parseFloat(funds.style('width'))).toBeGreaterThan(2);
		expect(funds.style('label')).toBe('');
		funds.select();
		expect(funds.style('label')).toBe('FUNDS');
		ademe.addClass('filtered');
		expect(ademe.style('display')).toBe('none');
		ademe.removeClass('filtered').addClass('faded');
		expect(Number(ademe.style('opacity'))).toBeLessThan(0.2);
		const cleon = cy.getElementById('commune-76178').addClass('approximate');
		expect(cleon.style('border-style')).toBe('dashed');
		cleon.addClass('pinned');
		expect(cleon.style('border-style')).toBe('double');
		const selectors = stylesheet().map((block) => ('selector' in block ? block.selector : ''));
		for (const state of ['.highlighted', '.pinned', '.faded', '.hidden', '.approximate', '.group']) {
			expect(selectors.some((selector) => selector.includes(state))).toBe(true);
		}
	});

	it('leaves the edges of a large view out of pointer events, and only them', () => {
		const elements = toElements(cleonNeighbourhood());
		const ordinary = cytoscape({ headless: true, styleEnabled: true, style: stylesheet(), elements });
		const large = cytoscape({ headless: true, styleEnabled: true, style: stylesheet({ large: true }), elements });
		expect(ordinary.edges()[0].style('events')).toBe('yes');
		expect(large.edges().map((edge) => edge.style('events'))).toEqual(large.edges().map(() => 'no'));
		expect(large.getElementById('ademe').style('events')).toBe('yes');
	});
});

describe('node sizes', () => {
	it('maps the largest value to the largest size and zero to the smallest, on a log scale', () => {
		const sizes = sizesFrom(
			new Map([
				['a', 0],
				['b', 10],
				['c', 1000]
			])
		);
		expect(sizes.get('a')).toBe(NODE_SIZE.min);
		expect(sizes.get('c')).toBe(NODE_SIZE.max);
		expect(sizes.get('b')).toBeGreaterThan(NODE_SIZE.min + (NODE_SIZE.max - NODE_SIZE.min) / 4);
		expect(sizesFrom(new Map([['a', 0]])).get('a')).toBe(NODE_SIZE.min);
		expect(sizesFrom(new Map([['a', 1000]]), 0.5).get('a')).toBe(NODE_SIZE.max / 2);
	});

	it('measures betweenness in the view: the bridge of a chain scores highest', () => {
		const chain = payload(
			['a', 'b', 'c', 'd'].map((id) => node({ id, name: id, kind: 'Company' })),
			[edge('COLLABORATES_WITH', 'a', 'b'), edge('COLLABORATES_WITH', 'b', 'c'), edge('COLLABORATES_WITH', 'c', 'd')]
		);
		const cy = cytoscape({ headless: true, elements: toElements(chain) });
		const values = measureNodes(cy, 'betweenness');
		expect(values.get('b')).toBeGreaterThan(values.get('a')!);
		expect(values.get('b')).toBe(values.get('c'));
	});

	it('sizes by degree or by funding received, and leaves hidden nodes alone', () => {
		const cy = cytoscape({ headless: true, elements: toElements(cleonNeighbourhood()) });
		cy.getElementById('departement-76').addClass('hidden');
		applySizes(cy, 'degree');
		expect(cy.getElementById('decarbonation').data('size')).toBe(NODE_SIZE.max);
		expect(cy.getElementById('departement-76').data('size')).toBe(NODE_SIZE.default);
		applySizes(cy, 'funding');
		expect(cy.getElementById('ecosystem-cleon-4-0').data('size')).toBe(NODE_SIZE.max);
		expect(cy.getElementById('ademe').data('size')).toBe(NODE_SIZE.min);
	});

	it('names the biggest nodes only', () => {
		const cy = cytoscape({ headless: true, elements: toElements(cleonNeighbourhood()) });
		applySizes(cy, 'degree');
		labelBiggest(cy, 2);
		expect(
			cy
				.nodes('.labelled')
				.map((each) => each.id())
				.sort()
		).toEqual(['decarbonation', 'departement-76']);
	});
});
