import type { GraphEdge, GraphNode } from '$lib/domain/graph';
import * as explore from '$lib/server/explore';
import type { AffiliationFact, NetworkFact, ProjectFact } from './facts';
import type { GeographyMatch } from './geography';
import type { RequestedThemeMatch } from './themes';

/**
 * The small graph behind a suggestion: the relationships its reasons rest on (the project and
 * its themes, the place, the path to "who we are"), in the graph API's shape, so that the page
 * draws it with the explorer's visual language and the explorer can open it.
 */

/** Most relationships one evidence graph shows: enough to read, few enough to draw small. */
export const EVIDENCE_EDGES = 14;

export interface EvidenceParts {
	candidate: string;
	themeMatches: readonly RequestedThemeMatch[];
	projects: ReadonlyMap<string, ProjectFact>;
	structures: ReadonlyMap<string, AffiliationFact>;
	/** The candidate's own ADDRESSES edges, by theme id. */
	ownThemeEdges: ReadonlyMap<string, GraphEdge>;
	geography: GeographyMatch | null;
	/** Where the projects took place, as the reasons say it (the place of the project a theme sentence names). */
	projectPlaces?: ReadonlyMap<string, { place: { id: string } }>;
	network?: NetworkFact;
	/** For "déjà partenaires": the links with "who we are". */
	partnerLinks?: readonly GraphEdge[];
}

/** The relationships of a suggestion's evidence, most telling first, each once. */
export function evidenceEdges(parts: EvidenceParts): GraphEdge[] {
	const edges: GraphEdge[] = [...(parts.partnerLinks ?? [])];
	for (const match of [...parts.themeMatches].sort((a, b) => b.credit - a.credit)) {
		const projectId = match.offered.project;
		const structureId = match.offered.structure;
		if (projectId) {
			const project = parts.projects.get(projectId);
			if (project?.edge) edges.push(project.edge);
			const about = project?.themes.find((theme) => theme.id === match.offered.theme)?.edge;
			if (about) edges.push(about);
			const where = parts.projectPlaces?.get(projectId);
			const placed = where && project?.places.find((place) => place.id === where.place.id)?.edge;
			if (placed) edges.push(placed);
		} else if (structureId) {
			const structure = parts.structures.get(structureId);
			if (structure?.edge) edges.push(structure.edge);
			const about = structure?.themes.find((theme) => theme.id === match.offered.theme)?.edge;
			if (about) edges.push(about);
		} else {
			const own = parts.ownThemeEdges.get(match.offered.theme);
			if (own) edges.push(own);
		}
	}
	const anchor = parts.geography?.anchor;
	if (anchor?.via === 'project' && anchor.project) {
		const project = parts.projects.get(anchor.project);
		if (project?.edge) edges.push(project.edge);
		const where = project?.places.find((place) => place.id === anchor.place.id)?.edge;
		if (where) edges.push(where);
	} else if (anchor?.via === 'structure' && anchor.structure) {
		const structure = parts.structures.get(anchor.structure);
		if (structure?.edge) edges.push(structure.edge);
		if (anchor.edge) edges.push(anchor.edge);
	} else if (anchor?.edge) edges.push(anchor.edge);
	if (parts.network?.path) edges.push(...parts.network.path.edges);
	for (const common of parts.network?.common ?? []) edges.push(...common.links);
	return explore.mergeEdges(edges).slice(0, EVIDENCE_EDGES);
}

/** The evidence as nodes and edges: the candidate first, then the others in the order the edges name them. */
export function evidenceGraph(candidate: string, edges: readonly GraphEdge[], nodes: ReadonlyMap<string, GraphNode>) {
	const ids = [candidate, ...edges.flatMap((edge) => [edge.source, edge.target])];
	const drawn = explore.orderNodes(
		ids.flatMap((id) => nodes.get(id) ?? []),
		ids
	);
	const present = new Set(drawn.map((node) => node.id));
	return { nodes: drawn, edges: edges.filter((edge) => present.has(edge.source) && present.has(edge.target)) };
}

/** The citations behind the evidence and the candidate itself, each once. */
export function evidenceSources(candidateSources: readonly string[], edges: readonly GraphEdge[]): string[] {
	return [...new Set([...edges.flatMap((edge) => edge.sources), ...candidateSources])];
}
