import type { StoredProperties } from '$lib/domain/graph';
import { kindColour } from '$lib/ui/palette';
import { storedColumns, storedOfEdge, storedOfNode, storedText, type Column } from './columns';
import {
	exportAttribution,
	fieldText,
	isFunder,
	nodeFields,
	rgb,
	declaredFieldType,
	optionsFor,
	storedKeysFor,
	writeGraph,
	type ExportGraph,
	type FieldType,
	type GraphWriter,
	type WriterOptions
} from './export-graph';
import { attributes, escapeText } from './xml';

/**
 * GEXF 1.3 (gexf.net), Gephi's own format. Node and edge attributes are declared with their
 * types: what Maillage derives (`type`, `labels`, `graphDegree`…) and every stored property of
 * the export, whole numbers as `long`; lists are JSON text in string attributes. An edge's `kind`
 * and `label` are its relationship type and its `weight` the amount of a FUNDS edge. Nodes carry
 * their kind's colour and, when the view gave positions, a `viz:position` with y pointing up, as
 * Gephi draws it.
 */

const gexfType: Record<FieldType, string> = { string: 'string', list: 'string', int: 'long', double: 'double', boolean: 'boolean' };

/** Names a stored attribute must leave to the element's own (readers fold `label`, `kind`, `weight` into the same data). */
const nodeNames = new Set(['label', ...nodeFields.map((field) => field.name), 'funder']);
const edgeNames = new Set(['label', 'kind', 'weight']);

interface Declared {
	name: string;
	type: FieldType;
}

function declarations(kind: 'node' | 'edge', fields: Declared[]): string[] {
	return [
		`    <attributes class="${kind}">`,
		...fields.map((field) => `      <attribute${attributes({ id: field.name, title: field.name, type: gexfType[field.type] })}/>`),
		'    </attributes>'
	];
}

function attvalues(values: [string, string | undefined][]): string[] {
	const set = values.filter((entry): entry is [string, string] => entry[1] !== undefined);
	if (set.length === 0) return [];
	return [
		'        <attvalues>',
		...set.map(([name, value]) => `          <attvalue${attributes({ for: name, value })}/>`),
		'        </attvalues>'
	];
}

const storedValues = (columns: Column[], stored: StoredProperties) =>
	columns.map((column): [string, string | undefined] => [column.name, storedText(stored[column.key])]);

/** GEXF 1.3, piece by piece (see `GraphWriter`); `options.now` is the date written in `<meta>`. */
export function gexfWriter(options: WriterOptions = {}): GraphWriter {
	const lines = (...items: string[]) => items.map((line) => `${line}\n`).join('');
	const stored = storedKeysFor(options);
	const nodeColumns = storedColumns(stored.nodes, nodeNames);
	const edgeColumns = storedColumns(stored.edges, edgeNames);
	const fixed = nodeFields.map((field) => ({ name: field.name, type: declaredFieldType(field, options.known?.nodes) }));
	return {
		parts: ['nodes', 'edges'],
		start: () =>
			lines(
				'<?xml version="1.0" encoding="UTF-8"?>',
				'<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
					' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
				`  <meta lastmodifieddate="${(options.now ?? new Date()).toISOString().slice(0, 10)}">`,
				'    <creator>Maillage</creator>',
				`    <description>${escapeText(options.attribution ?? exportAttribution)}</description>`,
				'  </meta>',
				'  <graph mode="static" defaultedgetype="directed">',
				...declarations('node', [...fixed, { name: 'funder', type: 'boolean' }, ...nodeColumns]),
				...declarations('edge', edgeColumns),
				'    <nodes>'
			),
		node: (node) => {
			const [r, g, b] = rgb(kindColour[node.kind]);
			const position = options.positions?.[node.id];
			return lines(
				`      <node${attributes({ id: node.id, label: node.name })}>`,
				...attvalues([
					...nodeFields.map((field): [string, string | undefined] => [field.name, fieldText(field, node)]),
					['funder', String(isFunder(node))],
					...storedValues(nodeColumns, storedOfNode(node))
				]),
				`        <viz:color${attributes({ r, g, b })}/>`,
				...(position ? [`        <viz:position${attributes({ x: position.x, y: 0 - position.y, z: 0 })}/>`] : []),
				'      </node>'
			);
		},
		between: () => lines('    </nodes>', '    <edges>'),
		edge: (edge) => {
			const weight = edge.type === 'FUNDS' ? edge.amountEur : undefined;
			const head = attributes({ id: edge.id, source: edge.source, target: edge.target, kind: edge.type, label: edge.type, weight });
			const values = attvalues(storedValues(edgeColumns, storedOfEdge(edge)));
			return lines(...(values.length > 0 ? [`      <edge${head}>`, ...values, '      </edge>'] : [`      <edge${head}/>`]));
		},
		end: () => lines('    </edges>', '  </graph>', '</gexf>')
	};
}

/** The graph as a GEXF 1.3 document; `modified` is the date written in `<meta>`. */
export function toGEXF(graph: ExportGraph, modified = new Date()): string {
	return writeGraph(gexfWriter(optionsFor(graph, modified)), graph);
}
