import { MultiDirectedGraph } from 'graphology';
import * as gexf from 'graphology-gexf';
import * as graphml from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredProperties } from '$lib/domain/graph';
import * as exporting from '$lib/server/export';
import { edgesFromCsv, nodesFromCsv, parseCsv } from '../support/readers/csv';
import { parseGraphJson } from '../support/readers/json';
import { connectTestDatabase } from './database';

/**
 * The whole seeded graph written as GraphML, GEXF and CSV, read back by readers Maillage did not
 * write (graphology's GraphML and GEXF parsers, csv-parse), and compared with the JSON export,
 * which holds every stored property: nothing may be lost, retyped or invented on the way.
 */

const database = connectTestDatabase();
afterAll(() => database.close());

type Json = ReturnType<typeof parseGraphJson>;
let json: Json;
const files = new Map<string, string>();

async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
	return new TextDecoder().decode(await new Response(stream).arrayBuffer());
}

beforeAll(async () => {
	for (const format of ['json', 'graphml', 'gexf', 'csv-nodes', 'csv-edges'] as const) {
		files.set(format, await text(exporting.exportStream(database, format, { pageSize: 700 })));
	}
	json = parseGraphJson(files.get('json')!);
});

/** What a reader of a typed format gets for a stored value: lists are JSON text (docs/exports.md). */
const asWritten = (value: StoredProperties[string]) => (Array.isArray(value) ? JSON.stringify(value) : value);

/** The stored properties as a file holds them besides the id (the element's id) and the name (its label). */
function expectedOf(properties: StoredProperties | undefined): Record<string, unknown> {
	const { id: _id, name: _name, ...rest } = properties ?? {};
	return Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, asWritten(value)]));
}

/** The attributes a reader gives back that stand for stored properties. */
function storedOf(attributes: Record<string, unknown>, fixed: readonly string[]): Record<string, unknown> {
	return Object.fromEntries(
		Object.entries(attributes)
			.filter(([key]) => !fixed.includes(key))
			.map(([key, value]) => [key.replace(/^stored_/, ''), value])
	);
}

const nodeFixed = ['label', 'type', 'labels', 'graphDegree', 'fundingReceivedEur', 'funder', 'r', 'g', 'b', 'color', 'x', 'y'];

describe('the whole-graph export read by graphology', () => {
	/** Each typed format: its reader, the attribute naming the relationship type, and the other fixed edge attributes. */
	const readers = [
		{ format: 'GraphML', file: 'graphml', parse: graphml.parse, relationship: 'relationship', edgeFixed: ['label', 'relationship'] },
		{ format: 'GEXF', file: 'gexf', parse: gexf.parse, relationship: 'kind', edgeFixed: ['label', 'kind', 'weight'] }
	] as const;

	it.each(readers)('$format gives back every stored property of every node and relationship, with its type', (reader) => {
		const graph = reader.parse(MultiDirectedGraph, files.get(reader.file)!);
		expect(graph.order).toBe(json.nodes.length);
		expect(graph.size).toBe(json.edges.length);
		for (const node of json.nodes) {
			const attributes = graph.getNodeAttributes(node.id);
			expect(attributes.label, node.id).toBe(node.properties?.name);
			expect(attributes.type, node.id).toBe(node.kind);
			expect(storedOf(attributes, nodeFixed), node.id).toEqual(expectedOf(node.properties));
		}
		for (const edge of json.edges) {
			const attributes = graph.getEdgeAttributes(edge.id);
			expect([graph.source(edge.id), graph.target(edge.id), attributes[reader.relationship]], edge.id).toEqual([
				edge.source,
				edge.target,
				edge.type
			]);
			expect(storedOf(attributes, reader.edgeFixed), edge.id).toEqual(expectedOf(edge.properties));
		}
	});

	it('keeps a stored kind (an EPCI’s legal type, a source’s kind) apart from the entity type', () => {
		const graph = gexf.parse(MultiDirectedGraph, files.get('gexf')!);
		const epci = json.nodes.find((node) => node.kind === 'EPCI' && node.properties?.kind === 'CA')!;
		expect(graph.getNodeAttributes(epci.id)).toMatchObject({ type: 'EPCI', kind: 'CA' });
		const source = json.nodes.find((node) => node.kind === 'Source' && node.properties?.kind === 'open-data')!;
		expect(graph.getNodeAttributes(source.id)).toMatchObject({ type: 'Source', kind: 'open-data' });
	});

	it('declares no key that no node or relationship fills', () => {
		for (const format of ['graphml', 'gexf']) {
			const file = files.get(format)!;
			const declared = [...file.matchAll(/<(?:key|attribute) id="([^"]+)"/g)].map((match) => match[1]);
			const used = new Set([...file.matchAll(/(?:data key|attvalue for)="([^"]+)"/g)].map((match) => match[1]));
			expect(
				declared.filter((id) => !used.has(id) && !['x', 'y', 'fundingReceivedEur'].includes(id)),
				format
			).toEqual([]);
		}
	});
});

describe('the whole-graph CSV files read by csv-parse', () => {
	it('give back every stored property, lists as JSON arrays, with the types a script is told', () => {
		const types = { ...typesOf(json.nodes.map((node) => node.properties ?? {})) };
		const nodes = nodesFromCsv(files.get('csv-nodes')!, { types, properties: true });
		expect(nodes.map((node) => node.properties)).toEqual(json.nodes.map((node) => node.properties));
		const edges = edgesFromCsv(files.get('csv-edges')!, {
			types: typesOf(json.edges.map((edge) => edge.properties ?? {})),
			properties: true
		});
		expect(edges.map((edge) => edge.properties)).toEqual(json.edges.map((edge) => edge.properties));
		expect(parseCsv(files.get('csv-nodes')!).find((row) => row.id === 'ademe')?.type).toBe('PublicBody');
	});
});

/** What a script would be told of each column: the type of its values in the JSON export. */
function typesOf(items: StoredProperties[]): Record<string, 'int' | 'double' | 'boolean' | 'list' | 'string'> {
	const types: Record<string, 'int' | 'double' | 'boolean' | 'list' | 'string'> = {};
	for (const properties of items) {
		for (const [key, value] of Object.entries(properties)) {
			const type = Array.isArray(value) ? 'list' : typeof value === 'number' ? 'double' : typeof value === 'boolean' ? 'boolean' : 'string';
			types[key] = type;
		}
	}
	return types;
}
