import type { GraphEdge } from '$lib/domain/graph';
import { kindOf, type EntityKind } from '$lib/domain/model';
import type { Row } from '$lib/server/db/neo4j';
import { edgeOf, numberOf, record, records, stringOf, strings, type PlainRecord } from './values';

/** The facts the ranking is computed from, as typed records read from the partner queries' rows. */

/** A fact and the relationship of the graph that states it (absent when the entity is the place). */
export interface Stated<T extends string = string> {
	id: T;
	edge?: GraphEdge;
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
	places: Stated[];
}

export type AnchorVia = 'located' | 'territory' | 'self';

/** A structure the entity belongs to, animates or is part of (MEMBER_OF, ANIMATES, PART_OF). */
export interface AffiliationFact {
	id: string;
	name: string;
	kind: EntityKind;
	edge?: GraphEdge;
	themes: Stated[];
	places: Stated[];
}

export interface AnchorFact {
	place: string;
	via: AnchorVia;
	edge?: GraphEdge;
}

/** `cypher/partners/list-facts`: an entity, its themes, projects, anchors and funding. */
export interface EntityFacts {
	id: string;
	name: string;
	kind: EntityKind;
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

/** `cypher/partners/measure-network`: how a candidate reaches "who we are". */
export interface NetworkFact {
	id: string;
	path?: { nodes: string[]; edges: GraphEdge[] };
	common: { id: string; name: string; kind: EntityKind; degree: number; links: GraphEdge[] }[];
}

/** `cypher/partners/list-partners`: an actor that already works with "who we are". */
export interface PartnerFact {
	id: string;
	name: string;
	kind: EntityKind;
	links: GraphEdge[];
}

/** `cypher/partners/list-funders`: a supporter of a project, and the link that says so. */
export interface SupportFact {
	supporter: { id: string; name: string; kind: EntityKind; labels: string[] };
	project: { id: string; name: string; themes: string[]; places: string[] };
	edge: GraphEdge;
}

const anchorVias = new Set<AnchorVia>(['located', 'territory', 'self']);

function stated(value: PlainRecord, key: string): Stated {
	const edge = edgeOf(value.edge);
	return { id: stringOf(value[key]) ?? '', ...(edge ? { edge } : {}) };
}

function funding(value: PlainRecord): Funding {
	const amountEur = numberOf(value.amountEur);
	return { funder: stringOf(value.funder) ?? '', ...(amountEur !== undefined ? { amountEur } : {}) };
}

function kindIn(labels: string[]): EntityKind | undefined {
	return kindOf(labels);
}

export function readFacts(row: Row): EntityFacts | undefined {
	const facts = record(row.facts);
	const labels = strings(facts.labels);
	const kind = kindIn(labels);
	const id = stringOf(facts.id);
	if (!kind || !id) return undefined;
	return {
		id,
		name: stringOf(facts.name) ?? id,
		kind,
		labels,
		sources: strings(facts.sources),
		themes: records(facts.themes).map((theme) => stated(theme, 'theme')),
		projects: records(facts.projects).map((entry) => {
			const project = record(entry.project);
			const edge = edgeOf(entry.edge);
			const role = stringOf(entry.role);
			const status = stringOf(project.status);
			return {
				id: stringOf(project.id) ?? '',
				name: stringOf(project.name) ?? '',
				...(status ? { status } : {}),
				...(role ? { role } : {}),
				...(edge ? { edge } : {}),
				themes: records(entry.themes).map((theme) => stated(theme, 'theme')),
				funding: records(entry.funding).map(funding),
				places: records(entry.places).map((place) => stated(place, 'place'))
			};
		}),
		anchors: records(facts.anchors).flatMap((anchor) => {
			const via = stringOf(anchor.via) as AnchorVia | undefined;
			const place = stringOf(anchor.place);
			if (!via || !anchorVias.has(via) || !place) return [];
			const edge = edgeOf(anchor.edge);
			return [{ place, via, ...(edge ? { edge } : {}) }];
		}),
		affiliations: records(facts.affiliations).flatMap((entry) => {
			const structure = record(entry.structure);
			const structureKind = kindIn(strings(structure.labels));
			const structureId = stringOf(structure.id);
			if (!structureKind || !structureId) return [];
			const edge = edgeOf(entry.edge);
			return [
				{
					id: structureId,
					name: stringOf(structure.name) ?? structureId,
					kind: structureKind,
					...(edge ? { edge } : {}),
					themes: records(entry.themes).map((theme) => stated(theme, 'theme')),
					places: records(entry.places).map((place) => stated(place, 'place'))
				}
			];
		}),
		funding: records(facts.funding).map(funding)
	};
}

export function readPlace(row: Row): PlaceUnits | undefined {
	const place = record(row.place);
	const kind = kindIn(strings(place.labels));
	const id = stringOf(place.id);
	if (!kind || !id) return undefined;
	const lat = numberOf(place.lat);
	const lon = numberOf(place.lon);
	const phase = stringOf(place.phase);
	return {
		id,
		name: stringOf(place.name) ?? id,
		kind,
		...(phase ? { phase } : {}),
		...(lat !== undefined && lon !== undefined ? { lat, lon } : {}),
		units: records(place.units).flatMap((unit) => {
			const unitKind = kindIn(strings(unit.labels));
			const unitId = stringOf(unit.id);
			return unitKind && unitId ? [{ id: unitId, name: stringOf(unit.name) ?? unitId, kind: unitKind }] : [];
		})
	};
}

/** The one row of `measure-network`, as each candidate's path and common neighbours. */
export function readNetwork(row: Row | undefined): Map<string, NetworkFact> {
	const networks = new Map<string, NetworkFact>();
	const of = (id: string) => networks.get(id) ?? networks.set(id, { id, common: [] }).get(id)!;
	for (const path of records(row?.paths)) {
		const id = stringOf(path.id);
		const nodes = strings(path.nodes);
		const edges = records(path.edges).flatMap((edge) => edgeOf(edge) ?? []);
		if (id && nodes.length > 1 && edges.length === nodes.length - 1) of(id).path = { nodes, edges };
	}
	for (const entry of records(row?.common)) {
		const id = stringOf(entry.id);
		const common = record(entry.common);
		const kind = kindIn(strings(common.labels));
		const commonId = stringOf(common.id);
		if (!id || !kind || !commonId) continue;
		of(id).common.push({
			id: commonId,
			name: stringOf(common.name) ?? commonId,
			kind,
			degree: numberOf(common.degree) ?? 1,
			links: records(common.links).flatMap((edge) => edgeOf(edge) ?? [])
		});
	}
	return networks;
}

export function readPartner(row: Row): PartnerFact | undefined {
	const partner = record(row.partner);
	const kind = kindIn(strings(partner.labels));
	const id = stringOf(partner.id);
	if (!kind || !id) return undefined;
	return { id, name: stringOf(partner.name) ?? id, kind, links: records(row.links).flatMap((edge) => edgeOf(edge) ?? []) };
}

export function readSupport(row: Row): SupportFact | undefined {
	const supporter = record(row.supporter);
	const project = record(row.project);
	const labels = strings(supporter.labels);
	const kind = kindIn(labels);
	const edge = edgeOf(row.edge);
	const supporterId = stringOf(supporter.id);
	const projectId = stringOf(project.id);
	if (!kind || !edge || !supporterId || !projectId) return undefined;
	return {
		supporter: { id: supporterId, name: stringOf(supporter.name) ?? supporterId, kind, labels },
		project: { id: projectId, name: stringOf(project.name) ?? projectId, themes: strings(project.themes), places: strings(project.places) },
		edge
	};
}
