import type { Core, ElementDefinition } from 'cytoscape';

/** The whole view at one moment: every element with its data, position, classes and selection. */
export interface ViewSnapshot {
	elements: ElementDefinition[];
}

/** Copies the view. Views hold at most a few thousand elements, so a copy per change is cheap and never drifts. */
export function takeSnapshot(cy: Core): ViewSnapshot {
	return { elements: structuredClone(cy.elements().jsons() as unknown as ElementDefinition[]) };
}

/** Puts a copied view back in place of the current one. */
export function restoreSnapshot(cy: Core, snapshot: ViewSnapshot): void {
	cy.batch(() => {
		cy.elements().remove();
		cy.add(structuredClone(snapshot.elements));
	});
}

interface Entry<T> {
	state: T;
	/** What the change did, in words ("Déplier Tenerrdis"), for the undo and redo buttons. */
	label: string;
}

/**
 * Undo and redo over whole states: `record` the state before each change, `undo` hands back the
 * state to return to (and keeps the current one for `redo`). A new change clears what could be
 * redone; the oldest states are dropped beyond `capacity`.
 */
export class History<T> {
	#past: Entry<T>[] = [];
	#future: Entry<T>[] = [];

	constructor(private readonly capacity = 50) {}

	/** Remembers the state before a change. */
	record(before: T, label: string): void {
		this.#past.push({ state: before, label });
		if (this.#past.length > this.capacity) this.#past.shift();
		this.#future = [];
	}

	/** The state to go back to, or undefined when there is none. */
	undo(current: T): T | undefined {
		const entry = this.#past.pop();
		if (!entry) return undefined;
		this.#future.push({ state: current, label: entry.label });
		return entry.state;
	}

	/** The state to go forward to again, or undefined. */
	redo(current: T): T | undefined {
		const entry = this.#future.pop();
		if (!entry) return undefined;
		this.#past.push({ state: current, label: entry.label });
		return entry.state;
	}

	/** What undo would undo, if anything. */
	get undoLabel(): string | undefined {
		return this.#past.at(-1)?.label;
	}

	/** What redo would redo, if anything. */
	get redoLabel(): string | undefined {
		return this.#future.at(-1)?.label;
	}

	clear(): void {
		this.#past = [];
		this.#future = [];
	}
}
