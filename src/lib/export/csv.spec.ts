import { describe, expect, it } from 'vitest';
import { exportAttribution } from './export-graph';
import { trickyGraph } from '../../../tests/support/fixtures/export-graphs';
import { edgesFromCsv, nodesFromCsv, parseCsv, readCell } from '../../../tests/support/readers/csv';
import { csvField, edgeRows, nodeRows, textCell, toEdgesCsv, toNodesCsv } from './csv';

describe('csvField', () => {
	it('quotes a field with a comma, a quote or a line break, doubling inner quotes', () => {
		expect(csvField('Cléon')).toBe('Cléon');
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('dit "oui"')).toBe('"dit ""oui"""');
		expect(csvField('ligne\nsuite')).toBe('"ligne\nsuite"');
		expect(csvField('retour\r')).toBe('"retour\r"');
		expect(csvField('#début')).toBe('"#début"');
	});
});

describe('textCell', () => {
	it('neutralises text a spreadsheet would run as a formula, and reads it back', () => {
		for (const text of ['=SUM(A1)', '+33', '-moins', '@cmd', "'=déjà", "''+deux", 'normal', "l'apostrophe"]) {
			expect(readCell(textCell(text))).toBe(text);
		}
		expect(textCell('=SUM(A1)')).toBe("'=SUM(A1)");
		expect(textCell('normal')).toBe('normal');
	});
});

describe('toNodesCsv and toEdgesCsv', () => {
	const graph = trickyGraph();
	const nodes = toNodesCsv(graph);
	const edges = toEdgesCsv(graph);

	it('start with a byte-order mark, then the attribution as a # line, then the header, with CRLF line ends', () => {
		for (const file of [nodes, edges]) {
			expect(file.startsWith('\uFEFF# ')).toBe(true);
			expect(file.split('\r\n')[0]).toBe(`\uFEFF# ${exportAttribution}`);
		}
		// The derived columns, then one per stored property the graph holds, by name: no column always empty.
		expect(nodes.split('\r\n')[1]).toBe(
			'id,name,type,labels,graphDegree,fundingReceivedEur,funder,description,endYear,lat,lon,phase,startYear,status,x,y'
		);
		expect(edges.split('\r\n')[1]).toBe('id,source,target,type,amountEur,evidence,programme,role,roleText,since,sources,year');
	});

	it('writes lists as JSON arrays, so that an empty list, an empty item and a bar inside an item stay apart', () => {
		expect(nodeRows(graph)[0].labels).toBe('["Entity","Cluster","Actor"]');
		expect(edgeRows(graph)[1].sources).toBe('["france-clusters-2024#Fiche 3","cci-2023"]');
		const lists = [[], [''], ['a | b'], ['a', 'b'], ['|'], ['"', ',']];
		const withLists = {
			nodes: lists.map((aliases, index) => ({ ...graph.nodes[0], id: `n${index}`, properties: { id: `n${index}`, name: 'x', aliases } })),
			edges: []
		};
		const cells = nodeRows(withLists).map((row) => row.aliases);
		expect(cells).toEqual(['[]', '[""]', '["a | b"]', '["a","b"]', '["|"]', '["\\"",","]']);
		expect(new Set(cells).size).toBe(lists.length);
		const read = nodesFromCsv(toNodesCsv(withLists), { types: { aliases: 'list' }, properties: true });
		expect(read.map((node) => node.properties?.aliases)).toEqual(lists);
	});

	it('keeps the entity type in `type` and a stored `kind` in its own column, every stored property with it', () => {
		const epci = {
			...graph.nodes[0],
			id: 'epci-200000001',
			kind: 'EPCI' as const,
			labels: ['Entity', 'EPCI'],
			properties: { id: 'epci-200000001', name: 'CA Fictive', kind: 'CA', population: 81234, siren: '200000001', postalCodes: ['76000'] }
		};
		const [row] = nodeRows({ nodes: [epci], edges: [] });
		expect(row).toMatchObject({ type: 'EPCI', kind: 'CA', population: '81234', siren: '200000001', postalCodes: '["76000"]' });
	});

	it('writes a stored property named like a derived column as stored_<name>, hiding neither', () => {
		const odd = { ...graph.nodes[0], properties: { id: graph.nodes[0].id, name: 'x', type: 'usine', labels: ['a'] } };
		const [row] = nodeRows({ nodes: [odd], edges: [] });
		expect(row).toMatchObject({ type: graph.nodes[0].kind, stored_type: 'usine', stored_labels: '["a"]' });
		expect(row.labels).toBe(JSON.stringify(odd.labels));
	});

	it('parse back, with a real RFC 4180 reader, into the same rows', () => {
		expect(parseCsv(nodes)).toEqual(nodeRows(graph));
		expect(parseCsv(edges)).toEqual(edgeRows(graph));
		expect(parseCsv(nodes)[0].description).toBe('Ligne 1, avec virgule\nLigne 2 "citée" & <b>gras</b>\r\nfin ]]> et \ttabulation');
		expect(parseCsv(nodes)).toHaveLength(graph.nodes.length);
	});

	it('parse back into the same nodes and edges, an empty description read as missing', () => {
		const expected = graph.nodes.map(({ description, ...node }) => (description ? { ...node, description } : node));
		expect(nodesFromCsv(nodes)).toEqual(expected);
		expect(edgesFromCsv(edges)).toEqual(graph.edges);
	});

	it('write the positions as the view has them, and no position columns without positions', () => {
		const cleon = parseCsv(nodes).find((row) => row.id === 'commune-76178');
		expect([cleon?.x, cleon?.y]).toEqual(['-120.25', '340']);
		const { positions: _positions, ...unplaced } = graph;
		expect(toNodesCsv(unplaced).split('\r\n')[1]).not.toContain(',x,y');
	});
});
