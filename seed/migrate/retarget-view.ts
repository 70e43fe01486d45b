/**
 * A saved explorer view names entities by id (`SavedView.state`, see domain/view.ts). When a
 * migration merges one entity into another, the views that showed the old one show the one it
 * became instead: same place in the list, its position kept unless the new one already had one.
 */

/** The JSON of a saved view as stored; only the fields that hold entity ids are read. */
type StoredState = Record<string, unknown>;

/**
 * The state with every merged id replaced by the id it was merged into (`merged`: old → new),
 * duplicates dropped; `changed` says whether anything was replaced.
 */
export function retargetViewState(state: StoredState, merged: ReadonlyMap<string, string>): { state: StoredState; changed: boolean } {
	let changed = false;
	const target = (id: string): string => {
		const next = merged.get(id);
		if (next === undefined) return id;
		changed = true;
		return next;
	};
	const ids = (value: unknown) =>
		Array.isArray(value) ? [...new Set(value.map((id) => (typeof id === 'string' ? target(id) : id)))] : value;
	const next: StoredState = { ...state, nodes: ids(state.nodes) };
	for (const field of ['pinned', 'hidden'] as const) if (state[field] !== undefined) next[field] = ids(state[field]);
	if (typeof state.focus === 'string') next.focus = target(state.focus);
	if (typeof state.selection === 'string') next.selection = retargetSelection(state.selection, target);
	if (isRecord(state.positions)) {
		const positions: Record<string, unknown> = {};
		// The new id's own position first: it was drawn there in this very view.
		for (const [id, at] of Object.entries(state.positions)) if (!merged.has(id)) positions[id] = at;
		for (const [id, at] of Object.entries(state.positions)) {
			const next = target(id);
			if (!(next in positions)) positions[next] = at;
		}
		next.positions = positions;
	}
	return { state: next, changed };
}

/** A selected node id, or an edge id `TYPE:source->target` with both ends retargeted. */
function retargetSelection(selection: string, target: (id: string) => string): string {
	const edge = /^([A-Z_]+):(.+)->(.+)$/.exec(selection);
	if (!edge) return target(selection);
	return `${edge[1]}:${target(edge[2])}->${target(edge[3])}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
