import { ApiError, type Fetch } from '$lib/client/http';
import { SAVED_VIEW_PARAMETER } from '$lib/domain/saved-view';
import { InvalidViewStateError, viewStateFromUrl, type ViewState } from '$lib/domain/view';
import type { Translate } from '$lib/i18n/translator';
import { fetchSavedView } from './api';

/** The query parameter of a link that starts from one entity and its neighbourhood. */
export const ENTITY_PARAMETER = 'id';

/** What opening a link acts on: the `Explorer` is one. */
export interface LinkTarget {
	restoreView(state: ViewState): Promise<void>;
	graph: { add(id: string, options: { expand: boolean }): Promise<void> };
	notices: { fail(text: string): void };
}

/**
 * Opens what an explorer link asks for: `?vue=…` a view the link carries, `?vue-id=…` a view
 * saved on the server (too large for a link), `?id=<entity>` that entity and its neighbourhood.
 * A link that cannot be opened says why, in an error notice.
 */
export async function openFromUrl(url: URL, target: LinkTarget, { fetcher, t }: { fetcher: Fetch; t: Translate }): Promise<void> {
	try {
		const state = await viewStateFromUrl(url);
		if (state) return await target.restoreView(state);
	} catch (failure) {
		const field = failure instanceof InvalidViewStateError ? failure.field : null;
		target.notices.fail(field ? t('explorer.error.badLinkField', { field }) : t('explorer.error.badLink'));
		return;
	}
	const savedId = url.searchParams.get(SAVED_VIEW_PARAMETER);
	if (savedId) {
		try {
			return await target.restoreView((await fetchSavedView(fetcher, savedId)).state);
		} catch (failure) {
			const missing = failure instanceof ApiError && (failure.status === 404 || failure.status === 400);
			const message = failure instanceof Error ? failure.message : String(failure);
			target.notices.fail(missing ? t('explorer.error.savedViewMissing') : t('explorer.error.savedViewFailed', { message }));
			return;
		}
	}
	const id = url.searchParams.get(ENTITY_PARAMETER);
	if (id) await target.graph.add(id, { expand: true });
}
