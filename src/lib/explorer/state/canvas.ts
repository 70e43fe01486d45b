import type { Core } from 'cytoscape';
import type { ViewSnapshot } from '../history';

/** How one change is made. */
/** What a change brings in: a payload, or the members of a group reopened. */
export interface Incoming {
	nodes: readonly unknown[];
	edges: readonly unknown[];
}

export interface ChangeOptions {
	/** Run the layout again afterwards (the default). */
	relayout?: boolean;
	/** What the change adds: a view it makes large switches to the large-view renderer first. */
	incoming?: Incoming;
}

/**
 * What the explorer's units share, given to them by the composition root (`Explorer`): the
 * Cytoscape instance, which is the source of truth for what is drawn, and the only ways to
 * change it. Units take the part they use (`Pick<Canvas, 'cy'>`), so that a test can hand them a
 * headless instance alone.
 */
export interface Canvas {
	/** The instance, undefined while none is attached (between one renderer and the next). */
	readonly cy: Core | undefined;
	/**
	 * Makes one undoable change named `label`: `edit` says whether it changed anything; then
	 * every unit mirrors the view again and, unless told otherwise, the layout runs.
	 */
	change(label: string, edit: (cy: Core) => boolean, options?: ChangeOptions): Promise<void>;
	/** Mirrors the view into every unit again, after a setting changed (filters, size measure…). */
	refresh(): void;
	/** Puts a past view back (undo, redo); what pointed into the view is checked again. */
	restore(snapshot: ViewSnapshot): void;
}
