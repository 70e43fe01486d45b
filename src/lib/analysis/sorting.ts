import { nodeMeasures, type AnalysisNode, type NodeMeasure } from '$lib/domain/analysis';

/** Columns a person can sort the table by. */
export const sortKeys = ['name', 'community', ...nodeMeasures] as const;
export type SortKey = (typeof sortKeys)[number];
export type Direction = 'ascending' | 'descending';

/** Measures read best largest first; names and communities from the start. */
export function defaultDirection(key: SortKey): Direction {
	return key === 'name' || key === 'community' ? 'ascending' : 'descending';
}

/**
 * The nodes in the order asked, without changing the given list. Ties keep PageRank order, then
 * names, so that a sort always gives the same table.
 */
export function sortNodes(nodes: readonly AnalysisNode[], key: SortKey, direction: Direction, locale = 'fr'): AnalysisNode[] {
	const sign = direction === 'ascending' ? 1 : -1;
	const compare = (a: AnalysisNode, b: AnalysisNode) =>
		key === 'name' ? a.name.localeCompare(b.name, locale, { sensitivity: 'base' }) : a[key] - b[key];
	return [...nodes].sort((a, b) => sign * compare(a, b) || b.pagerank - a.pagerank || a.name.localeCompare(b.name, locale));
}

/** The rank of every node by one measure, 1 for the highest; equal values share a rank. */
export function ranks(nodes: readonly AnalysisNode[], measure: NodeMeasure): Map<string, number> {
	const sorted = [...nodes].sort((a, b) => b[measure] - a[measure]);
	const result = new Map<string, number>();
	sorted.forEach((node, index) => {
		const previous = sorted[index - 1];
		result.set(node.id, previous && previous[measure] === node[measure] ? result.get(previous.id)! : index + 1);
	});
	return result;
}
