import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { mergePayload, toElements } from '$lib/graph-view/elements';
import { cleonNeighbourhood, edge, node, payload } from '../../../tests/support/fixtures/graph-payloads';
import { History, restoreSnapshot, takeSnapshot } from './history';

describe('History', () => {
	it('undoes and redoes changes in order, and names them', () => {
		const history = new History<number>();
		history.record(0, 'one');
		history.record(1, 'two');
		expect(history.undoLabel).toBe('two');
		expect(history.undo(2)).toBe(1);
		expect(history.undo(1)).toBe(0);
		expect(history.undo(0)).toBeUndefined();
		expect(history.redoLabel).toBe('one');
		expect(history.redo(0)).toBe(1);
		expect(history.redo(1)).toBe(2);
		expect(history.redo(2)).toBeUndefined();
	});

	it('forgets what could be redone when a new change is made', () => {
		const history = new History<number>();
		history.record(0, 'one');
		history.undo(1);
		history.record(0, 'other');
		expect(history.redoLabel).toBeUndefined();
		expect(history.redo(5)).toBeUndefined();
	});

	it('keeps at most its capacity', () => {
		const history = new History<number>(3);
		for (let state = 0; state < 10; state++) history.record(state, `change ${state}`);
		expect([history.undo(10), history.undo(9), history.undo(8), history.undo(7)]).toEqual([9, 8, 7, undefined]);
	});
});

describe('view snapshots', () => {
	it('bring back the nodes, edges, positions and classes of a view after an expansion, a pin and a removal', () => {
		const cy = cytoscape({ headless: true, elements: toElements(cleonNeighbourhood()) });
		cy.getElementById('ademe').position({ x: 10, y: 20 });
		const before = takeSnapshot(cy);
		mergePayload(
			cy,
			payload([node({ id: 'renault', name: 'Renault', kind: 'Company' })], [edge('MEMBER_OF', 'renault', 'ecosystem-cleon-4-0')])
		);
		cy.getElementById('ademe').position({ x: 99, y: 99 }).addClass('pinned');
		cy.getElementById('region-28').remove();
		const after = takeSnapshot(cy);

		restoreSnapshot(cy, before);
		expect(cy.nodes()).toHaveLength(7);
		expect(cy.getElementById('renault').empty()).toBe(true);
		expect(cy.getElementById('region-28').nonempty()).toBe(true);
		expect(cy.getElementById('ademe').position()).toEqual({ x: 10, y: 20 });
		expect(cy.getElementById('ademe').hasClass('pinned')).toBe(false);

		restoreSnapshot(cy, after);
		expect(cy.getElementById('renault').nonempty()).toBe(true);
		expect(cy.getElementById('ademe').hasClass('pinned')).toBe(true);
		expect(cy.edges()).toHaveLength(6);
	});

	it('are copies: later changes to the view do not leak into them', () => {
		const cy = cytoscape({ headless: true, elements: toElements(cleonNeighbourhood()) });
		const before = takeSnapshot(cy);
		cy.getElementById('ademe').data('label', 'changed');
		restoreSnapshot(cy, before);
		expect(cy.getElementById('ademe').data('label')).toBe('ADEME');
	});
});
