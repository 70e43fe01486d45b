import { describe, expect, it } from 'vitest';
import { INLINE_VIEW_BUDGET, shareLink } from './share';
import { decodeViewState, type ViewState } from '$lib/domain/view';

const ORIGIN = 'https://maillage.example';

function view(count: number): ViewState {
	const nodes = Array.from({ length: count }, (_, index) => `commune-${String(10_000 + index * 7)}`);
	return {
		v: 1,
		nodes,
		positions: Object.fromEntries(nodes.map((id, index) => [id, [index * 37, (index * 91) % 4_000]])),
		layout: 'fcose',
		sizeBy: 'degree',
		filters: { mode: 'fade' }
	};
}

/** A save that records what it was given and answers with a fixed id. */
function recordingSave() {
	const saved: ViewState[] = [];
	return {
		saved,
		save: async (state: ViewState) => {
			saved.push(state);
			return { id: 'AbCdEfGhIjKlMnOpQrStUv' };
		}
	};
}

describe('sharing a view', () => {
	it('puts a small view in the link itself, without saving anything', async () => {
		const { saved, save } = recordingSave();
		const state = view(20);
		const link = await shareLink(state, { origin: ORIGIN, save });
		expect(link.kind).toBe('inline');
		expect(saved).toEqual([]);
		const url = new URL(link.href);
		expect(url.pathname).toBe('/explorer');
		expect(url.searchParams.get('vue')!.length).toBeLessThanOrEqual(INLINE_VIEW_BUDGET);
		expect(await decodeViewState(url.searchParams.get('vue')!)).toEqual(state);
	});

	it('saves a large view on the server, whole, and links to it by id', async () => {
		const { saved, save } = recordingSave();
		const state = view(1_500);
		const link = await shareLink(state, { origin: ORIGIN, save });
		expect(link).toEqual({ kind: 'saved', href: `${ORIGIN}/explorer?vue-id=AbCdEfGhIjKlMnOpQrStUv` });
		expect(saved).toEqual([state]);
	});

	it('switches exactly at the budget: the same view is inline under a larger budget and saved under a smaller one', async () => {
		const state = view(200);
		const inline = await shareLink(state, { origin: ORIGIN, save: recordingSave().save, budget: 100_000 });
		const length = new URL(inline.href).searchParams.get('vue')!.length;
		expect((await shareLink(state, { origin: ORIGIN, save: recordingSave().save, budget: length })).kind).toBe('inline');
		expect((await shareLink(state, { origin: ORIGIN, save: recordingSave().save, budget: length - 1 })).kind).toBe('saved');
	});

	it('fails when the save fails, rather than hand out a link that cannot reopen', async () => {
		const save = async () => {
			throw new Error('429 too many views');
		};
		await expect(shareLink(view(1_500), { origin: ORIGIN, save })).rejects.toThrow('429 too many views');
	});
});
