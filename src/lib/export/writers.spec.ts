import { describe, expect, it } from 'vitest';
import { edgesFromCsv, nodesFromCsv } from '../../../tests/support/readers/csv';
import { parseGEXF } from '../../../tests/support/readers/gexf';
import { parseGraphML } from '../../../tests/support/readers/graphml';
import { parseGraphJson } from '../../../tests/support/readers/json';
import { edgesCsvWriter, nodesCsvWriter } from './csv';
import { writeGraph, type GraphWriter } from './export-graph';
import { trickyGraph } from '../../../tests/support/fixtures/export-graphs';
import { gexfWriter } from './gexf';
import { graphMLWriter } from './graphml';
import { graphJsonWriter } from './json';

/** Writes a graph the way the server streams it: pieces in order, nodes and edges split into pages. */
function streamed(writer: GraphWriter, graph: ReturnType<typeof trickyGraph>, page = 3): string {
	const pieces = [writer.start()];
	for (let at = 0; at < graph.nodes.length; at += page)
		pieces.push(
			graph.nodes
				.slice(at, at + page)
				.map((node) => writer.node(node))
				.join('')
		);
	pieces.push(writer.between());
	for (let at = 0; at < graph.edges.length; at += page)
		pieces.push(
			graph.edges
				.slice(at, at + page)
				.map((edge) => writer.edge(edge))
				.join('')
		);
	pieces.push(writer.end());
	return pieces.join('');
}

describe('writers, piece by piece', () => {
	const { positions: _positions, ...graph } = trickyGraph();

	it('give the same file as the whole-graph functions when they know the graph', () => {
		const known = { known: graph };
		expect(streamed(graphMLWriter(known), graph)).toBe(writeGraph(graphMLWriter(known), graph));
		expect(streamed(graphJsonWriter({ ...known, now: new Date(0) }), graph)).toBe(
			writeGraph(graphJsonWriter({ ...known, now: new Date(0) }), graph)
		);
	});

	it('read back to the same graph when streamed without knowing it beforehand', () => {
		const withoutFractions = {
			nodes: graph.nodes.map((node) => ({ ...node, ...(node.startYear ? { startYear: Math.round(node.startYear) } : {}) })),
			edges: graph.edges
		};
		expect(parseGraphML(streamed(graphMLWriter(), withoutFractions))).toMatchObject(withoutFractions);
		expect(parseGEXF(streamed(gexfWriter(), withoutFractions))).toMatchObject(withoutFractions);
		expect(parseGraphJson(streamed(graphJsonWriter(), withoutFractions))).toMatchObject(withoutFractions);
		expect(nodesFromCsv(streamed(nodesCsvWriter(), withoutFractions)).map((node) => node.id)).toEqual(graph.nodes.map((node) => node.id));
		expect(edgesFromCsv(streamed(edgesCsvWriter(), withoutFractions))).toEqual(graph.edges);
	});

	it('write an empty graph as a valid file in every format', () => {
		const empty = { nodes: [], edges: [] };
		expect(parseGraphJson(writeGraph(graphJsonWriter(), empty))).toMatchObject(empty);
		expect(parseGraphML(writeGraph(graphMLWriter(), empty))).toMatchObject(empty);
		expect(parseGEXF(writeGraph(gexfWriter(), empty))).toMatchObject(empty);
		expect(nodesFromCsv(writeGraph(nodesCsvWriter(), empty))).toEqual([]);
	});

	it('say which parts each format holds', () => {
		expect(nodesCsvWriter().parts).toEqual(['nodes']);
		expect(edgesCsvWriter().parts).toEqual(['edges']);
		expect(graphMLWriter().parts).toEqual(['nodes', 'edges']);
	});
});
