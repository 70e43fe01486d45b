import type { Core } from 'cytoscape';
import { changeFilters, noFilters, type ViewFilters } from '$lib/domain/view';
import type { NodeData } from '$lib/graph-view/elements';
import type { OutlineCollection } from '$lib/graph-view/projection';
import { applyFilters, regionCodes, type FilterCounts } from '../filters';
import type { Canvas } from './canvas';

const noCounts: FilterCounts = { nodes: 0, edges: 0, totalNodes: 0, totalEdges: 0, kinds: {}, types: {} };

/**
 * The filters and what they leave: the criteria (in the shape a view carries them), the counts
 * per kind and type, and the themes on offer. A change asks the canvas to mirror the whole view
 * again (what is shown, sizes, labels), which calls `apply` back.
 */
export class Filters {
	value = $state.raw<ViewFilters>(noFilters);
	counts = $state.raw<FilterCounts>(noCounts);
	/** Themes in the view, for the theme filter, by name. */
	themes = $state.raw<NodeData[]>([]);

	/** Région outlines, for the région filter, once the page has loaded them. */
	#outlines: OutlineCollection | undefined;

	constructor(private readonly canvas: Pick<Canvas, 'refresh'>) {}

	/** Changes some criteria (a criterion set to nothing is dropped). */
	set(change: Partial<ViewFilters>): void {
		this.value = changeFilters(this.value, change);
		this.canvas.refresh();
	}

	reset(): void {
		this.value = noFilters;
		this.canvas.refresh();
	}

	/** Takes the filters of a view being opened; the change that adds its nodes applies them. */
	replace(filters: ViewFilters): void {
		this.value = changeFilters(filters, {});
	}

	/** Gives the région outlines (loaded by the page) to the région filter. */
	setOutlines(outlines: OutlineCollection): void {
		this.#outlines = outlines;
		this.canvas.refresh();
	}

	/** Fades or hides what does not pass, and mirrors the counts and the themes in the view. */
	apply(cy: Core): void {
		// Placing every node in its région costs a point-in-polygon test per node: only while the région filter asks.
		const regions = this.#outlines && this.value.region !== undefined ? regionCodes(cy, this.#outlines) : undefined;
		this.counts = applyFilters(cy, this.value, regions);
		this.themes = cy
			.nodes('.kind-Theme')
			.map((node) => ({ ...node.data() }) as NodeData)
			.sort((a, b) => a.label.localeCompare(b.label, 'fr'));
	}
}
