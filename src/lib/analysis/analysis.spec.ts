import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { AnalysisNode } from '$lib/domain/analysis';
import { degreeChart, niceStep } from './chart';
import { communityColour, communityPalette, otherCommunities } from './colours';
import { analysisElements, analysisStylesheet, edgeWidth, nodeSize, SIZE } from './elements';
import { entitiesBehind } from './entities-behind';
import { ranks, sortNodes } from './sorting';

const node = (id: string, name: string, pagerank: number, community = 0, degree = 1): AnalysisNode => ({
	id,
	name,
	kind: 'Company',
	labels: ['Entity', 'Actor', 'Company'],
	degree,
	weightedDegree: degree,
	betweenness: 0,
	closeness: 0,
	pagerank,
	community
});
const nodes = [node('b', 'Écomobilité', 0.2, 1, 3), node('a', 'acier', 0.5, 0, 1), node('c', 'Zinc', 0.3, 0, 3)];

describe('sortNodes', () => {
	it('sorts names alphabetically whatever their accents and case', () => {
		expect(sortNodes(nodes, 'name', 'ascending').map((item) => item.id)).toEqual(['a', 'b', 'c']);
	});

	it('sorts a measure either way, ties in PageRank order, and leaves the list as it was', () => {
		expect(sortNodes(nodes, 'degree', 'descending').map((item) => item.id)).toEqual(['c', 'b', 'a']);
		expect(sortNodes(nodes, 'degree', 'ascending').map((item) => item.id)).toEqual(['a', 'c', 'b']);
		expect(nodes.map((item) => item.id)).toEqual(['b', 'a', 'c']);
	});

	it('ranks by a measure, equal values sharing a rank', () => {
		expect(ranks(nodes, 'degree')).toEqual(
			new Map([
				['b', 1],
				['c', 1],
				['a', 3]
			])
		);
	});
});

describe('community colours', () => {
	it('gives the first communities distinct colours, and the rest one grey', () => {
		expect(new Set(communityPalette).size).toBe(communityPalette.length);
		expect(communityColour(0)).toBe(communityPalette[0]);
		expect(communityColour(communityPalette.length)).toBe(otherCommunities);
	});
});

describe('degreeChart', () => {
	it('draws a slot per degree up to the largest, an empty one where nobody has that degree', () => {
		const chart = degreeChart(
			[
				{ degree: 1, count: 4 },
				{ degree: 3, count: 2 }
			],
			400,
			100
		);
		expect(chart.bars.map((bar) => [bar.degree, bar.count])).toEqual([
			[0, 0],
			[1, 4],
			[2, 0],
			[3, 2]
		]);
		expect(chart.bars[1].height).toBe(100);
		expect(chart.bars[3].height).toBe(50);
		expect(chart.bars[1].x).toBeGreaterThan(chart.bars[0].x);
		expect(chart.ticks.at(-1)).toEqual({ value: 4, y: 0 });
	});

	it('picks round gridline steps', () => {
		expect(niceStep(3)).toBe(1);
		expect(niceStep(37)).toBe(10);
		expect(niceStep(180)).toBe(50);
	});

	it('draws nothing for an empty projection', () => {
		expect(degreeChart([], 400, 100).bars).toEqual([]);
	});
});

describe('analysisElements', () => {
	const result = { nodes, edges: [{ source: 'a', target: 'c', weight: 4, via: ['p1', 'p2', 'p3', 'p4'] }] };

	it('sizes nodes by PageRank, the highest at the largest size', () => {
		expect(nodeSize(0.5, 0.5)).toBe(SIZE.max);
		expect(nodeSize(0, 0.5)).toBe(SIZE.min);
		expect(nodeSize(0.1, 0)).toBe(SIZE.min);
		expect(edgeWidth(1)).toBe(1);
		expect(edgeWidth(4)).toBeGreaterThan(edgeWidth(2));
	});

	it('colours each node by its community, draws one link per pair, and loads in Cytoscape', () => {
		const cy = cytoscape({ headless: true, elements: analysisElements(result), style: analysisStylesheet() });
		expect(cy.nodes()).toHaveLength(3);
		expect(cy.getElementById('b').data('colour')).toBe(communityColour(1));
		expect(cy.getElementById('a').data('shape')).toBe('ellipse');
		expect(cy.edges()).toHaveLength(1);
		expect(cy.getElementById('a|c').data('width')).toBe(edgeWidth(4));
		cy.destroy();
	});
});

describe('explorer links', () => {
	const result = {
		edges: [
			{ source: 'a', target: 'c', weight: 1, via: ['projet-commun'] },
			{ source: 'a', target: 'b', weight: 1, via: ['autre-projet'] },
			{ source: 'x', target: 'y', weight: 1, via: ['FUNDS'] }
		]
	};

	it('opens the chosen nodes with the entities behind the links among them only', () => {
		expect(entitiesBehind(result, ['a', 'c'])).toEqual(['a', 'c', 'projet-commun']);
		expect(entitiesBehind(result, ['x', 'y'])).toEqual(['x', 'y']);
	});
});
