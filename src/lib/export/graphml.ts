import { edgeId, graphEdgeSchema, graphNodeSchema, type GraphEdge, type GraphNode } from '$lib/domain/graph';
import { kindColour } from '$lib/ui/palette';
import {
	edgeFields,
	ExportFormatError,
	exportAttribution,
	fieldText,
	fieldValue,
	isFunder,
	nodeFields,
	rgb,
	declaredFieldType,
	optionsFor,
	validated,
	writeGraph,
	type ExportGraph,
	type FieldType,
	type GraphWriter,
	type WriterOptions
} from './export-graph';
import { attributes, childNamed, childrenNamed, escapeText, parseXml, type XmlElement } from './xml';

/**
 * GraphML (graphml.graphdrawing.org) for Gephi, yEd and Cytoscape desktop. Every property is a
 * declared, typed `<key>`; lists are JSON text in string keys. Gephi reads the keys named
 * `label` (node name, edge type), `x`/`y` (position) and `r`/`g`/`b` (kind colour) as such;
 * positions are written with y pointing up, as Gephi draws them.
 */

const graphmlType: Record<FieldType, string> = { string: 'string', list: 'string', int: 'int', double: 'double', boolean: 'boolean' };

interface Key {
	id: string;
	for: 'graph' | 'node' | 'edge';
	name: string;
	type: FieldType;
	description: string;
}

/** The keys of one export: every field, with numbers widened where needed, and positions only when given. */
function keysOf(options: WriterOptions): Key[] {
	const keys: Key[] = [
		{ id: 'attribution', for: 'graph', name: 'attribution', type: 'string', description: 'Sources et licence des données' },
		{ id: 'label', for: 'node', name: 'label', type: 'string', description: 'Nom' },
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
		{ id: 'edgelabel', for: 'edge', name: 'label', type: 'string', description: 'Type de relation' },
		{ id: 'relationship', for: 'edge', name: 'relationship', type: 'string', description: 'Type de relation' },
		...edgeFields.map((field) => ({
			id: field.name,
			for: 'edge' as const,
			name: field.name,
			type: declaredFieldType(field, options.known?.edges),
			description: field.description
		}))
	];
	if (options.positions) {
		keys.push(
			{ id: 'x', for: 'node', name: 'x', type: 'double', description: 'Position horizontale' },
			{ id: 'y', for: 'node', name: 'y', type: 'double', description: 'Position verticale (vers le haut)' }
		);
	}
	return keys;
}

const data = (key: string, value: string | number | boolean | undefined) =>
	value === undefined ? [] : [`      <data key="${key}">${escapeText(String(value))}</data>`];

/** GraphML, piece by piece (see `GraphWriter`). */
export function graphMLWriter(options: WriterOptions = {}): GraphWriter {
	const attribution = escapeText(options.attribution ?? exportAttribution);
	const lines = (...items: string[]) => items.map((line) => `${line}\n`).join('');
	return {
		parts: ['nodes', 'edges'],
		start: () =>
			lines(
				'<?xml version="1.0" encoding="UTF-8"?>',
				'<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
					' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
				`  <desc>${attribution}</desc>`,
				...keysOf(options).map(
					(key) =>
						`  <key${attributes({ id: key.id, for: key.for, 'attr.name': key.name, 'attr.type': graphmlType[key.type] })}><desc>${escapeText(key.description)}</desc></key>`
				),
				'  <graph id="maillage" edgedefault="directed">',
				`    <data key="attribution">${attribution}</data>`
			),
		node: (node) => {
			const position = options.positions?.[node.id];
			const [r, g, b] = rgb(kindColour[node.kind]);
			return lines(
				`    <node${attributes({ id: node.id })}>`,
				...data('label', node.name),
				...nodeFields.flatMap((field) => data(field.name, fieldText(field, node))),
				...data('funder', isFunder(node)),
				...data('r', r),
				...data('g', g),
				...data('b', b),
				...(position ? [...data('x', position.x), ...data('y', 0 - position.y)] : []),
				'    </node>'
			);
		},
		between: () => '',
		edge: (edge) =>
			lines(
				`    <edge${attributes({ id: edge.id, source: edge.source, target: edge.target })}>`,
				...data('edgelabel', edge.type),
				...data('relationship', edge.type),
				...edgeFields.flatMap((field) => data(field.name, fieldText(field, edge))),
				'    </edge>'
			),
		end: () => lines('  </graph>', '</graphml>')
	};
}

/** The graph as a GraphML document. */
export function toGraphML(graph: ExportGraph): string {
	return writeGraph(graphMLWriter(optionsFor(graph)), graph);
}

interface DeclaredKey {
	name: string;
	type: FieldType;
	default?: string;
}

function declaredType(type: string | undefined): FieldType {
	if (type === 'int' || type === 'long') return 'int';
	if (type === 'double' || type === 'float') return 'double';
	if (type === 'boolean') return 'boolean';
	return 'string';
}

/** The `data` of an element, by attribute name, with the key's default where the element has none. */
function values(element: XmlElement, keys: Map<string, DeclaredKey>, scope: string): Map<string, string> {
	const found = new Map<string, string>();
	for (const key of keys.values()) if (key.default !== undefined) found.set(key.name, key.default);
	for (const item of childrenNamed(element, 'data')) {
		const key = keys.get(item.attributes.key ?? '');
		if (!key) throw new ExportFormatError(`${scope}: data for undeclared key "${item.attributes.key}"`);
		found.set(key.name, item.text);
	}
	return found;
}

/** Reads a GraphML document written by `toGraphML` (or edited in another tool that kept its keys). */
export function parseGraphML(xml: string): ExportGraph {
	const root = parseXml(xml);
	if (root.name !== 'graphml') throw new ExportFormatError('Not a GraphML document: the root element is not <graphml>');
	const graph = childNamed(root, 'graph');
	if (!graph) throw new ExportFormatError('GraphML document without a <graph>');
	const keys = { graph: new Map<string, DeclaredKey>(), node: new Map<string, DeclaredKey>(), edge: new Map<string, DeclaredKey>() };
	for (const key of childrenNamed(root, 'key')) {
		const scope = key.attributes.for ?? 'all';
		const declared: DeclaredKey = {
			name: key.attributes['attr.name'] ?? key.attributes.id,
			type: declaredType(key.attributes['attr.type']),
			default: childNamed(key, 'default')?.text
		};
		for (const target of ['graph', 'node', 'edge'] as const) {
			if (scope === target || scope === 'all') keys[target].set(key.attributes.id, declared);
		}
	}
	const typeOf = (scope: Map<string, DeclaredKey>, name: string) => [...scope.values()].find((key) => key.name === name)?.type ?? 'string';
	const read = <T>(
		fields: { key: keyof T & string; name: string; type: FieldType }[],
		found: Map<string, string>,
		scope: Map<string, DeclaredKey>,
		where: string
	) => {
		const result: Record<string, unknown> = {};
		for (const field of fields) {
			const text = found.get(field.name);
			if (text !== undefined)
				result[field.key] = fieldValue(field.type === 'list' ? 'list' : typeOf(scope, field.name), text, `${where} ${field.name}`);
		}
		return result;
	};

	const positions: Record<string, { x: number; y: number }> = {};
	const nodes: GraphNode[] = childrenNamed(graph, 'node').map((element) => {
		const id = element.attributes.id ?? '';
		const where = `node "${id}"`;
		const found = values(element, keys.node, where);
		const node = { id, name: found.get('label') ?? found.get('name') ?? id, ...read(nodeFields, found, keys.node, where) };
		const [x, y] = [found.get('x'), found.get('y')];
		if (x !== undefined && y !== undefined) {
			positions[id] = { x: fieldValue('double', x, `${where} x`) as number, y: 0 - (fieldValue('double', y, `${where} y`) as number) };
		}
		return validated(graphNodeSchema, { labels: 'kind' in node ? ['Entity', node.kind] : [], ...node }, where);
	});
	const edges: GraphEdge[] = childrenNamed(graph, 'edge').map((element) => {
		const { source = '', target = '' } = element.attributes;
		const found = values(element, keys.edge, `edge ${source} -> ${target}`);
		const type = found.get('relationship') ?? found.get('label') ?? '';
		const where = `edge "${element.attributes.id ?? edgeId(type, source, target)}"`;
		const edge = {
			id: element.attributes.id ?? edgeId(type, source, target),
			source,
			target,
			type,
			...read(edgeFields, found, keys.edge, where)
		};
		return validated(graphEdgeSchema, edge, where);
	});
	const attribution = values(graph, keys.graph, 'graph').get('attribution') ?? childNamed(root, 'desc')?.text;
	return {
		nodes,
		edges,
		...(Object.keys(positions).length > 0 ? { positions } : {}),
		...(attribution === undefined ? {} : { attribution })
	};
}
