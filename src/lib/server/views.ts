import { randomBytes } from 'node:crypto';
import { savedViewSchema, type SavedView } from '$lib/domain/saved-view';
import type { ViewState } from '$lib/domain/view';
import type { Database } from '$lib/server/db/neo4j';
import { createdViewRow, savedViewRow, statement } from '$lib/server/db/rows';

const CREATE_SAVED_VIEW = statement('views/create-saved-view', createdViewRow);
const GET_SAVED_VIEW = statement('views/get-saved-view', savedViewRow);

/**
 * Saved explorer views. They are not facts of the graph: a :SavedView node holds the state a
 * link would carry, apart from the :Entity graph (no relationship, another label), append-only.
 * Saving one is therefore open to anyone, like sharing a `?vue=` link, but size-capped and
 * rate-limited per client; the administrator token guards writes to the graph itself.
 */

/** A random, url-safe, unguessable id: 128 bits in 22 base64url characters. */
export function newViewId(): string {
	return randomBytes(16).toString('base64url');
}

/** Stores a (validated) view state; returns its id and when it was saved. */
export async function saveView(database: Database, state: ViewState): Promise<{ id: string; createdAt: string }> {
	const [{ id, createdAt }] = await CREATE_SAVED_VIEW.write(database, { id: newViewId(), state: JSON.stringify(state) });
	return { id, createdAt };
}

/** The view saved under `id`, or null when there is none. */
export async function loadView(database: Database, id: string): Promise<SavedView | null> {
	const [row] = await GET_SAVED_VIEW.read(database, { id });
	if (!row) return null;
	// The state was validated when saved; checked again so that a hand-edited node cannot reach the page malformed.
	return savedViewSchema.parse({ id: row.id, createdAt: row.createdAt, state: JSON.parse(row.state) });
}
