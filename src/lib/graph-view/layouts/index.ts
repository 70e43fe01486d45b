import type { Core, LayoutOptions } from 'cytoscape';
import type { LayoutName } from '$lib/domain/view';
import { registerExtensions } from '../extensions';
import { isLargeView } from '../scale';
import { concentricOptions } from './concentric';
import { fcoseOptions, fcoseRuns } from './fcose';
import { geographicOptions, markApproximate } from './geographic';
import { hierarchyOptions } from './hierarchy';
import { FIT_MAX_ZOOM, SHOWN, shownSize } from './shown';

export { distancesFrom } from './concentric';
export { FRAMED_EXTENT, geographicPositions, lastGeoFrame, markApproximate, type GeoFrame, type GeoPlacement } from './geographic';
export { hierarchyPositions, hierarchyRank, hierarchyRoots } from './hierarchy';
export { FIT_MAX_ZOOM, framing } from './shown';
// The names live with the view state (a link carries them); named here too for the explorer's state.
export type { LayoutName };

export interface LayoutContext {
	/** The node the view is about: the centre of the concentric layout, a root of the hierarchy. */
	focus?: string;
	/** New nodes joined a laid-out graph: keep the others roughly where they are. */
	incremental?: boolean;
	/** Off in tests and for people who prefer reduced motion. */
	animate?: boolean;
}

const DURATION = 450;

/**
 * The options of each layout. Pinned nodes (class `pinned`) keep their place everywhere: fcose
 * fixes them by constraint, the other layouts leave them out of the nodes they move.
 */
export function layoutOptions(cy: Core, name: LayoutName, context: LayoutContext = {}): LayoutOptions {
	// Moving thousands of nodes at once is no animation, only a slower page.
	const animate = (context.animate ?? true) && !isLargeView(shownSize(cy));
	const common = { animate, animationDuration: DURATION, fit: true, padding: 40 };
	switch (name) {
		case 'fcose':
			return fcoseOptions(cy, common, context.incremental ?? false);
		case 'concentric':
			return concentricOptions(cy, common, context.focus);
		case 'breadthfirst':
			return hierarchyOptions(cy, common, context.focus);
		case 'geographic':
			return geographicOptions(cy, common);
	}
}

/**
 * Runs a layout and resolves when it stops. Outside fcose, pinned nodes are left out of the
 * layout's nodes; in the geographic layout every other node is (un)marked `approximate`.
 */
export async function runLayout(cy: Core, name: LayoutName, context: LayoutContext = {}): Promise<void> {
	registerExtensions();
	if (cy.nodes(SHOWN).empty()) return;
	// Places are facts: the geographic layout places filtered-out nodes too, ready for when they return.
	const scope = name === 'geographic' ? cy.elements() : cy.elements(SHOWN);
	markApproximate(cy, name === 'geographic');
	// A large view that grew keeps its layout: the new nodes stay where they were put (see scale.ts).
	if (name === 'fcose' && !fcoseRuns(cy, context.incremental ?? false)) return;
	const movable = name === 'fcose' ? scope : scope.difference(cy.nodes('.pinned'));
	const layout = movable.layout(layoutOptions(cy, name, context));
	const stopped = layout.promiseOn('layoutstop');
	layout.run();
	await stopped;
	if (cy.zoom() > FIT_MAX_ZOOM && cy.width() > 0) {
		const centre = { x: cy.width() / 2, y: cy.height() / 2 };
		cy.zoom({ level: FIT_MAX_ZOOM, renderedPosition: centre });
	}
}
