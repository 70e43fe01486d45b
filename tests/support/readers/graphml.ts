import { edgeId, graphEdgeSchema, graphNodeSchema, type GraphEdge, type GraphNode } from '$lib/domain/graph';
import { edgeFields, nodeFields, type ExportGraph, type FieldType } from '$lib/export/export-graph';
import { ExportFormatError, fieldValue, validated } from './fields';
import { childNamed, childrenNamed, parseXml, type XmlElement } from './xml';

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
