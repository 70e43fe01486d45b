import { describe, expect, it } from 'vitest';
import { readGraphExport } from './import';
import { formatProblem } from './problems';

const node = (id: string, labels: string[], properties: Record<string, unknown> = {}) => ({
	id,
	name: id,
	kind: labels.find((label) => label !== 'Entity' && label !== 'Actor'),
	labels,
	degree: 1,
	properties: { id, name: id, ...properties }
});

function document(overrides: Record<string, unknown> = {}) {
	return {
		format: 'maillage-graph',
		version: 1,
		exportedAt: '2025-03-14T09:26:00.000Z',
		attribution: 'Maillage',
		nodes: [
			node('ademe', ['Entity', 'PublicBody', 'Actor', 'Funder'], { aliases: ['Agence de la transition écologique'] }),
			node('dkarbonation', ['Entity', 'Project'], { startYear: 2022, ongoing: true })
		],
		edges: [
			{
				id: 'FUNDS:ademe->dkarbonation',
				source: 'ademe',
				target: 'dkarbonation',
				type: 'FUNDS',
				amountEur: 23_600_000,
				sources: ['doc#1'],
				evidence: ['…'],
				properties: { amountEur: 23_600_000, sources: ['doc#1'], evidence: ['…'] }
			}
		],
		...overrides
	};
}

const read = (value: unknown) => readGraphExport(JSON.stringify(value), 'graphe.json');
const messages = (value: unknown) => read(value).problems.map(formatProblem);

describe('reading a Maillage JSON export for import', () => {
	it('turns nodes and edges into rows from their stored properties, leaving derived fields (degree) out', () => {
		const { rows, problems } = read(document());
		expect(problems).toEqual([]);
		expect(rows.entities).toEqual([
			{
				id: 'ademe',
				labels: ['PublicBody', 'Actor', 'Funder'],
				properties: { id: 'ademe', name: 'ademe', aliases: ['Agence de la transition écologique'] }
			},
			{ id: 'dkarbonation', labels: ['Project'], properties: { id: 'dkarbonation', name: 'dkarbonation', startYear: 2022, ongoing: true } }
		]);
		expect(rows.relationships).toEqual([
			{ type: 'FUNDS', from: 'ademe', to: 'dkarbonation', properties: { amountEur: 23_600_000, sources: ['doc#1'], evidence: ['…'] } }
		]);
	});

	it('names the file, the record and the field of a bad value', () => {
		const bad = document();
		(bad.nodes[1].properties as Record<string, unknown>).name = { nested: 'object' };
		expect(messages(bad)).toEqual([expect.stringMatching(/^graphe\.json: nodes\[1\]\.properties\.name: /)]);
	});

	it('refuses a node without its stored properties (an explorer view export, not a whole-graph one)', () => {
		const { properties: _left, ...bare } = node('ademe', ['Entity', 'PublicBody']);
		expect(messages(document({ nodes: [bare], edges: [] }))).toEqual([expect.stringMatching(/^graphe\.json: nodes\[0\]\.properties: /)]);
	});

	it('refuses unknown labels, a node without a kind and a properties.id that differs from the id', () => {
		expect(messages(document({ nodes: [node('x', ['Entity', 'Startup'])], edges: [] }))).toEqual([
			'graphe.json: nodes[0].labels: unknown label "Startup"',
			'graphe.json: nodes[0].labels: must hold exactly one entity kind (a place that acts may also be a PublicBody)'
		]);
		expect(messages(document({ nodes: [node('x', ['Entity', 'Company', 'Cluster'])], edges: [] }))).toEqual([
			'graphe.json: nodes[0].labels: must hold exactly one entity kind (a place that acts may also be a PublicBody)'
		]);
		expect(messages(document({ nodes: [node('epci-200000001', ['Entity', 'EPCI', 'Actor', 'PublicBody'])], edges: [] }))).toEqual([]);
		const renamed = node('x', ['Entity', 'Company'], { id: 'y' });
		expect(messages(document({ nodes: [renamed], edges: [] }))).toEqual([
			'graphe.json: nodes[0].properties.id: must equal the node id "x"'
		]);
	});

	it('takes an institution that acts as the place itself (a place kind and PublicBody), and no other pair of kinds', () => {
		const acting = node('epci-200000001', ['Entity', 'EPCI', 'Actor', 'PublicBody']);
		expect(messages(document({ nodes: [acting], edges: [] }))).toEqual([]);
		expect(messages(document({ nodes: [node('x', ['Entity', 'Company', 'PublicBody'])], edges: [] }))).toEqual([
			'graphe.json: nodes[0].labels: must hold exactly one entity kind (a place that acts may also be a PublicBody)'
		]);
	});

	it('refuses an edge to a node the file does not hold, an unknown type, and duplicates', () => {
		const base = document();
		const dangling = { ...base.edges[0], target: 'nulle-part' };
		expect(messages({ ...base, edges: [dangling] })).toEqual(['graphe.json: edges[0].target: no node "nulle-part" in the file']);
		expect(messages({ ...base, edges: [{ ...base.edges[0], type: 'LIKES' }] })).toEqual([
			expect.stringMatching(/^graphe\.json: edges\[0\]\.type: /)
		]);
		expect(messages({ ...base, edges: [base.edges[0], base.edges[0]] })).toEqual([
			'graphe.json: edges[1]: FUNDS:ademe->dkarbonation is already edges[0]'
		]);
		expect(messages({ ...base, nodes: [base.nodes[0], base.nodes[0]], edges: [] })).toEqual([
			'graphe.json: nodes[1].id: "ademe" is already the id of nodes[0]'
		]);
	});

	it('refuses what is not a Maillage export, and text that is not JSON', () => {
		expect(messages({ nodes: [], edges: [] })).toEqual([
			expect.stringMatching(/^graphe\.json: format: must be "maillage-graph"/),
			expect.stringMatching(/^graphe\.json: version: /)
		]);
		expect(readGraphExport('{"nodes": [', 'cut.json').problems.map(formatProblem)).toEqual([
			expect.stringMatching(/^cut\.json: \(file\): not JSON/)
		]);
	});

	it('stops at 20 problems rather than flood the terminal', () => {
		const nodes = Array.from({ length: 50 }, (_, index) => ({ id: `n-${index}` }));
		expect(read(document({ nodes, edges: [] })).problems).toHaveLength(20);
	});
});
