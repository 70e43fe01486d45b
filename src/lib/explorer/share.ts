import { savedViewHref } from '$lib/domain/saved-view';
import { encodeViewState, VIEW_PARAMETER, type ViewState } from '$lib/domain/view';

/**
 * Longest `?vue=` text a shared link carries. Past it the view is saved on the server and the
 * link names it (`?vue-id=<id>`): a link of a few KB survives mail clients and chats, while a
 * thousand-node view would make a link that Node refuses (431, past 16 KB of headers).
 */
export const INLINE_VIEW_BUDGET = 4_000;

/** A shareable link: the whole view in the URL (`inline`), or the id of a view saved on the server (`saved`). */
export interface SharedLink {
	href: string;
	kind: 'inline' | 'saved';
}

/**
 * The link that reopens `state`, positions included: inline while the encoded view fits in
 * `budget` characters, else saved through `save` (POST /api/views), which gives the id.
 */
export async function shareLink(
	state: ViewState,
	{ origin, save, budget = INLINE_VIEW_BUDGET }: { origin: string; save: (state: ViewState) => Promise<{ id: string }>; budget?: number }
): Promise<SharedLink> {
	const text = await encodeViewState(state);
	if (text.length <= budget) {
		const url = new URL('/explorer', origin);
		url.searchParams.set(VIEW_PARAMETER, text);
		return { href: url.href, kind: 'inline' };
	}
	const { id } = await save(state);
	return { href: new URL(savedViewHref(id), origin).href, kind: 'saved' };
}
