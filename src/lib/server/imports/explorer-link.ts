import { savedViewHref } from '$lib/domain/saved-view';
import { encodeViewState, VIEW_PARAMETER, type ViewState } from '$lib/domain/view';
import type { Database } from '$lib/server/db/neo4j';
import { saveView } from '$lib/server/views';
import type { ImportJob } from './jobs';

/**
 * The explorer, on the map, showing what an applied import brought: the cluster, the organisations
 * of its rows and the communes they are in (an organisation is drawn at its commune). A short view
 * travels in the link; a long one is saved, as the explorer's own « Partager » does.
 */

/** Longest view carried in the link itself (as the explorer's sharing does). */
const INLINE_BUDGET = 4_000;
/** The map stays readable, and the link short enough, with this many nodes at most. */
const MAX_NODES = 600;

export async function explorerLinkOf(database: Database, job: ImportJob): Promise<string | null> {
	const preview = job.preview;
	if (!preview || !job.changeset) return null;
	const organisations = [
		...preview.plan.created,
		...preview.plan.matched,
		...preview.plan.projectsCreated,
		...preview.plan.projectsMatched
	];
	const communes = preview.rows.flatMap((row) => (row.status === 'ready' && row.place ? [row.place.communeId] : []));
	const nodes = [...new Set([...(job.options.clusterId ? [job.options.clusterId] : []), ...organisations, ...communes])].slice(
		0,
		MAX_NODES
	);
	if (nodes.length === 0) return null;
	const state: ViewState = {
		v: 1,
		nodes,
		layout: 'geographic',
		sizeBy: 'degree',
		filters: { mode: 'fade' },
		...(job.options.clusterId ? { focus: job.options.clusterId, selection: job.options.clusterId } : {})
	};
	const text = await encodeViewState(state);
	if (text.length <= INLINE_BUDGET) return `/explorer?${new URLSearchParams({ [VIEW_PARAMETER]: text })}`;
	const { id } = await saveView(database, state, job.ownerId);
	return savedViewHref(id);
}
