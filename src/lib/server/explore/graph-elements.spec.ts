import { describe, expect, it } from 'vitest';
import { graphEdgeOf, graphNodeOf } from '$lib/server/db/rows';
import { mergeEdges, orderNodes } from './graph-elements';

describe('mergeEdges', () => {
	it('keeps one edge per id and pools the citations of duplicates', () => {
		const lead = graphEdgeOf({ type: 'PARTICIPATES_IN', source: 'a', target: 'p', role: 'lead', sources: ['doc#1'], evidence: ['un'] });
		const partner = graphEdgeOf({
			type: 'PARTICIPATES_IN',
			source: 'a',
			target: 'p',
			role: 'partner',
			sources: ['doc#2'],
			evidence: ['deux']
		});
		const other = graphEdgeOf({ type: 'FUNDS', source: 'a', target: 'p', sources: [], evidence: [] });
		const merged = mergeEdges([lead!, partner!, other!]);
		expect(merged).toHaveLength(2);
		expect(merged[0]).toMatchObject({ role: 'lead', sources: ['doc#1', 'doc#2'], evidence: ['un', 'deux'] });
	});
});

describe('orderNodes', () => {
	it('follows the order of the ids, once each, skipping unknown ones', () => {
		const a = graphNodeOf({ id: 'a', labels: ['Company'] })!;
		const b = graphNodeOf({ id: 'b', labels: ['Company'] })!;
		expect(orderNodes([a, b], ['b', 'missing', 'a', 'b']).map((node) => node.id)).toEqual(['b', 'a']);
	});
});
