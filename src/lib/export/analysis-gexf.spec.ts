import Graph from 'graphology';
import * as gexf from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { analysisResultSchema } from '$lib/domain/analysis';
import { analysisToGEXF } from './analysis-gexf';

/** A measured network of three fictitious actors and one left alone, as GET /api/analysis returns it. */
const result = analysisResultSchema.parse({
	projection: 'actors-sharing-projects',
	region: 'region-28',
	theme: null,
	nodes: [
		{
			id: 'atelier-fictif',
			name: 'Atelier « Fictif » & Cie',
			kind: 'Company',
			labels: ['Entity', 'Actor', 'Company'],
			degree: 2,
			weightedDegree: 5,
			betweenness: 1,
			closeness: 1,
			pagerank: 0.4,
			community: 0
		},
		{
			id: 'labo-exemple',
			name: 'Labo Exemple',
			kind: 'Academic',
			labels: ['Entity', 'Actor', 'Academic'],
			degree: 1,
			weightedDegree: 3,
			betweenness: 0,
			closeness: 0.67,
			pagerank: 0.3,
			community: 0
		},
		{
			id: 'pole-imaginaire',
			name: 'Pôle Imaginaire',
			kind: 'Cluster',
			labels: ['Entity', 'Actor', 'Cluster'],
			degree: 1,
			weightedDegree: 2,
			betweenness: 0,
			closeness: 0.67,
			pagerank: 0.2,
			community: 1
		},
		{
			id: 'seul',
			name: 'Seul',
			kind: 'Company',
			labels: ['Entity', 'Actor', 'Company'],
			degree: 0,
			weightedDegree: 0,
			betweenness: 0,
			closeness: 0,
			pagerank: 0.1,
			community: 2
		}
	],
	edges: [
		{ source: 'atelier-fictif', target: 'labo-exemple', weight: 3, via: ['projet-a', 'projet-b', 'projet-c'] },
		{ source: 'atelier-fictif', target: 'pole-imaginaire', weight: 2, via: ['projet-a', 'projet-d'] }
	],
	communities: [
		{ id: 0, size: 2, members: ['atelier-fictif', 'labo-exemple'] },
		{ id: 1, size: 1, members: ['pole-imaginaire'] },
		{ id: 2, size: 1, members: ['seul'] }
	],
	summary: {
		nodes: 4,
		edges: 2,
		density: 0.33,
		components: 2,
		largestComponent: 3,
		isolated: 1,
		communities: 3,
		modularity: 0.1,
		totalWeight: 5
	},
	degreeDistribution: [
		{ degree: 0, count: 1 },
		{ degree: 1, count: 2 },
		{ degree: 2, count: 1 }
	]
});

describe('analysisToGEXF', () => {
	const text = analysisToGEXF(result, new Date('2025-03-14T09:26:00Z'));
	const graph = gexf.parse(Graph, text);

	it('holds exactly the analysed nodes and links, undirected and weighted', () => {
		expect(graph.nodes().sort()).toEqual(result.nodes.map((node) => node.id).sort());
		expect(graph.size).toBe(2);
		const link = graph.edges('atelier-fictif', 'labo-exemple')[0] ?? graph.edges('labo-exemple', 'atelier-fictif')[0];
		expect(graph.isUndirected(link)).toBe(true);
		expect(graph.getEdgeAttributes(link)).toMatchObject({ weight: 3, via: '["projet-a","projet-b","projet-c"]' });
	});

	it('carries every measure and the community of each node as typed attributes', () => {
		for (const node of result.nodes) {
			expect(graph.getNodeAttributes(node.id)).toMatchObject({
				label: node.name,
				type: node.kind,
				degree: node.degree,
				weightedDegree: node.weightedDegree,
				betweenness: node.betweenness,
				closeness: node.closeness,
				pagerank: node.pagerank,
				community: node.community
			});
		}
		expect(text).toContain('<attribute id="community" title="community" type="integer"/>');
		expect(text).toContain('<attribute id="pagerank" title="pagerank" type="double"/>');
	});

	it('says which network it is and whom to credit', () => {
		expect(text).toMatch(
			/<description>Réseau analysé : actors-sharing-projects \(région region-28\) — 4 nœuds, 2 liens\. Maillage — données sourcées/
		);
		expect(text).toContain('Licence Ouverte 2.0.</description>');
	});
});
