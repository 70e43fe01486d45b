import type { QueryGraph } from '$lib/domain/query';
import { MAX_VIEW_NODES, viewStateToSearchParams } from '$lib/graph-view/view-state';

/** `/explorer?vue=…` opening the result's nodes (at most a view's worth) in the explorer, laid out by force. */
export async function explorerSearch(graph: QueryGraph): Promise<string> {
	const nodes = [...new Set(graph.nodes.map((node) => node.id))].slice(0, MAX_VIEW_NODES);
	const params = await viewStateToSearchParams({ v: 1, nodes, layout: 'fcose', sizeBy: 'degree', filters: { mode: 'fade' } });
	return `?${params.toString()}`;
}
