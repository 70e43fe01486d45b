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
	type Field,
	type FieldType,
	type GraphWriter,
	type WriterOptions
} from './export-graph';
import { attributes, childNamed, childrenNamed, escapeText, localName, parseXml, type XmlElement } from './xml';

/**
 * GEXF 1.3 (gexf.net), Gephi's own format. Node and edge attributes are declared with their
 * types; an edge's `kind` and `label` are its relationship type and its `weight` the amount of a
 * FUNDS edge. Nodes carry their kind's colour and, when the view gave positions, a
 * `viz:position` with y pointing up, as Gephi draws it.
 */

const gexfType: Record<FieldType, string> = { string: 'string', list: 'string', int: 'integer', double: 'double', boolean: 'boolean' };

const funderField = { key: 'funder', name: 'funder', type: 'boolean', description: 'Financeur (étiquette Funder)' } as const;

function declarations<T>(
	kind: 'node' | 'edge',
	fields: Field<T>[],
	items: readonly T[] | undefined,
	extra: (typeof funderField)[] = []
): string[] {
	return [
		`    <attributes class="${kind}">`,
		...[...fields.map((field) => ({ name: field.name, type: declaredFieldType(field, items) })), ...extra].map(
			(field) => `      <attribute${attributes({ id: field.name, title: field.name, type: gexfType[field.type] })}/>`
		),
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

/** GEXF 1.3, piece by piece (see `GraphWriter`); `options.now` is the date written in `<meta>`. */
export function gexfWriter(options: WriterOptions = {}): GraphWriter {
	const lines = (...items: string[]) => items.map((line) => `${line}\n`).join('');
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
				...declarations('node', nodeFields, options.known?.nodes, [funderField]),
				...declarations('edge', edgeFields, options.known?.edges),
				'    <nodes>'
			),
		node: (node) => {
			const [r, g, b] = rgb(kindColour[node.kind]);
			const position = options.positions?.[node.id];
			return lines(
				`      <node${attributes({ id: node.id, label: node.name })}>`,
				...attvalues([
					...nodeFields.map((field): [string, string | undefined] => [field.name, fieldText(field, node)]),
					['funder', String(isFunder(node))]
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
			const values = attvalues(edgeFields.map((field): [string, string | undefined] => [field.name, fieldText(field, edge)]));
			return lines(...(values.length > 0 ? [`      <edge${head}>`, ...values, '      </edge>'] : [`      <edge${head}/>`]));
		},
		end: () => lines('    </edges>', '  </graph>', '</gexf>')
	};
}

/** The graph as a GEXF 1.3 document; `modified` is the date written in `<meta>`. */
export function toGEXF(graph: ExportGraph, modified = new Date()): string {
	return writeGraph(gexfWriter(optionsFor(graph, modified)), graph);
}

/** Declared attributes of one class: id → { title, type }. */
function declared(graph: XmlElement, kind: 'node' | 'edge'): Map<string, { title: string; type: FieldType }> {
	const result = new Map<string, { title: string; type: FieldType }>();
	for (const block of childrenNamed(graph, 'attributes').filter((element) => element.attributes.class === kind)) {
		for (const attribute of childrenNamed(block, 'attribute')) {
			const type = attribute.attributes.type ?? 'string';
			result.set(attribute.attributes.id ?? '', {
				title: attribute.attributes.title ?? attribute.attributes.id ?? '',
				type: ['integer', 'long', 'short', 'byte'].includes(type)
					? 'int'
					: ['double', 'float'].includes(type)
						? 'double'
						: type === 'boolean'
							? 'boolean'
							: 'string'
			});
		}
	}
	return result;
}

function readAttvalues<T>(
	element: XmlElement,
	fields: Field<T>[],
	declarations: Map<string, { title: string; type: FieldType }>,
	where: string
): Record<string, unknown> {
	const byTitle = new Map<string, string>();
	for (const value of childrenNamed(childNamed(element, 'attvalues') ?? element, 'attvalue')) {
		const declaration = declarations.get(value.attributes.for ?? '');
		if (!declaration) throw new ExportFormatError(`${where}: value for undeclared attribute "${value.attributes.for}"`);
		byTitle.set(declaration.title, value.attributes.value ?? '');
	}
	const result: Record<string, unknown> = {};
	for (const field of fields) {
		const text = byTitle.get(field.name);
		if (text === undefined) continue;
		const type =
			field.type === 'list' ? 'list' : ([...declarations.values()].find((entry) => entry.title === field.name)?.type ?? 'string');
		result[field.key] = fieldValue(type, text, `${where} ${field.name}`);
	}
	return result;
}

/** Reads a GEXF document written by `toGEXF` (or saved by Gephi from one). */
export function parseGEXF(xml: string): ExportGraph {
	const root = parseXml(xml);
	if (localName(root.name) !== 'gexf') throw new ExportFormatError('Not a GEXF document: the root element is not <gexf>');
	const graph = childNamed(root, 'graph');
	if (!graph) throw new ExportFormatError('GEXF document without a <graph>');
	const nodeDeclarations = declared(graph, 'node');
	const edgeDeclarations = declared(graph, 'edge');

	const positions: Record<string, { x: number; y: number }> = {};
	const nodes: GraphNode[] = childrenNamed(childNamed(graph, 'nodes') ?? graph, 'node').map((element) => {
		const id = element.attributes.id ?? '';
		const where = `node "${id}"`;
		const node = { id, name: element.attributes.label ?? id, ...readAttvalues(element, nodeFields, nodeDeclarations, where) };
		const position = childNamed(element, 'position');
		if (position) {
			const { x = '', y = '' } = position.attributes;
			positions[id] = { x: fieldValue('double', x, `${where} x`) as number, y: 0 - (fieldValue('double', y, `${where} y`) as number) };
		}
		return validated(graphNodeSchema, { labels: 'kind' in node ? ['Entity', node.kind] : [], ...node }, where);
	});
	const edges: GraphEdge[] = childrenNamed(childNamed(graph, 'edges') ?? graph, 'edge').map((element) => {
		const { source = '', target = '' } = element.attributes;
		const type = element.attributes.kind ?? element.attributes.label ?? '';
		const id = element.attributes.id ?? edgeId(type, source, target);
		const where = `edge "${id}"`;
		return validated(graphEdgeSchema, { id, source, target, type, ...readAttvalues(element, edgeFields, edgeDeclarations, where) }, where);
	});
	const attribution = childNamed(childNamed(root, 'meta') ?? root, 'description')?.text;
	return {
		nodes,
		edges,
		...(Object.keys(positions).length > 0 ? { positions } : {}),
		...(attribution === undefined ? {} : { attribution })
	};
}
