import type { Core, Position } from 'cytoscape';
import type { EntityKind } from '$lib/domain/model';
import type { GraphPayload } from '$lib/domain/graph';
import { namedInLanguage } from '$lib/domain/wording';
import type { Translate } from '$lib/i18n/translator';
import { mergePayload, type EdgeLabeller, type MergeResult } from '$lib/graph-view/elements';
import { foldedIds } from '../groups';

/** Edge labels in the page's language ("anime", "finance"…). */
export function edgeLabeller(t: Translate): EdgeLabeller {
	return (type) => t(`relationship.${type}.out`);
}

/** The words of a group of `name`'s members (« 707 communes de Seine-Maritime ») and of its links. */
export function groupWords(t: Translate, name: string): { group: (count: number, kind: EntityKind) => string; edge: EdgeLabeller } {
	return {
		group: (count, kind) =>
			t('explorer.group.label', { count, members: t(`kind.${kind}.${count > 1 ? 'many' : 'one'}`).toLowerCase(), name }),
		edge: edgeLabeller(t)
	};
}

/** The point of the model at the centre of the graph's box. */
export function viewCentre(cy: Core): Position {
	const pan = cy.pan();
	const zoom = cy.zoom();
	return { x: (cy.width() / 2 - pan.x) / zoom, y: (cy.height() / 2 - pan.y) / zoom };
}

/**
 * Adds what a request brought to the view, named in the page's language, new nodes placed around
 * `around` (the centre of the box unless given). Members folded into a group stay folded unless
 * `keepFolded` is false.
 */
export function drawPayload(
	view: Core,
	payload: GraphPayload,
	t: Translate,
	{ around = viewCentre(view), keepFolded = true }: { around?: Position; keepFolded?: boolean } = {}
): MergeResult {
	return mergePayload(view, namedInLanguage(t, payload), {
		labeller: edgeLabeller(t),
		around,
		...(keepFolded ? { skip: foldedIds(view) } : {})
	});
}
