import type { Core, EdgeSingular, LayoutOptions } from 'cytoscape';
import { fcosePlan } from '../scale';
import { SHOWN, shownSize, type CommonOptions } from './shown';

/**
 * The force-directed layout (fcose): pinned nodes (class `pinned`) stay where they are by
 * constraint; an incremental run starts from the current positions; a large view is laid out
 * in draft quality (see scale.ts).
 */
export function fcoseOptions(cy: Core, common: CommonOptions, incremental: boolean): LayoutOptions {
	const pinned = cy.nodes('.pinned').filter(SHOWN).nodes();
	const plan = fcosePlan(shownSize(cy), incremental, common.animate);
	return {
		name: 'fcose',
		...common,
		// 'default' = spectral start + incremental refinement; incremental runs start from the current positions.
		// 'draft' (large views) = the spectral start alone.
		quality: plan.run ? plan.quality : 'default',
		randomize: plan.run ? plan.randomize : !incremental,
		nodeDimensionsIncludeLabels: false,
		// Without cytoscape-layout-utilities fcose cannot pack components, and warns if asked.
		packComponents: false,
		nodeRepulsion: () => 9000,
		idealEdgeLength: () => 90,
		// A group stands for many members linked to everything around: its dashed links pull gently,
		// or it would sit on top of the node it came from, in the middle of what its members touch.
		edgeElasticity: (edge: EdgeSingular) => (edge.hasClass('group-edge') ? 0.05 : 0.45),
		nodeSeparation: 90,
		fixedNodeConstraint: pinned.length > 0 ? pinned.map((node) => ({ nodeId: node.id(), position: { ...node.position() } })) : undefined
	} as LayoutOptions;
}

/** Whether fcose runs at all: a large view that only grew keeps its layout, its new nodes where they were put. */
export function fcoseRuns(cy: Core, incremental: boolean): boolean {
	return fcosePlan(shownSize(cy), incremental, false).run;
}
