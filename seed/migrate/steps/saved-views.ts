import { cypher } from '$lib/server/db/cypher';
import type { StatementRunner } from '$lib/server/db/neo4j';
import { retargetViewState } from '../retarget-view';

const LIST_SAVED_VIEWS = cypher('migrate/list-saved-views');
const UPDATE_SAVED_VIEW = cypher('migrate/update-saved-view-state');

/**
 * Saved explorer views are the only place besides the graph that stores entity ids: after
 * entities were merged (`merged`: old id → new id), each view that named an old one is
 * rewritten to name the new one. A state that is not JSON is left as it is. Returns how many
 * views changed.
 */
export async function retargetSavedViews(transaction: StatementRunner, merged: ReadonlyMap<string, string>): Promise<number> {
	if (merged.size === 0) return 0;
	let changedViews = 0;
	for (const view of await transaction.run(LIST_SAVED_VIEWS)) {
		let stored: unknown;
		try {
			stored = JSON.parse(String(view.state));
		} catch {
			continue;
		}
		if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) continue;
		const { state, changed } = retargetViewState(stored as Record<string, unknown>, merged);
		if (!changed) continue;
		await transaction.run(UPDATE_SAVED_VIEW, { id: view.id, state: JSON.stringify(state) });
		changedViews += 1;
	}
	return changedViews;
}
