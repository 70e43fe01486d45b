import type { Core } from 'cytoscape';
import type { PathAvoidance } from '$lib/domain/graph';
import type { Fetch } from '$lib/client/http';
import type { Translate } from '$lib/i18n/translator';
import { fetchPaths } from '../api';
import { highlight, pathSentence, pathsPayload, pathSteps } from '../paths';
import type { Canvas } from './canvas';
import { drawPayload } from './draw';
import type { Notices } from './notices.svelte';
import type { Viewport } from './viewport.svelte';

/** A path found, as the panel tells it and the graph highlights it. */
export interface FoundPath {
	sentence: string;
	nodes: string[];
	edges: string[];
}

export interface PathOptions {
	maxLength: number;
	avoid: PathAvoidance[];
}

export interface PathsDependencies {
	canvas: Pick<Canvas, 'cy' | 'change'>;
	notices: Pick<Notices, 'run'>;
	viewport: Pick<Viewport, 'frame'>;
	fetcher: Fetch;
	t: Translate;
}

/**
 * The path finder: finds the shortest paths between two entities, draws them into the view (one
 * undoable change), tells them as sentences, and highlights all of them or one.
 */
export class Paths {
	/** The paths found, or null when none were asked for (or they left the view). */
	found = $state.raw<FoundPath[] | null>(null);
	/** The server found more paths than it sent. */
	truncated = $state(false);
	/** The path highlighted alone, or null for all of them. */
	active = $state<number | null>(null);

	constructor(private readonly deps: PathsDependencies) {}

	/** Finds the shortest paths between two entities, draws them and tells them as sentences. */
	async find(from: string, to: string, options: PathOptions): Promise<void> {
		const { canvas, notices, t } = this.deps;
		const result = await notices.run(() => fetchPaths(this.deps.fetcher, { from, to, maxLength: options.maxLength, avoid: options.avoid }));
		if (!result) return;
		this.truncated = result.truncated;
		if (result.paths.length === 0) {
			this.found = [];
			this.#highlight([], []);
			return;
		}
		const drawn = pathsPayload(result);
		const names = (id: string) => drawn.nodes.find((node) => node.id === id)?.name ?? id;
		const label = t('explorer.history.paths', { from: names(from), to: names(to) });
		const change = (view: Core) => {
			drawPayload(view, drawn, t);
			return true;
		};
		await canvas.change(label, change, { incoming: drawn });
		this.found = result.paths.map((path) => ({
			sentence: pathSentence(path, t),
			nodes: path.nodes.map((node) => node.id),
			edges: pathSteps(path).map((step) => step.edge.id)
		}));
		this.show(null);
		this.deps.viewport.frame(canvas.cy?.nodes('.highlighted'));
	}

	/** Highlights one path (by index) or all of them (null). */
	show(index: number | null): void {
		this.active = index;
		const chosen = index === null ? (this.found ?? []) : (this.found ?? []).slice(index, index + 1);
		this.#highlight(
			chosen.flatMap((path) => path.nodes),
			chosen.flatMap((path) => path.edges)
		);
	}

	/** Puts the paths away and the view back to normal. */
	clear(): void {
		this.found = null;
		this.active = null;
		this.#highlight([], []);
	}

	/** Forgets the paths found, when the view no longer shows them (emptied, or an undo took them away). */
	forget(): void {
		this.found = null;
	}

	#highlight(nodes: string[], edges: string[]): void {
		const cy = this.deps.canvas.cy;
		if (cy) highlight(cy, [...nodes, ...edges]);
	}
}
