import { describe, expect, it } from 'vitest';
import type { Row } from '$lib/server/db/neo4j';
import { parseRows, projectionRow } from '$lib/server/db/rows';
import { networkFromRows } from './network';

/** The network of rows as a projection statement returns them. */
const networkOf = (rows: Row[]) => networkFromRows(parseRows(projectionRow, rows, 'analysis/list-actors-sharing-projects'));

const actor = (id: string) => ({ id, name: `Name of ${id}`, labels: ['Entity', 'Actor', 'Cluster'] });

describe('networkFromRows', () => {
	it('makes one undirected link per pair, with its weight and what it stands for', () => {
		const network = networkOf([{ source: actor('a'), target: actor('b'), weight: 2, via: ['p1', 'p2'] }]);
		expect(network.order).toBe(2);
		expect(network.size).toBe(1);
		expect(network.getEdgeAttributes(network.edge('b', 'a')!)).toEqual({ weight: 2, via: ['p1', 'p2'] });
		expect(network.getNodeAttributes('a')).toEqual({ name: 'Name of a', kind: 'Cluster', labels: ['Entity', 'Actor', 'Cluster'] });
	});

	it('counts a node named without a partner, with no link', () => {
		const network = networkOf([{ source: actor('alone'), target: null, weight: 0, via: [] }]);
		expect(network.nodes()).toEqual(['alone']);
		expect(network.size).toBe(0);
	});

	it('keeps the heavier link when a pair comes twice, and never links a node to itself', () => {
		const network = networkOf([
			{ source: actor('a'), target: actor('b'), weight: 1, via: ['p1'] },
			{ source: actor('b'), target: actor('a'), weight: 3, via: ['p1', 'p2', 'p3'] },
			{ source: actor('a'), target: actor('a'), weight: 5, via: [] }
		]);
		expect(network.size).toBe(1);
		expect(network.getEdgeAttribute(network.edge('a', 'b')!, 'weight')).toBe(3);
	});

	it('skips a node without an id or a known kind, and its links', () => {
		const network = networkOf([
			{ source: { id: 'x', labels: ['Unknown'] }, target: actor('b'), weight: 1, via: [] },
			{ source: { name: 'no id', labels: ['Company'] }, target: actor('c'), weight: 1, via: [] }
		]);
		expect(network.nodes().sort()).toEqual(['b', 'c']);
		expect(network.size).toBe(0);
	});
});
