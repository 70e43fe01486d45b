import type { GraphEdge } from '$lib/domain/graph';
import type { CommonNeighbour, NetworkRow } from '$lib/server/db/rows';

/**
 * The facts the ranking is computed from. They are the parsed rows of the partner statements
 * (`$lib/server/db/rows`), re-exported here under the names the finder's modules use.
 */
export type {
	AffiliationFact,
	AnchorFact,
	AnchorVia,
	DescribedFact,
	EntityFacts,
	Funding,
	PartnerFact,
	PlaceUnits,
	ProjectFact,
	ProjectSupporter,
	Stated,
	SupportedProject,
	SupportFact
} from '$lib/server/db/rows';

/** How a candidate reaches "who we are": its shortest path of curated links, and the neighbours both have. */
export interface NetworkFact {
	id: string;
	path?: { nodes: string[]; edges: GraphEdge[] };
	common: CommonNeighbour[];
}

/** The one row of `measure-network` (none without "who we are"), as each candidate's network fact. */
export function networksOf(row: NetworkRow | undefined): Map<string, NetworkFact> {
	const networks = new Map<string, NetworkFact>();
	const of = (id: string) => networks.get(id) ?? networks.set(id, { id, common: [] }).get(id)!;
	for (const { id, nodes, edges } of row?.paths ?? []) of(id).path = { nodes, edges };
	for (const { id, common } of row?.common ?? []) of(id).common.push(common);
	return networks;
}
