import { edgeId, graphEdgeSchema, graphNodeSchema, type GraphEdge, type GraphNode, type StoredProperties } from '$lib/domain/graph';
import type { ExportGraph, FieldType } from '$lib/export/export-graph';
import { ExportFormatError, fieldValue, fromStored, storedKey, validated } from './fields';
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

/**
 * GEXF declares a list as a string (its text is a JSON array): which keys are lists, the reader
 * is told — `labels` and what a view carries (`sources`, `evidence`) unless the caller says more.
 */
const viewLists = new Set(['labels', 'sources', 'evidence']);

/** Attributes the writer gives a fixed meaning; every other one is a stored property (lists are JSON text). */
const fixedNode = new Set(['type', 'labels', 'graphDegree', 'fundingReceivedEur', 'funder']);

/** An element's attribute values, typed, by title. */
function readAttvalues(
	element: XmlElement,
	declarations: Map<string, { title: string; type: FieldType }>,
	lists: ReadonlySet<string>,
	where: string
): Map<string, StoredProperties[string]> {
	const byTitle = new Map<string, StoredProperties[string]>();
	for (const value of childrenNamed(childNamed(element, 'attvalues') ?? element, 'attvalue')) {
		const declaration = declarations.get(value.attributes.for ?? '');
		if (!declaration) throw new ExportFormatError(`${where}: value for undeclared attribute "${value.attributes.for}"`);
		const text = value.attributes.value ?? '';
		const type = declaration.type === 'string' && lists.has(storedKey(declaration.title)) ? 'list' : declaration.type;
		byTitle.set(declaration.title, fieldValue(type, text, `${where} ${declaration.title}`));
	}
	return byTitle;
}

function storedValues(values: Map<string, StoredProperties[string]>, fixed: Set<string>): StoredProperties {
	return Object.fromEntries([...values].filter(([title]) => !fixed.has(title)).map(([title, value]) => [storedKey(title), value]));
}

/** Reads a GEXF document written by `toGEXF` (or saved by Gephi from one). */
export function parseGEXF(xml: string, options: { properties?: boolean; lists?: ReadonlySet<string> } = {}): ExportGraph {
	const lists = new Set([...viewLists, ...(options.lists ?? [])]);
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
		const name = element.attributes.label ?? id;
		const values = readAttvalues(element, nodeDeclarations, lists, where);
		const derived = Object.entries({
			kind: values.get('type'),
			labels: values.get('labels'),
			degree: values.get('graphDegree'),
			fundingReceivedEur: values.get('fundingReceivedEur')
		}).filter(([, value]) => value !== undefined);
		const node = {
			id,
			name,
			...Object.fromEntries(derived),
			...fromStored('nodes', storedValues(values, fixedNode), options.properties ? { id, name } : undefined)
		};
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
		const stored = storedValues(readAttvalues(element, edgeDeclarations, lists, where), new Set());
		const edge = { id, source, target, type, ...fromStored('edges', stored, options.properties ? {} : undefined) };
		return validated(graphEdgeSchema, edge, where);
	});
	const attribution = childNamed(childNamed(root, 'meta') ?? root, 'description')?.text;
	return {
		nodes,
		edges,
		...(Object.keys(positions).length > 0 ? { positions } : {}),
		...(attribution === undefined ? {} : { attribution })
	};
}
