import cytoscape, { type Core } from 'cytoscape';
import { restoreSnapshot, takeSnapshot, type ViewSnapshot } from '$lib/explorer/history';
import type { Canvas, ChangeOptions } from '$lib/explorer/state/canvas';

/** A change a unit made through the test canvas. */
export interface RecordedChange {
	label: string;
	options: ChangeOptions;
	/** The view before it, to check what an undo would bring back. */
	before: ViewSnapshot;
}

/** The test canvas: always attached, and what went through it. */
export type TestCanvas = Canvas & { readonly cy: Core; changes: RecordedChange[]; refreshes: number };

/**
 * A canvas over a headless Cytoscape instance, to test one unit of the explorer alone: a change
 * is applied at once (no layout, no history) and recorded when it changed something; `refresh`
 * and `restore` call `mirror`, which stands for the units the test leaves out.
 */
export function testCanvas(mirror: (cy: Core) => void = () => undefined): TestCanvas {
	const cy = cytoscape({ headless: true });
	const canvas: TestCanvas = {
		cy,
		changes: [],
		refreshes: 0,
		async change(label: string, edit: (cy: Core) => boolean, options: ChangeOptions = {}): Promise<void> {
			const before = takeSnapshot(cy);
			let changed = false;
			cy.batch(() => (changed = edit(cy)));
			if (!changed) return;
			canvas.changes.push({ label, options, before });
			mirror(cy);
		},
		refresh(): void {
			canvas.refreshes++;
			mirror(cy);
		},
		restore(snapshot: ViewSnapshot): void {
			restoreSnapshot(cy, snapshot);
			mirror(cy);
		}
	};
	return canvas;
}
