import type { PartnerCandidate } from '$lib/domain/partners';
import { encodeViewState, MAX_VIEW_NODES, VIEW_PARAMETER, type ViewState } from '$lib/graph-view/view-state';

/**
 * The explorer view of a suggestion: the nodes of its evidence, the candidate selected and in
 * focus, so that the explorer opens on the path that explains it (and every link among those
 * nodes, which the explorer draws).
 */
export function evidenceView(candidate: Pick<PartnerCandidate, 'id' | 'evidence'>): ViewState {
	const nodes = [...new Set([candidate.id, ...candidate.evidence.nodes.map((node) => node.id)])].slice(0, MAX_VIEW_NODES);
	return { v: 1, nodes, layout: 'fcose', sizeBy: 'degree', filters: { mode: 'fade' }, selection: candidate.id, focus: candidate.id };
}

/** The query string that opens the explorer on a suggestion's evidence: `?vue=…`. */
export async function explorerQuery(candidate: Pick<PartnerCandidate, 'id' | 'evidence'>): Promise<string> {
	return `?${VIEW_PARAMETER}=${await encodeViewState(evidenceView(candidate))}`;
}
