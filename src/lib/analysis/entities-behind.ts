import type { AnalysisResult } from '$lib/domain/analysis';
import { MAX_VIEW_NODES } from '$lib/domain/view';

/**
 * The entities to show in the explorer for some nodes of a projection: the nodes themselves and
 * what links them there (the shared projects or clusters of the links among them), so that the
 * explorer draws the real relationships behind the projected links. Nodes first, capped to what
 * a view holds.
 */
export function entitiesBehind(result: Pick<AnalysisResult, 'edges'>, ids: readonly string[]): string[] {
	const chosen = new Set(ids);
	const behind = result.edges
		.filter((edge) => chosen.has(edge.source) && chosen.has(edge.target))
		.flatMap((edge) => edge.via.filter((via) => /^[a-z0-9-]+$/.test(via)));
	return [...new Set([...ids, ...behind])].slice(0, MAX_VIEW_NODES);
}
