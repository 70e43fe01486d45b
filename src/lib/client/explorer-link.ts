import { encodeViewState, MAX_VIEW_NODES, VIEW_PARAMETER, type ViewState } from '$lib/domain/view';

/**
 * The explorer view opening some entities, laid out by forces, each once and at most a view's
 * worth; `focus` is selected and centred. The partner finder, the analysis page and the query
 * console all open the explorer through this one function, so the three links agree.
 */
export function explorerView(ids: readonly string[], focus?: string): ViewState {
	const nodes = [...new Set(focus === undefined ? ids : [focus, ...ids])].slice(0, MAX_VIEW_NODES);
	const view: ViewState = { v: 1, nodes, layout: 'fcose', sizeBy: 'degree', filters: { mode: 'fade' } };
	return focus === undefined ? view : { ...view, selection: focus, focus };
}

/** The value of the `vue` parameter opening those entities (see `explorerView`). */
export function explorerParameter(ids: readonly string[], focus?: string): Promise<string> {
	return encodeViewState(explorerView(ids, focus));
}

/** The query string `?vue=…` that opens the explorer on those entities (see `explorerView`). */
export async function explorerQuery(ids: readonly string[], focus?: string): Promise<string> {
	return `?${VIEW_PARAMETER}=${await explorerParameter(ids, focus)}`;
}
