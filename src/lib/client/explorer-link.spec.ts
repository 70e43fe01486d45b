import { describe, expect, it } from 'vitest';
import { decodeViewState, MAX_VIEW_NODES } from '$lib/domain/view';
import { explorerParameter, explorerQuery, explorerView } from './explorer-link';

describe('opening entities in the explorer', () => {
	it('opens the entities once each, the focus first, selected and in focus', () => {
		const view = explorerView(['reuse', 'brit-inov', 'reuse'], 'brit-inov');
		expect(view).toMatchObject({ nodes: ['brit-inov', 'reuse'], selection: 'brit-inov', focus: 'brit-inov', layout: 'fcose' });
	});

	it('selects nothing without a focus and keeps at most a view’s worth of entities', () => {
		const view = explorerView(Array.from({ length: MAX_VIEW_NODES + 5 }, (_, index) => `e-${index}`));
		expect(view.nodes).toHaveLength(MAX_VIEW_NODES);
		expect(view).not.toHaveProperty('selection');
		expect(view).not.toHaveProperty('focus');
	});

	it('writes a `?vue=` link the explorer reads back', async () => {
		const query = await explorerQuery(['reuse-baie-d-armor'], 'brit-inov');
		expect(query).toMatch(/^\?vue=[\w-]+$/);
		expect(await decodeViewState(query.slice('?vue='.length))).toMatchObject({
			nodes: ['brit-inov', 'reuse-baie-d-armor'],
			selection: 'brit-inov'
		});
	});

	it('gives the bare parameter value for a link built elsewhere', async () => {
		const value = await explorerParameter(['a', 'c', 'projet-commun']);
		expect(value).toMatch(/^[\w-]+$/);
		expect(await decodeViewState(value)).toMatchObject({ nodes: ['a', 'c', 'projet-commun'], layout: 'fcose' });
	});
});
