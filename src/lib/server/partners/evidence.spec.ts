import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '$lib/domain/graph';
import { EVIDENCE_EDGES, evidenceEdges, evidenceGraph, evidenceSources } from './evidence';
import type { ProjectFact } from './facts';

const edge = (type: GraphEdge['type'], source: string, target: string, sources: string[] = []): GraphEdge => ({
	id: `${type}:${source}->${target}`,
	type,
	source,
	target,
	sources,
	evidence: sources.map(() => '…')
});
const node = (id: string): GraphNode => ({ id, name: id, kind: 'Cluster', labels: ['Entity', 'Cluster'] });

const pilots = edge('PARTICIPATES_IN', 'brit-inov', 'reuse', ['study#ReUse']);
const about = edge('ADDRESSES', 'reuse', 'reutilisation-des-eaux', ['study#ReUse']);
const reuse: ProjectFact = {
	id: 'reuse',
	name: 'ReUse',
	role: 'pilot',
	edge: pilots,
	themes: [{ id: 'reutilisation-des-eaux', edge: about }],
	funding: [],
	places: []
};

describe('the evidence of a suggestion', () => {
	it('draws the project that matched the theme, the theme, and the path to "who we are", each link once', () => {
		const collaborates = edge('COLLABORATES_WITH', 'ti', 'brit-inov', ['study#Collab']);
		const edges = evidenceEdges({
			candidate: 'brit-inov',
			themeMatches: [
				{
					requested: 'reutilisation-des-eaux',
					relation: 'exact',
					steps: 0,
					credit: 1,
					offered: { theme: 'reutilisation-des-eaux', project: 'reuse' }
				}
			],
			projects: new Map([['reuse', reuse]]),
			structures: new Map(),
			ownThemeEdges: new Map(),
			geography: null,
			network: {
				id: 'brit-inov',
				path: { nodes: ['ti', 'brit-inov'], edges: [collaborates] },
				common: [{ id: 'x', name: 'x', kind: 'Project', degree: 2, links: [pilots] }]
			}
		});
		expect(edges.map((item) => item.id)).toEqual([pilots.id, about.id, collaborates.id]);
	});

	it('stays small', () => {
		const many = Array.from({ length: 40 }, (_, index) => edge('MEMBER_OF', `m${index}`, 'brit-inov'));
		const edges = evidenceEdges({
			candidate: 'brit-inov',
			themeMatches: [],
			projects: new Map(),
			structures: new Map(),
			ownThemeEdges: new Map(),
			geography: null,
			partnerLinks: many
		});
		expect(edges).toHaveLength(EVIDENCE_EDGES);
	});

	it('puts the candidate first and leaves out links whose ends are unknown', () => {
		const graph = evidenceGraph(
			'brit-inov',
			[pilots, edge('FUNDS', 'ghost', 'reuse')],
			new Map(['reuse', 'brit-inov'].map((id) => [id, node(id)]))
		);
		expect(graph.nodes.map((item) => item.id)).toEqual(['brit-inov', 'reuse']);
		expect(graph.edges).toEqual([pilots]);
	});

	it('cites the sources of every link, then the candidate’s own, once each', () => {
		expect(evidenceSources(['study#Intro', 'study#ReUse'], [pilots, about])).toEqual(['study#ReUse', 'study#Intro']);
	});
});
