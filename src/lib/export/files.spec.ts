import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../tests/support/readers/csv';
import { exportFiles } from './files';
import { trickyGraph } from '../../../tests/support/fixtures/export-graphs';
import { parseGEXF } from '../../../tests/support/readers/gexf';
import { parseGraphML } from '../../../tests/support/readers/graphml';
import { parseGraphJson } from '../../../tests/support/readers/json';

describe('exportFiles', () => {
	const graph = trickyGraph();
	const now = new Date(2025, 2, 14, 9, 26);

	it('makes two dated CSV files, nodes and edges', () => {
		const files = exportFiles('csv', graph, now);
		expect(files.map((file) => file.name)).toEqual(['maillage-noeuds-2025-03-14-0926.csv', 'maillage-liens-2025-03-14-0926.csv']);
		expect(files.every((file) => file.mime === 'text/csv;charset=utf-8')).toBe(true);
		expect(parseCsv(files[0].text)).toHaveLength(graph.nodes.length);
		expect(parseCsv(files[1].text)).toHaveLength(graph.edges.length);
	});

	it('makes one file in each other format, that reads back', () => {
		const [graphml] = exportFiles('graphml', graph, now);
		const [gexf] = exportFiles('gexf', graph, now);
		const [json] = exportFiles('json', graph, now);
		expect([graphml.name, gexf.name, json.name]).toEqual([
			'maillage-2025-03-14-0926.graphml',
			'maillage-2025-03-14-0926.gexf',
			'maillage-2025-03-14-0926.json'
		]);
		expect(parseGraphML(graphml.text).nodes).toEqual(graph.nodes);
		expect(parseGEXF(gexf.text).edges).toEqual(graph.edges);
		expect(parseGraphJson(json.text).exportedAt).toBe(now.toISOString());
	});
});
