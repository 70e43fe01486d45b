import { History, takeSnapshot, type ViewSnapshot } from '../history';
import type { Canvas } from './canvas';

/**
 * Undo and redo over whole views, with the labels the toolbar shows ("Déplier Tenerrdis"). The
 * canvas records the view before each change; going back or forth hands the snapshot to
 * `canvas.restore`, which puts it in place.
 */
export class UndoHistory {
	/** What undo would undo, if anything. */
	undoLabel = $state<string | undefined>();
	/** What redo would redo, if anything. */
	redoLabel = $state<string | undefined>();

	#history = new History<ViewSnapshot>();

	constructor(private readonly canvas: Pick<Canvas, 'cy' | 'restore'>) {}

	/** Remembers the view before a change, under what the change does. */
	record(before: ViewSnapshot, label: string): void {
		this.#history.record(before, label);
		this.#mirror();
	}

	undo(): void {
		this.#travel((current) => this.#history.undo(current));
	}

	redo(): void {
		this.#travel((current) => this.#history.redo(current));
	}

	#travel(step: (current: ViewSnapshot) => ViewSnapshot | undefined): void {
		const cy = this.canvas.cy;
		if (!cy) return;
		const target = step(takeSnapshot(cy));
		if (!target) return;
		this.#mirror();
		this.canvas.restore(target);
	}

	#mirror(): void {
		this.undoLabel = this.#history.undoLabel;
		this.redoLabel = this.#history.redoLabel;
	}
}
