import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kindColour } from '$lib/ui/palette';
import { ExportFormatError } from '../../../tests/support/readers/fields';
import { exportAttribution } from './export-graph';
import { graphArbitrary, trickyGraph } from '../../../tests/support/fixtures/export-graphs';
import { parseGraphML } from '../../../tests/support/readers/graphml';
import { childNamed, childrenNamed, parseXml } from '../../../tests/support/readers/xml';
import { toGraphML } from './graphml';

describe('toGraphML', () => {
	const graph = trickyGraph();
	const xml = toGraphML(graph);
	const root = parseXml(xml);

	it('declares every key with a GraphML type before the graph', () => {
		const keys = childrenNamed(root, 'key');
		const byName = (name: string, scope: string) =>
			keys.find((key) => key.attributes['attr.name'] === name && key.attributes.for === scope);
		expect(byName('label', 'node')?.attributes['attr.type']).toBe('string');
		expect(byName('lat', 'node')?.attributes['attr.type']).toBe('double');
		// Whole numbers as long: amounts pass 2^31, which an int key would overflow in Java readers.
		expect(byName('startYear', 'node')?.attributes['attr.type']).toBe('long');
		expect(byName('type', 'node')?.attributes['attr.type']).toBe('string');
		expect(byName('kind', 'node')).toBeUndefined();
		expect(byName('funder', 'node')?.attributes['attr.type']).toBe('boolean');
		expect(byName('amountEur', 'edge')?.attributes['attr.type']).toBe('double');
		expect(byName('programme', 'edge')?.attributes['attr.type']).toBe('string');
		expect(byName('x', 'node')?.attributes['attr.type']).toBe('double');
		expect(new Set(keys.map((key) => key.attributes.id)).size).toBe(keys.length);
		expect(xml.indexOf('<key')).toBeLessThan(xml.indexOf('<graph '));
	});

	it('writes lists as JSON text and never lets a name out of its element', () => {
		expect(xml).not.toContain('<script>');
		expect(xml).toContain('&lt;script&gt;alert("x")&lt;/script&gt;');
		const edge = childrenNamed(childNamed(root, 'graph')!, 'edge')[1];
		const sources = edge.children.find((data) => data.attributes.key === 'e_sources');
		expect(JSON.parse(sources!.text)).toEqual(['france-clusters-2024#Fiche 3', 'cci-2023']);
	});

	it('gives Gephi a label, the kind colour and a position with y pointing up', () => {
		const node = childrenNamed(childNamed(root, 'graph')!, 'node').find((element) => element.attributes.id === 'commune-76178')!;
		const value = (key: string) => node.children.find((data) => data.attributes.key === key)?.text;
		expect(value('label')).toBe('Cléon');
		expect([value('r'), value('g'), value('b')].map(Number)).toEqual([0x64, 0x74, 0x8b]);
		expect(kindColour.Commune).toBe('#64748b');
		expect([value('x'), value('y')]).toEqual(['-120.25', '-340']);
	});

	it('carries the attribution, naming the open-data publishers', () => {
		const attribution = childrenNamed(childNamed(root, 'graph')!, 'data').find((data) => data.attributes.key === 'attribution')?.text;
		expect(attribution).toBe(exportAttribution);
		for (const name of ['ANCT', 'IGN', 'INSEE', 'Etalab', 'Grégoire David', 'Licence Ouverte 2.0', 'Maillage — données sourcées']) {
			expect(attribution).toContain(name);
		}
	});

	it('widens a year key to double when a value has a fraction', () => {
		const odd = { ...graph, nodes: [{ ...graph.nodes[0], startYear: 2021.5 }] };
		const key = childrenNamed(parseXml(toGraphML(odd)), 'key').find((element) => element.attributes['attr.name'] === 'startYear');
		expect(key?.attributes['attr.type']).toBe('double');
		expect(parseGraphML(toGraphML(odd)).nodes[0].startYear).toBe(2021.5);
	});
});

describe('parseGraphML', () => {
	it('gives back the same nodes, edges, positions and attribution', () => {
		const graph = trickyGraph();
		expect(parseGraphML(toGraphML(graph))).toEqual({ ...graph, attribution: exportAttribution });
	});

	it('round-trips random names, descriptions, lists, amounts and positions', () => {
		fc.assert(
			fc.property(graphArbitrary({ xml: true }), (graph) => {
				expect(parseGraphML(toGraphML(graph))).toEqual(graph);
			})
		);
	});

	it('rejects what is not GraphML, and a node that breaks the graph schema, naming it', () => {
		expect(() => parseGraphML('<gexf/>')).toThrow(ExportFormatError);
		expect(() => parseGraphML('<graphml><graph>')).toThrow(/Malformed XML/);
		const broken = toGraphML(trickyGraph()).replace('<data key="type">Commune</data>', '<data key="type">Village</data>');
		expect(() => parseGraphML(broken)).toThrow(/node "commune-76178": champ « kind » : /);
	});
});

describe('stored properties in GraphML', () => {
	const epci = {
		...trickyGraph().nodes[0],
		id: 'epci-200000001',
		name: 'CA Fictive',
		kind: 'EPCI' as const,
		labels: ['Entity', 'EPCI'],
		properties: {
			id: 'epci-200000001',
			name: 'CA Fictive',
			kind: 'CA',
			population: 81234,
			lat: 49.5,
			postalCodes: ['76000'],
			titleSupplied: true
		}
	};
	const root = parseXml(toGraphML({ nodes: [epci], edges: [] }));
	const keys = childrenNamed(root, 'key').filter((key) => key.attributes.for === 'node');
	const typeOf = (name: string) => keys.find((key) => key.attributes['attr.name'] === name)?.attributes['attr.type'];

	it('declares each with the type of its values, and keeps a stored kind apart from the entity type', () => {
		expect([typeOf('type'), typeOf('kind'), typeOf('population'), typeOf('lat'), typeOf('postalCodes'), typeOf('titleSupplied')]).toEqual([
			'string',
			'string',
			'long',
			'double',
			'string',
			'boolean'
		]);
		const read = parseGraphML(toGraphML({ nodes: [epci], edges: [] }), { properties: true }).nodes[0];
		expect(read.kind).toBe('EPCI');
		expect(read.properties).toEqual(epci.properties);
	});
});
