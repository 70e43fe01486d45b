import type { Core, EdgeDefinition, ElementDefinition, NodeCollection, NodeSingular, Position } from 'cytoscape';
import type { GraphPayload } from '$lib/domain/graph';
import type { EntityKind, RelationshipType } from '$lib/domain/model';
import { edgeLabel, edgeWidth, type EdgeData, type EdgeLabeller } from '$lib/graph-view/elements';

/** How members hang off what groups them: members of a cluster, communes of an EPCI or territory, parts of a programme. */
const membership: { type: RelationshipType; memberIs: 'source' | 'target' }[] = [
	{ type: 'MEMBER_OF', memberIs: 'source' },
	{ type: 'PART_OF', memberIs: 'source' },
	{ type: 'IN', memberIs: 'source' },
	{ type: 'INCLUDES', memberIs: 'target' }
];

/** Id of the node that stands for the folded members of `anchor` (of one kind, for a large set folded on arrival). */
export function groupId(anchor: string, kind?: EntityKind): string {
	return kind ? `group:${anchor}:${kind}` : `group:${anchor}`;
}

/**
 * Members of one kind an expansion may bring in before they arrive folded: 707 communes of a
 * département drawn one by one hide everything else, while « 707 communes » says what is there.
 */
export const LARGE_SET = 50;

/** The members a payload brings to `anchor`, by kind, for the kinds that make a large set. */
export type LargeSets = ReadonlyMap<EntityKind, ReadonlySet<string>>;
/** Nothing folded: a set asked for in full. */
export const NO_LARGE_SETS: LargeSets = new Map();

/**
 * Read from the payload before it is drawn: which of `anchor`'s members arrive folded (more than
 * `LARGE_SET` of one kind), so that the view knows beforehand whether it will be large.
 */
export function largeSetsIn(payload: GraphPayload, anchor: string): LargeSets {
	const byKind = new Map<EntityKind, Set<string>>();
	const kindOf = new Map(payload.nodes.map((node) => [node.id, node.kind]));
	for (const edge of payload.edges) {
		const rule = membership.find(({ type }) => type === edge.type);
		if (!rule) continue;
		const [member, owner] = rule.memberIs === 'source' ? [edge.source, edge.target] : [edge.target, edge.source];
		const kind = kindOf.get(member);
		if (owner !== anchor || member === anchor || !kind) continue;
		byKind.set(kind, (byKind.get(kind) ?? new Set()).add(member));
	}
	return new Map([...byKind].filter(([, members]) => members.size > LARGE_SET));
}

/** What the payload adds once its large sets are folded. */
export function withoutLargeSets(payload: GraphPayload, sets: LargeSets): GraphPayload {
	const folded = new Set([...sets.values()].flatMap((members) => [...members]));
	if (folded.size === 0) return payload;
	return {
		...payload,
		nodes: payload.nodes.filter((node) => !folded.has(node.id)),
		edges: payload.edges.filter((edge) => !folded.has(edge.source) && !folded.has(edge.target))
	};
}

/** The members of a node in the view: what is a member of it, part of it, in it, or included by it. */
export function membersOf(cy: Core, anchor: string): NodeCollection {
	const node = cy.getElementById(anchor);
	let members = cy.collection();
	for (const { type, memberIs } of membership) {
		node.connectedEdges(`.type-${type}`).forEach((edge) => {
			const member = memberIs === 'source' ? edge.source() : edge.target();
			if (member.id() !== anchor && !member.hasClass('pinned')) members = members.union(member);
		});
	}
	return members.nodes();
}

/** Whether folding makes sense: at least two members to fold. */
export function canGroup(cy: Core, anchor: string): boolean {
	return cy.getElementById(groupId(anchor)).empty() && membersOf(cy, anchor).length >= 2;
}

export interface GroupData {
	id: string;
	label: string;
	kind: EntityKind;
	anchor: string;
	count: number;
	size: number;
	degree: number;
	funding: number;
	labels: string[];
	/** The folded members and every edge they had, to put back when the group reopens. */
	folded: ElementDefinition[];
}

/**
 * Folds the members of a node into one group node: the members and their edges leave the view
 * (kept in the group's data), the group links to the anchor and, by one dashed edge each, to
 * whatever else the members were linked to. `label` names the group ("12 communes"). With
 * `among` and `kind`, only those members of that kind are folded, into a group of their own.
 */
export function collapseMembers(
	cy: Core,
	anchor: string,
	words: { group: (count: number, kind: EntityKind) => string; edge?: EdgeLabeller },
	only?: { among: NodeCollection; kind: EntityKind }
): NodeSingular | undefined {
	const members = only
		? membersOf(cy, anchor)
				.intersection(only.among)
				.filter((member) => member.data('kind') === only.kind)
		: membersOf(cy, anchor);
	const id = groupId(anchor, only?.kind);
	if (members.length < 2 || cy.getElementById(id).nonempty()) return undefined;
	const kind = mostCommon(members.map((member) => member.data('kind') as EntityKind));
	const edges = members.connectedEdges();
	const folded = [...members.jsons(), ...edges.jsons()] as unknown as ElementDefinition[];
	const centre = members.boundingBox({});
	const links = new Map<string, { type: RelationshipType; count: number; out: boolean }>();
	edges.forEach((edge) => {
		const memberIsSource = members.contains(edge.source());
		const other = memberIsSource ? edge.target() : edge.source();
		if (members.contains(other)) return;
		const link = links.get(other.id()) ?? { type: edge.data('type'), count: 0, out: memberIsSource };
		link.count++;
		links.set(other.id(), link);
	});
	const group: GroupData = {
		id,
		label: words.group(members.length, kind),
		kind,
		anchor,
		count: members.length,
		size: 30 + Math.min(40, members.length * 2),
		degree: members.length,
		funding: 0,
		labels: ['Group'],
		folded
	};
	cy.batch(() => {
		members.remove();
		cy.add({
			group: 'nodes',
			data: group,
			classes: ['group', `kind-${kind}`],
			position: beside(cy.getElementById(anchor).position(), { x: (centre.x1 + centre.x2) / 2, y: (centre.y1 + centre.y2) / 2 })
		});
		cy.add([...links].map(([other, link]) => groupEdge(id, other, link, words.edge)));
	});
	return cy.getElementById(id);
}

/**
 * Folds each large set (`largeSetsIn`) into a group of its own, among the nodes the expansion of
 * `anchor` just `added`: members already in the view stay where they are. Returns the groups made.
 */
export function foldLargeSets(
	cy: Core,
	anchor: string,
	sets: LargeSets,
	added: NodeCollection,
	words: Parameters<typeof collapseMembers>[2]
): NodeSingular[] {
	return [...sets].flatMap(
		([kind, members]) => collapseMembers(cy, anchor, words, { among: added.filter((node) => members.has(node.id())), kind }) ?? []
	);
}

/** Opens a group: its members and their edges come back (edges to nodes removed meanwhile do not). */
export function expandGroup(cy: Core, id: string): NodeCollection {
	const group = cy.getElementById(id);
	if (group.empty() || !group.hasClass('group')) return cy.collection();
	const folded = group.data('folded') as ElementDefinition[];
	const nodes = folded.filter((element) => element.group === 'nodes');
	const ids = new Set(nodes.map((element) => element.data.id!));
	const present = (nodeId: string) => ids.has(nodeId) || cy.getElementById(nodeId).nonempty();
	const edges = (folded.filter((element) => element.group === 'edges') as EdgeDefinition[]).filter(
		(element) => present(element.data.source) && present(element.data.target) && cy.getElementById(element.data.id!).empty()
	);
	let restored = cy.collection();
	cy.batch(() => {
		group.remove();
		restored = cy.add([...nodes.filter((element) => cy.getElementById(element.data.id!).empty()), ...edges]);
	});
	return restored.nodes();
}

/** Ids of every member folded into a group: an expansion must not bring them back beside their group. */
export function foldedIds(cy: Core): Set<string> {
	const ids = new Set<string>();
	cy.nodes('.group').forEach((group) => {
		for (const element of group.data('folded') as ElementDefinition[]) if (element.group === 'nodes') ids.add(element.data.id!);
	});
	return ids;
}

function groupEdge(
	group: string,
	other: string,
	link: { type: RelationshipType; count: number; out: boolean },
	labeller?: EdgeLabeller
): EdgeDefinition {
	const [source, target] = link.out ? [group, other] : [other, group];
	const data: EdgeData & { count: number } = {
		id: `${link.type}:${source}->${target}`,
		source,
		target,
		type: link.type,
		label: edgeLabel(link.type, link.count, labeller),
		sources: [],
		evidence: [],
		width: Math.min(6, edgeWidth(link.type) + link.count / 2),
		count: link.count
	};
	return { group: 'edges', data, classes: ['group-edge', `type-${link.type}`] };
}

/** Where a group goes: where its members were, unless that is on its anchor (members around it), then beside. */
function beside(anchor: Position | undefined, centre: Position): Position {
	if (!anchor || Math.hypot(anchor.x - centre.x, anchor.y - centre.y) > 60) return centre;
	return { x: anchor.x + 110, y: anchor.y + 70 };
}

function mostCommon<T>(values: T[]): T {
	const counts = new Map<T, number>();
	for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}
