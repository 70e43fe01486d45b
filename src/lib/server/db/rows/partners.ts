import { z } from 'zod';
import type { GraphEdge } from '$lib/domain/graph';
import { clusterKindSchema, type ClusterKind, type EntityKind } from '$lib/domain/model';
import { graphEdgeRow } from './graph';
import { compact, entityName, filledText, kindedLabels, listOf, optionalNumber, optionalText, orAbsent, textList } from './values';

/**
 * The rows of the partner finder's statements (`cypher/partners/`), read as the facts its ranking
 * is computed from. A fact that cannot be used (no id, no known kind) is left out and a malformed
 * citation link reads as absent: one odd node never stops a ranking.
 */

/** A fact and the relationship of the graph that states it (absent when the entity is the place). */
export interface Stated {
	id: string;
	edge?: GraphEdge;
}

/** A place a project is tied to, and whether the project was only replicated there. */
export interface ProjectPlaceFact extends Stated {
	replicated: boolean;
}

export interface Funding {
	funder: string;
	amountEur?: number;
}

export interface ProjectFact {
	id: string;
	name: string;
	status?: string;
	/** `lead`, `pilot`, `partner`… or `host` for a project that is part of the candidate. */
	role?: string;
	edge?: GraphEdge;
	themes: Stated[];
	funding: Funding[];
	places: ProjectPlaceFact[];
}

export const anchorVias = ['located', 'territory', 'self'] as const;
export type AnchorVia = (typeof anchorVias)[number];

export interface AnchorFact {
	place: string;
	via: AnchorVia;
	edge?: GraphEdge;
}

/** A structure the entity belongs to, animates or is part of (MEMBER_OF, ANIMATES, PART_OF). */
export interface AffiliationFact {
	id: string;
	name: string;
	kind: EntityKind;
	edge?: GraphEdge;
	themes: Stated[];
	places: Stated[];
}

/** `cypher/partners/list-facts`: an entity, its themes, projects, anchors and funding. */
export interface EntityFacts {
	id: string;
	name: string;
	kind: EntityKind;
	/** A cluster's controlled kind (`clusterKinds`). */
	clusterKind?: ClusterKind;
	labels: string[];
	sources: string[];
	themes: Stated[];
	projects: ProjectFact[];
	anchors: AnchorFact[];
	affiliations: AffiliationFact[];
	funding: Funding[];
}

/** `cypher/partners/list-place-units`: a place, its centroid and every unit it lies in or covers. */
export interface PlaceUnits {
	id: string;
	name: string;
	kind: EntityKind;
	phase?: string;
	lat?: number;
	lon?: number;
	units: { id: string; name: string; kind: EntityKind }[];
}

/** A neighbour "who we are" and a candidate share, with the two links and its number of curated links. */
export interface CommonNeighbour {
	id: string;
	name: string;
	kind: EntityKind;
	degree: number;
	links: GraphEdge[];
}

/** `cypher/partners/list-partners`: an actor that already works with "who we are". */
export interface PartnerFact {
	id: string;
	name: string;
	kind: EntityKind;
	links: GraphEdge[];
}

const citedBy = orAbsent(graphEdgeRow);

const statedTheme = z.object({ theme: z.string(), edge: citedBy }).transform(({ theme, edge }): Stated => compact({ id: theme, edge }));
const statedPlace = z.object({ place: z.string(), edge: citedBy }).transform(({ place, edge }): Stated => compact({ id: place, edge }));
const projectPlace = z
	.object({ place: z.string(), replicated: z.boolean().catch(false), edge: citedBy })
	.transform(({ place, replicated, edge }): ProjectPlaceFact => compact({ id: place, replicated, edge }));
const funding = z.object({ funder: z.string(), amountEur: optionalNumber }).transform((fact): Funding => compact(fact));

const projectFact = z
	.object({
		project: z.object({ id: z.string(), name: optionalText, status: filledText }),
		role: filledText,
		edge: citedBy,
		themes: listOf(statedTheme),
		funding: listOf(funding),
		places: listOf(projectPlace)
	})
	.transform(({ project, role, edge, themes, funding, places }): ProjectFact =>
		compact({ id: project.id, name: project.name ?? project.id, status: project.status, role, edge, themes, funding, places })
	);

const anchorFact = z
	.object({ place: z.string(), via: z.enum(anchorVias), edge: citedBy })
	.transform((anchor): AnchorFact => compact(anchor));

const affiliationFact = z
	.object({ structure: entityName, edge: citedBy, themes: listOf(statedTheme), places: listOf(statedPlace) })
	.transform(({ structure, edge, themes, places }): AffiliationFact => compact({ ...structure, edge, themes, places }));

/** `partners/list-facts`: an entity's facts; left out without an id or a known kind. */
export const entityFactsRow = z
	.object({
		facts: orAbsent(
			z
				.object({
					id: z.string(),
					name: optionalText,
					labels: kindedLabels,
					clusterKind: clusterKindSchema.optional().catch(undefined),
					sources: textList,
					themes: listOf(statedTheme),
					projects: listOf(projectFact),
					anchors: listOf(anchorFact),
					affiliations: listOf(affiliationFact),
					funding: listOf(funding)
				})
				.transform(({ id, name, labels, clusterKind, ...facts }): EntityFacts =>
					compact({
						id,
						name: name ?? id,
						kind: labels.kind,
						clusterKind,
						labels: labels.labels,
						...facts
					})
				)
		)
	})
	.transform((row) => row.facts);

/** `partners/list-place-units`: a place and its units; left out when it is no place of a known kind. */
export const placeUnitsRow = z
	.object({
		place: orAbsent(
			z
				.object({
					id: z.string(),
					name: optionalText,
					labels: kindedLabels,
					phase: filledText,
					lat: optionalNumber,
					lon: optionalNumber,
					units: listOf(entityName)
				})
				.transform(({ id, name, labels, phase, lat, lon, units }): PlaceUnits =>
					// A centroid counts only whole: half of one would place the place on the equator.
					compact({
						id,
						name: name ?? id,
						kind: labels.kind,
						phase,
						...(lat !== undefined && lon !== undefined ? { lat, lon } : {}),
						units
					})
				)
		)
	})
	.transform((row) => row.place);

/** A path whose edges do not chain its nodes (a link left out as malformed) cannot be told as a path. */
const networkPath = z
	.object({ id: z.string(), nodes: textList, edges: listOf(graphEdgeRow) })
	.refine((path) => path.nodes.length > 1 && path.edges.length === path.nodes.length - 1, 'the edges do not chain the nodes');

const commonNeighbour = z
	.object({ id: z.string(), name: optionalText, labels: kindedLabels, degree: z.number().catch(1), links: listOf(graphEdgeRow) })
	.transform(({ id, name, labels, degree, links }): CommonNeighbour => ({ id, name: name ?? id, kind: labels.kind, degree, links }));

/** `partners/measure-network`: one row of every candidate's shortest path and common neighbours. */
export const networkRow = z.object({
	paths: listOf(networkPath),
	common: listOf(z.object({ id: z.string(), common: commonNeighbour }))
});
export type NetworkRow = z.output<typeof networkRow>;

/** `partners/list-partners`: an actor already working with "who we are"; left out without a known kind. */
export const partnerRow = z
	.object({ partner: orAbsent(entityName), links: listOf(graphEdgeRow) })
	.transform(({ partner, links }): PartnerFact | undefined => (partner ? { ...partner, links } : undefined));

/** `partners/list-candidates`: the id of an actor worth scoring. */
export const candidateRow = z.object({ id: orAbsent(z.string()) }).transform((row) => row.id);

/** `partners/list-themes`: a theme of the vocabulary with its names, synonyms, broader themes and how often it is addressed. */
export const vocabularyThemeRow = z
	.object({
		theme: orAbsent(
			z
				.object({
					id: z.string(),
					name: optionalText,
					nameEn: filledText,
					synonyms: textList,
					broader: textList,
					addressedBy: optionalNumber
				})
				.transform(({ id, name, ...rest }) => compact({ id, name: name ?? id, ...rest }))
		)
	})
	.transform((row) => row.theme);

/** `partners/list-places`: a région, département, EPCI or territory with its names. */
export const placeNameRow = z
	.object({
		place: orAbsent(
			z
				.object({ id: z.string(), name: optionalText, aliases: textList, labels: textList, kind: filledText, phase: filledText })
				.transform(({ id, name, ...rest }) => compact({ id, name: name ?? id, ...rest }))
		)
	})
	.transform((row) => row.place);

/** `partners/find-communes`: a commune with its population and the ids of its département and région. */
export const communeNameRow = z
	.object({
		commune: orAbsent(
			z
				.object({ id: z.string(), name: optionalText, units: textList, population: optionalNumber })
				.transform(({ id, name, units, population }) => compact({ id, name: name ?? id, units, population }))
		)
	})
	.transform((row) => row.commune);

/** An actor found by the words of a request: its own description, or a project's it took part in. */
export interface DescribedFact {
	id: string;
	/** The entity whose description matched: the actor itself or its project. */
	described: { id: string; name: string };
	description: string;
	/** Lucene's relevance: only comparable within one request. */
	score: number;
}

/** `partners/list-described`: an actor and its best-matching description; left out without one. */
export const describedRow = z
	.object({
		id: orAbsent(z.string()),
		describedId: orAbsent(z.string()),
		describedName: optionalText,
		description: optionalText,
		score: z.number().catch(0)
	})
	.transform(({ id, describedId, describedName, description, score }): DescribedFact | undefined =>
		id && describedId && description
			? { id, described: { id: describedId, name: describedName ?? describedId }, description, score }
			: undefined
	);
