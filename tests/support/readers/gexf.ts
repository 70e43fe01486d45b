import { edgeId, graphEdgeSchema, graphNodeSchema, type GraphEdge, type GraphNode } from '$lib/domain/graph';
import { edgeFields, nodeFields, type ExportGraph, type Field, type FieldType } from '$lib/export/export-graph';
import { ExportFormatError, fieldValue, validated } from './fields';
import { childNamed, childrenNamed, localName, parseXml, type XmlElement } from './xml';

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
