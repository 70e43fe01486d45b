import { describe, expect, it } from 'vitest';
import { graphEdgeSchema, graphNodeSchema } from '$lib/domain/graph';
import { mergeEdges, orderNodes, toGraphEdge, toGraphNode } from './graph-elements';

const cleon = {
	id: 'commune-76178',
	name: 'Cléon',
	labels: ['Commune', 'Entity'],
	description: null,
	lat: 49.31595,
	lon: 1.03981,
	phase: null,
	status: null,
	startYear: null,
	endYear: null,
	degree: 3,
	fundingReceivedEur: null
};

describe('toGraphNode', () => {
	it('keeps the properties a node has and leaves out the null ones', () => {
		const node = toGraphNode(cleon);
		expect(node).toEqual({
			id: 'commune-76178',
			name: 'Cléon',
			kind: 'Commune',
			labels: ['Commune', 'Entity'],
			lat: 49.31595,
			lon: 1.03981,
			degree: 3
		});
		expect(graphNodeSchema.parse(node)).toEqual(node);
	});

	it('picks the kind among the extra labels and carries project fields and funding', () => {
		const node = toGraphNode({
			id: 'dkarbonation',
			name: 'DKarbonation',
			labels: ['Entity', 'Project'],
			status: 'ongoing',
			startYear: 2022,
			fundingReceivedEur: 23_600_000
		});
		expect(node).toMatchObject({ kind: 'Project', status: 'ongoing', startYear: 2022, fundingReceivedEur: 23_600_000 });
	});

	it('drops a row without a known kind or without an id', () => {
		expect(toGraphNode({ id: 'x', name: 'X', labels: ['Entity'] })).toBeUndefined();
		expect(toGraphNode({ name: 'X', labels: ['Entity', 'Company'] })).toBeUndefined();
	});

	it('names a node by its id when it has no name', () => {
		expect(toGraphNode({ id: 'sans-nom', labels: ['Entity', 'Company'] })?.name).toBe('sans-nom');
	});
});

describe('toGraphEdge', () => {
	const funds = {
		type: 'FUNDS',
		source: 'ademe',
		target: 'dkarbonation',
		role: null,
		amountEur: 23_600_000,
		year: null,
		since: null,
		sources: ['dkarbonation-article#§2'],
		evidence: ['…23,6 millions d’euros de l’ADEME…']
	};

	it('builds the stable id and keeps amounts and citations', () => {
		const edge = toGraphEdge(funds);
		expect(edge).toEqual({
			id: 'FUNDS:ademe->dkarbonation',
			source: 'ademe',
			target: 'dkarbonation',
			type: 'FUNDS',
			amountEur: 23_600_000,
			sources: ['dkarbonation-article#§2'],
			evidence: ['…23,6 millions d’euros de l’ADEME…']
		});
		expect(graphEdgeSchema.parse(edge)).toEqual(edge);
	});

	it('gives empty citation lists to links without any (open data)', () => {
		expect(toGraphEdge({ type: 'IN', source: 'commune-76178', target: 'departement-76', sources: null, evidence: null })).toMatchObject({
			sources: [],
			evidence: []
		});
	});

	it('drops relationship types the model does not know', () => {
		expect(toGraphEdge({ ...funds, type: 'LIKES' })).toBeUndefined();
	});
});

describe('mergeEdges', () => {
	it('keeps one edge per id and pools the citations of duplicates', () => {
		const lead = toGraphEdge({ type: 'PARTICIPATES_IN', source: 'a', target: 'p', role: 'lead', sources: ['doc#1'], evidence: ['un'] });
		const partner = toGraphEdge({
			type: 'PARTICIPATES_IN',
			source: 'a',
			target: 'p',
			role: 'partner',
			sources: ['doc#2'],
			evidence: ['deux']
		});
		const other = toGraphEdge({ type: 'FUNDS', source: 'a', target: 'p', sources: [], evidence: [] });
		const merged = mergeEdges([lead!, partner!, other!]);
		expect(merged).toHaveLength(2);
		expect(merged[0]).toMatchObject({ role: 'lead', sources: ['doc#1', 'doc#2'], evidence: ['un', 'deux'] });
	});
});

describe('orderNodes', () => {
	it('follows the order of the ids, once each, skipping unknown ones', () => {
		const a = toGraphNode({ id: 'a', labels: ['Company'] })!;
		const b = toGraphNode({ id: 'b', labels: ['Company'] })!;
		expect(orderNodes([a, b], ['b', 'missing', 'a', 'b']).map((node) => node.id)).toEqual(['b', 'a']);
	});
});
