import { edgeId, graphEdgeSchema, graphNodeSchema, type GraphEdge, type GraphNode, type StoredProperties } from '$lib/domain/graph';
import type { ExportGraph, FieldType } from '$lib/export/export-graph';
import { ExportFormatError, fieldValue, fromStored, storedKey, validated } from './fields';
import { childNamed, childrenNamed, parseXml, type XmlElement } from './xml';

interface DeclaredKey {
	name: string;
	type: FieldType;
	default?: string;
}

/** GraphML has no list type: a list key is a string key whose description says « liste JSON ». */
function declaredType(type: string | undefined, description: string | undefined): FieldType {
	if (type === 'int' || type === 'long') return 'int';
	if (type === 'double' || type === 'float') return 'double';
	if (type === 'boolean') return 'boolean';
	return description?.includes('liste JSON') ? 'list' : 'string';
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

/** Keys the writer gives a fixed meaning; every other one is a stored property. */
const fixedNode = new Set(['label', 'type', 'labels', 'graphDegree', 'fundingReceivedEur', 'funder', 'r', 'g', 'b', 'x', 'y']);
const fixedEdge = new Set(['label', 'relationship']);

/**
 * Reads a GraphML document written by `toGraphML` (or edited in another tool that kept its keys).
 * `properties`: give every node and edge the `properties` of the whole-graph export.
 */
/** Reads a GraphML document written by `toGraphML` (or edited in another tool that kept its keys). */
export function parseGraphML(xml: string, options: { properties?: boolean } = {}): ExportGraph {
	const root = parseXml(xml);
	if (root.name !== 'graphml') throw new ExportFormatError('Not a GraphML document: the root element is not <graphml>');
	const graph = childNamed(root, 'graph');
	if (!graph) throw new ExportFormatError('GraphML document without a <graph>');
	const keys = { graph: new Map<string, DeclaredKey>(), node: new Map<string, DeclaredKey>(), edge: new Map<string, DeclaredKey>() };
	for (const key of childrenNamed(root, 'key')) {
		const scope = key.attributes.for ?? 'all';
		const declared: DeclaredKey = {
			name: key.attributes['attr.name'] ?? key.attributes.id,
			type: declaredType(key.attributes['attr.type'], childNamed(key, 'desc')?.text),
			default: childNamed(key, 'default')?.text
		};
		for (const target of ['graph', 'node', 'edge'] as const) {
			if (scope === target || scope === 'all') keys[target].set(key.attributes.id, declared);
		}
	}
	const typeOf = (scope: Map<string, DeclaredKey>, name: string) => [...scope.values()].find((key) => key.name === name)?.type ?? 'string';
	/** The values of the keys that are not in `fixed`, typed, by stored key. */
	const stored = (found: Map<string, string>, scope: Map<string, DeclaredKey>, fixed: Set<string>, where: string) => {
		const result: StoredProperties = {};
		for (const [name, text] of found)
			if (!fixed.has(name)) result[storedKey(name)] = fieldValue(typeOf(scope, name), text, `${where} ${name}`);
		return result;
	};
	const optional = (found: Map<string, string>, scope: Map<string, DeclaredKey>, name: string, where: string) => {
		const text = found.get(name);
		return text === undefined ? undefined : fieldValue(name === 'labels' ? 'list' : typeOf(scope, name), text, `${where} ${name}`);
	};

	const positions: Record<string, { x: number; y: number }> = {};
	const nodes: GraphNode[] = childrenNamed(graph, 'node').map((element) => {
		const id = element.attributes.id ?? '';
		const where = `node "${id}"`;
		const found = values(element, keys.node, where);
		const name = found.get('label') ?? id;
		const derived = Object.entries({
			kind: found.get('type'),
			labels: optional(found, keys.node, 'labels', where),
			degree: optional(found, keys.node, 'graphDegree', where),
			fundingReceivedEur: optional(found, keys.node, 'fundingReceivedEur', where)
		}).filter(([, value]) => value !== undefined);
		const node = {
			id,
			name,
			...Object.fromEntries(derived),
			...fromStored('nodes', stored(found, keys.node, fixedNode, where), options.properties ? { id, name } : undefined)
		};
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
			...fromStored('edges', stored(found, keys.edge, fixedEdge, where), options.properties ? {} : undefined)
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
