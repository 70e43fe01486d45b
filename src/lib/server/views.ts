import { randomBytes } from 'node:crypto';
import { savedViewSchema, type SavedView } from '$lib/domain/saved-view';
import type { ViewState } from '$lib/domain/view';
import type { Database } from '$lib/server/db/neo4j';
import { createdViewRow, deletedViewsRow, savedViewRow, statement } from '$lib/server/db/rows';

const CREATE_SAVED_VIEW = statement('views/create-saved-view', createdViewRow);
const GET_SAVED_VIEW = statement('views/get-saved-view', savedViewRow);
const DELETE_SAVED_VIEW = statement('views/delete-saved-view', deletedViewsRow);
const DELETE_EXPIRED_VIEWS = statement('views/delete-expired-views', deletedViewsRow);

/** How long an anonymous view is kept: 90 days, long enough for a link shared in a report's draft. */
export const ANONYMOUS_VIEW_DAYS = 90;

/**
 * Saved explorer views. They are not facts of the graph: a :SavedView node holds the state a
 * link would carry, apart from the :Entity graph (no relationship, another label), append-only.
 * Saving one is therefore open to anyone, like sharing a `?vue=` link, but size-capped and
 * rate-limited per client. A view saved by a signed-in person belongs to them (they, or a curator,
 * may delete it); an anonymous one is forgotten after ANONYMOUS_VIEW_DAYS.
 */

/** A random, url-safe, unguessable id: 128 bits in 22 base64url characters. */
export function newViewId(): string {
	return randomBytes(16).toString('base64url');
}

/** Stores a (validated) view state, owned by `ownerId` or anonymous; returns its id and when it was saved. */
export async function saveView(
	database: Database,
	state: ViewState,
	ownerId: string | null = null,
	now = new Date()
): Promise<{ id: string; createdAt: string }> {
	const expiresAt = ownerId ? null : new Date(now.getTime() + ANONYMOUS_VIEW_DAYS * 86_400_000).toISOString();
	const [{ id, createdAt }] = await CREATE_SAVED_VIEW.write(database, {
		id: newViewId(),
		state: JSON.stringify(state),
		ownerId,
		expiresAt
	});
	return { id, createdAt };
}

/** Who saved a view: an account id, null when anonymous, undefined when there is no such view. */
export async function viewOwner(database: Database, id: string, now = new Date()): Promise<string | null | undefined> {
	const [row] = await GET_SAVED_VIEW.read(database, { id, now: now.toISOString(), days: ANONYMOUS_VIEW_DAYS });
	return row ? (row.ownerId ?? null) : undefined;
}

/** Deletes a view; false when there was none. */
export async function deleteView(database: Database, id: string): Promise<boolean> {
	const [row] = await DELETE_SAVED_VIEW.write(database, { id });
	return (row?.deleted ?? 0) > 0;
}

/** Forgets the anonymous views past their expiry; returns how many. */
export async function forgetExpiredViews(database: Database, now = new Date()): Promise<number> {
	const [row] = await DELETE_EXPIRED_VIEWS.write(database, { now: now.toISOString(), days: ANONYMOUS_VIEW_DAYS });
	return row?.deleted ?? 0;
}

/** The view saved under `id`, or null when there is none. */
export async function loadView(database: Database, id: string, now = new Date()): Promise<SavedView | null> {
	const [row] = await GET_SAVED_VIEW.read(database, { id, now: now.toISOString(), days: ANONYMOUS_VIEW_DAYS });
	if (!row) return null;
	// The state was validated when saved; checked again so that a hand-edited node cannot reach the page malformed.
	return savedViewSchema.parse({ id: row.id, createdAt: row.createdAt, state: JSON.parse(row.state) });
}
