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
 * GraphML (graphml.graphdrawing.org) for Gephi, yEd, networkx and igraph. Every property is a
 * declared, typed `<key>`: what Maillage derives (`type`, `labels`, `graphDegree`…) and every
 * stored property of the export (`population`, `siren`, a stored `kind`…), whole numbers as
 * `long` (amounts pass 2^31); lists are JSON text in string keys. Gephi reads the keys named
 * `label` (node name, edge type), `x`/`y` (position) and `r`/`g`/`b` (kind colour) as such;
 * positions are written with y pointing up, as Gephi draws them.
 */

const graphmlType: Record<FieldType, string> = { string: 'string', list: 'string', int: 'long', double: 'double', boolean: 'boolean' };

interface Key {
	id: string;
	for: 'graph' | 'node' | 'edge';
	name: string;
	type: FieldType;
	description: string;
}

/** Names the fixed keys take, which a stored key of the same name must leave them. */
const nodeNames = new Set(['label', ...nodeFields.map((field) => field.name), 'funder', 'r', 'g', 'b', 'x', 'y']);
const edgeNames = new Set(['label', 'relationship']);

/** A key id (an XML NMTOKEN, unique over the document): `n_population`, `e_sources`. */
const keyId = (prefix: string, column: Column, index: number) =>
	/^[\w.-]+$/.test(column.name) ? `${prefix}_${column.name}` : `${prefix}_${index}`;

const storedDescription = (column: Column) => `Propriété stockée « ${column.key} »${column.type === 'list' ? ', liste JSON' : ''}`;

/** The columns of one export, with the key id each is written under. */
function columnsOf(options: WriterOptions) {
	const stored = storedKeysFor(options);
	const withIds = (prefix: string, columns: Column[]) => columns.map((column, index) => ({ ...column, id: keyId(prefix, column, index) }));
	return { nodes: withIds('n', storedColumns(stored.nodes, nodeNames)), edges: withIds('e', storedColumns(stored.edges, edgeNames)) };
}

/** The keys of one export: every field, with numbers widened where needed, and positions only when given. */
function keysOf(options: WriterOptions, columns: ReturnType<typeof columnsOf>): Key[] {
	const keys: Key[] = [
		{ id: 'attribution', for: 'graph', name: 'attribution', type: 'string', description: 'Sources et licence des données' },
		{ id: 'label', for: 'node', name: 'label', type: 'string', description: 'Nom (propriété stockée « name »)' },
		...nodeFields.map((field) => ({
			id: field.name,
			for: 'node' as const,
			name: field.name,
			type: declaredFieldType(field, options.known?.nodes),
			description: field.description
		})),
		{ id: 'funder', for: 'node', name: 'funder', type: 'boolean', description: 'Financeur (étiquette Funder)' },
		...(['r', 'g', 'b'] as const).map((channel) => ({
			id: channel,
			for: 'node' as const,
			name: channel,
			type: 'int' as const,
			description: 'Couleur du type'
		})),
		...storedKeys(columns.nodes, 'node'),
		{ id: 'edgelabel', for: 'edge', name: 'label', type: 'string', description: 'Type de relation' },
		{ id: 'relationship', for: 'edge', name: 'relationship', type: 'string', description: 'Type de relation' },
		...storedKeys(columns.edges, 'edge')
	];
	if (options.positions) {
		keys.push(
			{ id: 'x', for: 'node', name: 'x', type: 'double', description: 'Position horizontale' },
			{ id: 'y', for: 'node', name: 'y', type: 'double', description: 'Position verticale (vers le haut)' }
		);
	}
	return keys;
}

/** The keys of the stored properties of nodes or of edges, one per column. */
function storedKeys(columns: ReturnType<typeof columnsOf>['nodes'], target: 'node' | 'edge') {
	return columns.map((column) => ({
		id: column.id,
		for: target,
		name: column.name,
		type: column.type,
		description: storedDescription(column)
	}));
}

const data = (key: string, value: string | number | boolean | undefined) =>
	value === undefined ? [] : [`      <data key="${key}">${escapeText(String(value))}</data>`];

/** GraphML, piece by piece (see `GraphWriter`). */
export function graphMLWriter(options: WriterOptions = {}): GraphWriter {
	const attribution = escapeText(options.attribution ?? exportAttribution);
	const lines = (...items: string[]) => items.map((line) => `${line}\n`).join('');
	const columns = columnsOf(options);
	return {
		parts: ['nodes', 'edges'],
		start: () =>
			lines(
				'<?xml version="1.0" encoding="UTF-8"?>',
				'<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
					' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
				`  <desc>${attribution}</desc>`,
				...keysOf(options, columns).map(
					(key) =>
						`  <key${attributes({ id: key.id, for: key.for, 'attr.name': key.name, 'attr.type': graphmlType[key.type] })}><desc>${escapeText(key.description)}</desc></key>`
				),
				'  <graph id="maillage" edgedefault="directed">',
				`    <data key="attribution">${attribution}</data>`
			),
		node: (node) => {
			const position = options.positions?.[node.id];
			const [r, g, b] = rgb(kindColour[node.kind]);
			const stored = storedOfNode(node);
			return lines(
				`    <node${attributes({ id: node.id })}>`,
				...data('label', node.name),
				...nodeFields.flatMap((field) => data(field.name, fieldText(field, node))),
				...data('funder', isFunder(node)),
				...data('r', r),
				...data('g', g),
				...data('b', b),
				...columns.nodes.flatMap((column) => data(column.id, storedText(stored[column.key]))),
				...(position ? [...data('x', position.x), ...data('y', 0 - position.y)] : []),
				'    </node>'
			);
		},
		between: () => '',
		edge: (edge) => {
			const stored = storedOfEdge(edge);
			return lines(
				`    <edge${attributes({ id: edge.id, source: edge.source, target: edge.target })}>`,
				...data('edgelabel', edge.type),
				...data('relationship', edge.type),
				...columns.edges.flatMap((column) => data(column.id, storedText(stored[column.key]))),
				'    </edge>'
			);
		},
		end: () => lines('  </graph>', '</graphml>')
	};
}

/** The graph as a GraphML document. */
export function toGraphML(graph: ExportGraph): string {
	return writeGraph(graphMLWriter(optionsFor(graph)), graph);
}
