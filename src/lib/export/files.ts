import { toEdgesCsv, toNodesCsv } from './csv';
import { fileName } from './file-name';
import type { ExportGraph } from './export-graph';
import { toGEXF } from './gexf';
import { toGraphML } from './graphml';
import { toGraphJson } from './json';

/** The data formats of the export menu (images are captured by the page). */
export const dataFormats = ['graphml', 'gexf', 'csv', 'json'] as const;
export type DataFormat = (typeof dataFormats)[number];

export interface ExportFile {
	name: string;
	mime: string;
	text: string;
}

/** The files one format makes of a graph: one, or two for CSV (nodes and edges). */
export function exportFiles(format: DataFormat, graph: ExportGraph, now = new Date()): ExportFile[] {
	const csv = 'text/csv;charset=utf-8';
	switch (format) {
		case 'csv':
			return [
				{ name: fileName('noeuds', 'csv', now), mime: csv, text: toNodesCsv(graph) },
				{ name: fileName('liens', 'csv', now), mime: csv, text: toEdgesCsv(graph) }
			];
		case 'graphml':
			return [{ name: fileName('', 'graphml', now), mime: 'application/graphml+xml', text: toGraphML(graph) }];
		case 'gexf':
			return [{ name: fileName('', 'gexf', now), mime: 'application/gexf+xml', text: toGEXF(graph, now) }];
		case 'json':
			return [{ name: fileName('', 'json', now), mime: 'application/json', text: toGraphJson(graph, now) }];
	}
}
