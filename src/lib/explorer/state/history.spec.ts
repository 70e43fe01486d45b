import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { restoreSnapshot, takeSnapshot, type ViewSnapshot } from '../history';
import { UndoHistory } from './history.svelte';

/** A history over a headless instance; `restored` lists the snapshots it handed back. */
function history() {
	const cy = cytoscape({ headless: true });
	const restored: ViewSnapshot[] = [];
	const undo = new UndoHistory({
		cy,
		restore: (snapshot) => {
			restored.push(snapshot);
			restoreSnapshot(cy, snapshot);
		}
	});
	/** Adds a node, recorded as one change. */
	const add = (id: string, label: string) => {
		undo.record(takeSnapshot(cy), label);
		cy.add({ data: { id } });
	};
	return { cy, undo, restored, add };
}

describe('UndoHistory', () => {
	it('names what undo and redo would do, and puts the views back through the canvas', () => {
		const { cy, undo, restored, add } = history();
		expect(undo.undoLabel).toBeUndefined();
		add('a', 'Ajouter A');
		add('b', 'Ajouter B');
		expect(undo.undoLabel).toBe('Ajouter B');
		undo.undo();
		expect(cy.nodes().map((node) => node.id())).toEqual(['a']);
		expect(undo.undoLabel).toBe('Ajouter A');
		expect(undo.redoLabel).toBe('Ajouter B');
		undo.redo();
		expect(cy.nodes().map((node) => node.id())).toEqual(['a', 'b']);
		expect(undo.redoLabel).toBeUndefined();
		expect(restored).toHaveLength(2);
	});

	it('does nothing past the first change, and forgets what could be redone after a new one', () => {
		const { undo, restored, add } = history();
		add('a', 'Ajouter A');
		undo.undo();
		undo.undo();
		expect(restored).toHaveLength(1);
		add('c', 'Ajouter C');
		expect(undo.redoLabel).toBeUndefined();
		undo.redo();
		expect(restored).toHaveLength(1);
	});

	it('does nothing while no instance is attached', () => {
		const restored: ViewSnapshot[] = [];
		const undo = new UndoHistory({ cy: undefined, restore: (snapshot) => void restored.push(snapshot) });
		undo.record({ elements: [] }, 'Ajouter A');
		undo.undo();
		expect(restored).toHaveLength(0);
		expect(undo.undoLabel).toBe('Ajouter A');
	});
});
