import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toElements } from '$lib/graph-view/elements';
import { ViewSelection } from './selection.svelte';
import { cleonNeighbourhood } from '../../../../tests/support/fixtures/graph-payloads';

function selectionOverCleon() {
	const cy = cytoscape({ headless: true, elements: toElements(cleonNeighbourhood()) });
	return { cy, selection: new ViewSelection({ cy }, () => false) };
}

describe('ViewSelection', () => {
	it('selects a node and shows it with its links, each read from its own end', () => {
		const { selection } = selectionOverCleon();
		selection.select('commune-76178');
		expect(selection.count).toBe(1);
		expect(selection.current).toMatchObject({ type: 'node', node: { id: 'commune-76178', label: 'Cléon' } });
		expect(selection.node?.id).toBe('commune-76178');
		const links = selection.current?.type === 'node' ? selection.current.links : [];
		expect(links.map((link) => [link.edge.type, link.direction, link.other.id]).sort()).toEqual([
			['IN', 'out', 'departement-76'],
			['LOCATED_IN', 'in', 'ecosystem-cleon-4-0']
		]);
	});

	it('selects an edge with its two ends, and one element at a time', () => {
		const { cy, selection } = selectionOverCleon();
		selection.select('commune-76178');
		selection.select('ANIMATES:cci-rouen-metropole->ecosystem-cleon-4-0');
		expect(cy.elements(':selected')).toHaveLength(1);
		expect(selection.current).toMatchObject({
			type: 'edge',
			source: { id: 'cci-rouen-metropole' },
			target: { id: 'ecosystem-cleon-4-0' }
		});
		expect(selection.node).toBeNull();
	});

	it('keeps the view where it is when told not to centre, and ignores an id not in the view', () => {
		const { cy, selection } = selectionOverCleon();
		cy.viewport({ zoom: 0.7, pan: { x: 15, y: 25 } });
		selection.select('region-28', { centre: false });
		expect(cy.pan()).toEqual({ x: 15, y: 25 });
		selection.select('nexiste-pas');
		expect(selection.current).toMatchObject({ node: { id: 'region-28' } });
	});

	it('mirrors what Cytoscape selected once the events that fired together are over', async () => {
		const { cy, selection } = selectionOverCleon();
		cy.getElementById('ademe').select();
		selection.soon();
		cy.getElementById('region-28').select();
		selection.soon();
		expect(selection.count).toBe(0);
		await Promise.resolve();
		expect(selection.count).toBe(2);
		expect(selection.current).toBeNull();
	});

	it('tells what the actions on a node depend on', () => {
		const { cy, selection } = selectionOverCleon();
		cy.getElementById('region-28').addClass('pinned');
		expect(selection.nodeState('region-28')).toEqual({ id: 'region-28', label: 'Normandie', pinned: true, groupable: false, group: false });
		expect(selection.nodeState('nexiste-pas')).toBeUndefined();
		expect(new ViewSelection({ cy: undefined }, () => false).nodeState('region-28')).toBeUndefined();
	});
});
