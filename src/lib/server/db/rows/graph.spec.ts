import { describe, expect, it } from 'vitest';
import { graphEdgeSchema, graphNodeSchema } from '$lib/domain/graph';
import { entityPageRow, graphEdgeOf, graphNodeOf, nodeRow, pathsRow, relationshipPageRow } from './graph';
import { parseRows } from './parse';

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

describe('graphNodeRow', () => {
	it('keeps the properties a node has and leaves out the null ones', () => {
		const node = graphNodeOf(cleon);
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
		const node = graphNodeOf({
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
		expect(graphNodeOf({ id: 'x', name: 'X', labels: ['Entity'] })).toBeUndefined();
		expect(graphNodeOf({ name: 'X', labels: ['Entity', 'Company'] })).toBeUndefined();
	});

	it('carries a pôle’s kind and labelling, and leaves out a kind or status the model does not list', () => {
		const pole = graphNodeOf({
			id: 'pole-fictif',
			labels: ['Entity', 'Cluster'],
			clusterKind: 'pole-de-competitivite',
			labelPhase: 'V (2023-2026)',
			labelStatus: 'probation'
		});
		expect(pole).toMatchObject({ clusterKind: 'pole-de-competitivite', labelPhase: 'V (2023-2026)', labelStatus: 'probation' });
		expect(graphNodeSchema.parse(pole)).toEqual(pole);
		const odd = graphNodeOf({ id: 'c', labels: ['Entity', 'Cluster'], clusterKind: 'guilde', labelStatus: 'retired', labelPhase: 5 });
		expect(odd).toEqual({ id: 'c', name: 'c', kind: 'Cluster', labels: ['Entity', 'Cluster'] });
	});

	it('names a node by its id when it has no name', () => {
		expect(graphNodeOf({ id: 'sans-nom', labels: ['Entity', 'Company'] })?.name).toBe('sans-nom');
	});
});

describe('graphEdgeRow', () => {
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
		const edge = graphEdgeOf(funds);
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
		expect(graphEdgeOf({ type: 'IN', source: 'commune-76178', target: 'departement-76', sources: null, evidence: null })).toMatchObject({
			sources: [],
			evidence: []
		});
	});

	it('carries a link’s status, and reads one the model does not list as in effect (absent)', () => {
		expect(graphEdgeOf({ ...funds, status: 'prospect' })?.status).toBe('prospect');
		expect(graphEdgeOf({ ...funds, status: 'not-in-effect' })?.status).toBe('not-in-effect');
		expect(graphEdgeOf({ ...funds, status: 'maybe' })).not.toHaveProperty('status');
	});

	it('drops relationship types the model does not know', () => {
		expect(graphEdgeOf({ ...funds, type: 'LIKES' })).toBeUndefined();
	});
});

describe('the explorer and export rows', () => {
	it('leave out a node that is no drawable entity', () => {
		expect(
			parseRows(nodeRow, [{ node: cleon }, { node: { id: 'x', labels: ['Entity'] } }], 'explore/list-nodes').map((node) => node.id)
		).toEqual(['commune-76178']);
	});

	it('carry every stored property as it comes, and read anything but a map as none', () => {
		expect(graphNodeOf({ ...cleon, properties: { id: 'commune-76178', insee: '76178', population: 5400 } })?.properties).toEqual({
			id: 'commune-76178',
			insee: '76178',
			population: 5400
		});
		expect(graphNodeOf({ ...cleon, properties: ['x'] })).not.toHaveProperty('properties');
	});

	it('page on from the last id even when that node is no drawable entity', () => {
		const [row] = parseRows(entityPageRow, [{ node: { id: 'zz', labels: ['Entity'] } }], 'export/list-entities-after');
		expect(row).toEqual({ id: 'zz', node: undefined });
		expect(() => parseRows(entityPageRow, [{ node: { labels: ['Commune'] } }], 'export/list-entities-after')).toThrow(/row 0: node\.id/);
	});

	it('read a start entity without relationships as no edge', () => {
		expect(parseRows(relationshipPageRow, [{ start: 'a', edge: null }], 'export/list-relationships-after')).toEqual([{ start: 'a' }]);
	});

	it('refuse a path answer without its flags', () => {
		expect(() => parseRows(pathsRow, [{ fromFound: true, paths: [] }], 'explore/find-paths')).toThrow(
			/find-paths\.cypher returned a malformed row 0: toFound/
		);
	});
});
