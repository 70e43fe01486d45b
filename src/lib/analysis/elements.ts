import type { ElementDefinition, StylesheetJson } from 'cytoscape';
import type { AnalysisResult } from '$lib/domain/analysis';
import { kindShape } from '$lib/graph-view/style';
import { communityColour } from './colours';

/** Node diameters: the smallest stays visible, the highest PageRank stands out without hiding others. */
export const SIZE = { min: 14, max: 54 } as const;

/** Diameter from PageRank, on a square-root scale (the area grows with the rank). */
export function nodeSize(pagerank: number, highest: number): number {
	if (!(highest > 0)) return SIZE.min;
	return Math.round(SIZE.min + (SIZE.max - SIZE.min) * Math.sqrt(Math.max(0, pagerank) / highest));
}

/** Line width from a link's weight: 1 px for one shared entity, thicker as they add up, 8 px at most. */
export function edgeWidth(weight: number): number {
	return Math.min(8, 1 + 1.5 * Math.log2(Math.max(1, weight)));
}

/**
 * The projection as Cytoscape elements: a node per entity, shaped by its kind as in the explorer
 * and coloured by its community, sized by PageRank; a link per pair, as thick as its weight.
 */
export function analysisElements(result: Pick<AnalysisResult, 'nodes' | 'edges'>): ElementDefinition[] {
	const highest = Math.max(0, ...result.nodes.map((node) => node.pagerank));
	return [
		...result.nodes.map((node) => ({
			group: 'nodes' as const,
			data: {
				id: node.id,
				label: node.name,
				colour: communityColour(node.community),
				shape: kindShape[node.kind],
				size: nodeSize(node.pagerank, highest),
				community: node.community
			}
		})),
		...result.edges.map((edge) => ({
			group: 'edges' as const,
			data: { id: `${edge.source}|${edge.target}`, source: edge.source, target: edge.target, width: edgeWidth(edge.weight) }
		}))
	];
}

/** How the analysis graph is drawn: names of the biggest nodes, all names on hover or focus. */
export function analysisStylesheet(): StylesheetJson {
	return [
		{
			selector: 'node',
			style: {
				'background-color': 'data(colour)',
				shape: 'data(shape)' as never,
				width: 'data(size)',
				height: 'data(size)',
				'border-width': 1.5,
				'border-color': '#ffffff',
				label: '',
				'font-size': 12,
				color: '#14213d',
				'text-valign': 'bottom',
				'text-margin-y': 3,
				'text-background-color': '#ffffff',
				'text-background-opacity': 0.85,
				'text-background-padding': '2px',
				// Names stay readable on a whole network fitted into the frame.
				'min-zoomed-font-size': 4
			}
		},
		{ selector: 'node.labelled, node:selected, node.hover', style: { label: 'data(label)' } },
		{ selector: 'node:selected', style: { 'border-color': '#2563eb', 'border-width': 4 } },
		{ selector: 'edge', style: { width: 'data(width)', 'line-color': '#94a3b8', opacity: 0.7, 'curve-style': 'haystack' } },
		{ selector: '.dimmed', style: { opacity: 0.15 } }
	] as StylesheetJson;
}
