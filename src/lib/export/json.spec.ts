import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExportFormatError } from '../../../tests/support/readers/fields';
import { exportAttribution } from './export-graph';
import { graphArbitrary, trickyGraph } from '../../../tests/support/fixtures/export-graphs';
import { parseGraphJson } from '../../../tests/support/readers/json';
import { toGraphJson } from './json';

describe('toGraphJson', () => {
	it('writes the documented header: format, version, date and attribution', () => {
		const document = JSON.parse(toGraphJson(trickyGraph(), new Date('2025-03-14T09:26:53Z')));
		expect(document).toMatchObject({
			format: 'maillage-graph',
			version: 1,
			exportedAt: '2025-03-14T09:26:53.000Z',
			attribution: exportAttribution
		});
		expect(document.nodes).toHaveLength(8);
	});

	it('leaves positions out when the view gave none', () => {
		const { positions: _positions, ...graph } = trickyGraph();
		expect(JSON.parse(toGraphJson(graph))).not.toHaveProperty('positions');
	});
});

describe('parseGraphJson', () => {
	it('gives back the same graph', () => {
		const graph = trickyGraph();
		const at = new Date('2025-03-14T09:26:53Z');
		expect(parseGraphJson(toGraphJson(graph, at))).toEqual({
			format: 'maillage-graph',
			version: 1,
			exportedAt: at.toISOString(),
			attribution: exportAttribution,
			...graph
		});
	});

	it('round-trips random graphs, any text included', () => {
		fc.assert(
			fc.property(graphArbitrary(), (graph) => {
				const { nodes, edges, positions, attribution } = parseGraphJson(toGraphJson(graph));
				expect({ nodes, edges, attribution, ...(positions ? { positions } : {}) }).toEqual(graph);
			})
		);
	});

	it('rejects other JSON and names the field at fault', () => {
		expect(() => parseGraphJson('not json')).toThrow(ExportFormatError);
		expect(() => parseGraphJson('{"nodes": []}')).toThrow(/format/);
		const document = JSON.parse(toGraphJson(trickyGraph()));
		document.edges[0].type = 'LIKES';
		expect(() => parseGraphJson(JSON.stringify(document))).toThrow(/champ « edges\[0\]\.type » : /);
		document.edges[0].type = 'FUNDS';
		document.version = 2;
		expect(() => parseGraphJson(JSON.stringify(document))).toThrow(/version/);
	});
});
