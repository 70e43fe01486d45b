import { z } from 'zod';
import { edgeId, type GraphEdge, type GraphNode, type StoredProperties } from '$lib/domain/graph';
import {
	clusterKindSchema,
	linkStatusSchema,
	poleLabelStatusSchema,
	projectStatusSchema,
	relationshipTypeSchema,
	territoryPhaseSchema
} from '$lib/domain/model';
import { compact, kindedLabels, listOf, optionalNumber, optionalText, orAbsent, textList } from './values';

/**
 * Every stored property, where a row carries them (the whole-graph export does). Neo4j stores
 * no null and only lists of one type, so a property map holds stored values as it comes; anything
 * but a map reads as absent.
 */
const storedProperties = orAbsent(
	z.record(
		z.string(),
		z.custom<StoredProperties[string]>((value) => value !== null)
	)
);

/**
 * A node map as the explorer's GraphNode (`explore/list-nodes` and the statements that share its
 * projection): named by its id when it has no name; properties it lacks are left out. Fails
 * without an id or a known kind.
 */
export const graphNodeRow = z
	.object({
		id: z.string(),
		name: optionalText,
		labels: kindedLabels,
		description: optionalText,
		lat: optionalNumber,
		lon: optionalNumber,
		// A phase or status the model does not list is left out, like a missing one.
		phase: orAbsent(territoryPhaseSchema),
		status: orAbsent(projectStatusSchema),
		startYear: optionalNumber,
		endYear: optionalNumber,
		// A cluster kind or label status the model does not list is left out, like a missing one.
		clusterKind: orAbsent(clusterKindSchema),
		labelPhase: optionalText,
		labelStatus: orAbsent(poleLabelStatusSchema),
		degree: optionalNumber,
		fundingReceivedEur: optionalNumber,
		properties: storedProperties
	})
	.transform(({ id, name, labels, ...rest }): GraphNode =>
		compact({ id, name: name ?? id, kind: labels.kind, labels: labels.labels, ...rest })
	);

/**
 * An edge map (`type`, `source`, `target` and the relationship's properties) as a GraphEdge with
 * its stable id; links without citations get empty lists. Fails for a type the model does not know.
 */
export const graphEdgeRow = z
	.object({
		type: relationshipTypeSchema,
		source: z.string(),
		target: z.string(),
		role: optionalText,
		roleText: optionalText,
		title: optionalText,
		amountEur: optionalNumber,
		year: optionalNumber,
		programme: optionalText,
		since: optionalNumber,
		// A link status the model does not list reads as absent: the link counts as in effect.
		status: orAbsent(linkStatusSchema),
		sources: textList,
		evidence: textList,
		properties: storedProperties
	})
	.transform(({ type, source, target, ...rest }): GraphEdge =>
		compact({ id: edgeId(type, source, target), source, target, type, ...rest })
	);

/** A map as a GraphNode, or undefined when it is none (no id, no known kind): nodes of a query result may be anything. */
export function graphNodeOf(value: unknown): GraphNode | undefined {
	const parsed = graphNodeRow.safeParse(value);
	return parsed.success ? parsed.data : undefined;
}

/** A map as a GraphEdge, or undefined when it is none. */
export function graphEdgeOf(value: unknown): GraphEdge | undefined {
	const parsed = graphEdgeRow.safeParse(value);
	return parsed.success ? parsed.data : undefined;
}

/** `explore/list-nodes`: the entities asked for; one that is no drawable entity is left out. */
export const nodeRow = z.object({ node: orAbsent(graphNodeRow) }).transform((row) => row.node);

/** `explore/list-edges-among`: relationships of a type the model does not know are left out. */
export const edgeRow = z.object({ edge: orAbsent(graphEdgeRow) }).transform((row) => row.edge);

/** `explore/rank-neighbours`: the neighbours' ids, best first, and whether the cut dropped any. */
export const rankedNeighboursRow = z.object({ neighbours: textList, truncated: z.boolean(), unfollowed: textList });

/**
 * `explore/count-neighbours`: the neighbours by label set and the links by type; a label set
 * without a known kind, or a type the model does not know, is left out.
 */
export const neighbourCountsRow = z.object({
	byLabels: listOf(z.object({ labels: kindedLabels, count: z.number() })),
	byType: listOf(z.object({ type: relationshipTypeSchema, count: z.number() }))
});

/** `explore/find-paths`: whether each end exists, and each path as its node ids and its edges. */
export const pathsRow = z.object({
	fromFound: z.boolean(),
	toFound: z.boolean(),
	paths: z.array(z.object({ nodes: textList, edges: listOf(graphEdgeRow) }))
});

/** `export/list-entities-after`: the page goes on from the last id even when that node is no drawable entity. */
export const entityPageRow = z
	.object({ node: z.looseObject({ id: z.string() }) })
	.transform(({ node }) => ({ id: node.id, node: graphNodeOf(node) }));

/** `export/list-relationships-after`: the start entity, and its relationship (none for an entity without any). */
export const relationshipPageRow = z.object({ start: z.string(), edge: orAbsent(graphEdgeRow) });

/** `console/list-nodes-by-element-id`: an entity of a query result by its element id, as the explorer draws it. */
export const nodeByElementIdRow = z.object({ elementId: z.string(), node: orAbsent(graphNodeRow) });
