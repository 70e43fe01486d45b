import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExportFormatError } from '../../../tests/support/readers/fields';
import { exportAttribution } from './export-graph';
import { graphArbitrary, trickyGraph } from '../../../tests/support/fixtures/export-graphs';
import { parseGEXF } from '../../../tests/support/readers/gexf';
import { childNamed, childrenNamed, parseXml, type XmlElement } from '../../../tests/support/readers/xml';
import { toGEXF } from './gexf';

describe('toGEXF', () => {
	const xml = toGEXF(trickyGraph(), new Date('2025-03-14T09:26:00Z'));
	const root = parseXml(xml);
	const graph = childNamed(root, 'graph')!;
	const nodes = childrenNamed(childNamed(graph, 'nodes')!, 'node');
	const edges = childrenNamed(childNamed(graph, 'edges')!, 'edge');
	const node = (id: string) => nodes.find((element) => element.attributes.id === id)!;

	it('is GEXF 1.3 with the viz namespace, the date and the attribution in <meta>', () => {
		expect(root.attributes).toMatchObject({ xmlns: 'http://gexf.net/1.3', 'xmlns:viz': 'http://gexf.net/1.3/viz', version: '1.3' });
		const meta = childNamed(root, 'meta')!;
		expect(meta.attributes.lastmodifieddate).toBe('2025-03-14');
		expect(childNamed(meta, 'description')?.text).toBe(exportAttribution);
	});

	it('declares node and edge attributes with their types', () => {
		const declared = (kind: string) =>
			Object.fromEntries(
				childrenNamed(
					childrenNamed(graph, 'attributes').find((element) => element.attributes.class === kind)!,
					'attribute'
				).map((element: XmlElement) => [element.attributes.id, element.attributes.type])
			);
		expect(declared('node')).toMatchObject({ type: 'string', lat: 'double', startYear: 'long', funder: 'boolean', labels: 'string' });
		expect(declared('node')).not.toHaveProperty('kind');
		expect(declared('edge')).toMatchObject({
			amountEur: 'double',
			year: 'long',
			programme: 'string',
			roleText: 'string',
			sources: 'string',
			evidence: 'string'
		});
	});

	it('labels and kinds an edge with its relationship type, weighted by the amount of a FUNDS edge only', () => {
		expect(edges[0].attributes).toMatchObject({ kind: 'FUNDS', label: 'FUNDS', weight: '250000.5' });
		expect(edges[1].attributes).toMatchObject({ kind: 'ANIMATES', label: 'ANIMATES' });
		expect(edges[1].attributes.weight).toBeUndefined();
	});

	it('colours every node by kind and places only the nodes the view placed, y pointing up', () => {
		expect(childNamed(node('script-injecte'), 'color')?.attributes).toEqual({ r: '29', g: '78', b: '216' });
		expect(childNamed(node('script-injecte'), 'position')).toBeUndefined();
		expect(childNamed(node('commune-76178'), 'position')?.attributes).toEqual({ x: '-120.25', y: '-340', z: '0' });
	});

	it('keeps markup in names as text', () => {
		expect(xml).not.toContain('<script>');
		expect(node('script-injecte').attributes.label).toBe('<script>alert("x")</script>');
	});
});

describe('parseGEXF', () => {
	it('gives back the same nodes, edges, positions and attribution', () => {
		const graph = trickyGraph();
		expect(parseGEXF(toGEXF(graph))).toEqual({ ...graph, attribution: exportAttribution });
	});

	it('round-trips random graphs', () => {
		fc.assert(
			fc.property(graphArbitrary({ xml: true }), (graph) => {
				expect(parseGEXF(toGEXF(graph))).toEqual(graph);
			}),
			{ numRuns: 50 }
		);
	});

	it('rejects other documents and values of the wrong type', () => {
		expect(() => parseGEXF('<graphml/>')).toThrow(ExportFormatError);
		const broken = toGEXF(trickyGraph()).replace('<attvalue for="year" value="2022"/>', '<attvalue for="year" value="deux mille"/>');
		expect(() => parseGEXF(broken)).toThrow(/year: "deux mille" is not a number/);
	});
});
