import { describe, expect, it } from 'vitest';
import { encodeViewState, type ViewState } from '$lib/domain/view';
import { translator } from '$lib/i18n/translator';
import { openFromUrl } from './open-from-url';

const t = translator('fr');
const view: ViewState = {
	v: 1,
	nodes: ['tenerrdis', 'ademe'],
	layout: 'concentric',
	sizeBy: 'degree',
	filters: { kinds: ['Commune'], mode: 'hide' }
};
const savedId = 'AbCdEfGhIjKlMnOpQrStUv';

/** A fake explorer that records what the link made it do, and a server that answers `GET /api/views/<id>` as told. */
function open(address: string, answer: { status: number; body: unknown } = { status: 404, body: { message: 'Introuvable' } }) {
	const done: string[] = [];
	const opened: ViewState[] = [];
	const calls: string[] = [];
	const target = {
		restoreView: async (state: ViewState) => void opened.push(state),
		graph: { add: async (id: string, options: { expand: boolean }) => void done.push(`add ${id} expand=${options.expand}`) },
		notices: { fail: (text: string) => void done.push(`fail ${text}`) }
	};
	const fetcher = (async (input: string) => {
		calls.push(input);
		return new Response(JSON.stringify(answer.body), { status: answer.status });
	}) as typeof fetch;
	const finished = openFromUrl(new URL(address, 'https://maillage.example'), target, { fetcher, t });
	return { finished, done, opened, calls };
}

/** A link that carries any JSON, as a hand-made or tampered one would. */
async function deflatedLink(wire: unknown): Promise<string> {
	const stream = new Blob([JSON.stringify(wire)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
	const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
	return btoa(String.fromCharCode(...bytes))
		.replace(/\+/g, '-')
		.replace(/\//g, '_')
		.replace(/=+$/, '');
}

describe('openFromUrl', () => {
	it('opens the view a link carries', async () => {
		const { finished, opened, done } = open(`/explorer?vue=${await encodeViewState(view)}`);
		await finished;
		expect(opened).toEqual([view]);
		expect(done).toEqual([]);
	});

	it('says a link cannot be read, naming the field at fault when it can', async () => {
		const unreadable = open('/explorer?vue=abc');
		await unreadable.finished;
		expect(unreadable.done).toEqual([`fail ${t('explorer.error.badLink')}`]);
		const wrongLayout = open(`/explorer?vue=${await deflatedLink({ ...view, layout: 'spirale' })}`);
		await wrongLayout.finished;
		expect(wrongLayout.done).toEqual([`fail ${t('explorer.error.badLinkField', { field: 'layout' })}`]);
		expect(wrongLayout.done[0]).toMatch(/«.layout.»/);
		expect(wrongLayout.opened).toEqual([]);
	});

	it('opens a view saved on the server', async () => {
		const saved = { id: savedId, createdAt: '2025-01-01T00:00:00Z', state: view };
		const { finished, opened, calls } = open(`/explorer?vue-id=${savedId}`, { status: 200, body: saved });
		await finished;
		expect(calls).toEqual([`/api/views/${savedId}`]);
		expect(opened).toEqual([view]);
	});

	it('tells a saved view that is gone from one that could not be read', async () => {
		const gone = open(`/explorer?vue-id=${savedId}`);
		await gone.finished;
		expect(gone.done).toEqual([`fail ${t('explorer.error.savedViewMissing')}`]);
		const failed = open(`/explorer?vue-id=${savedId}`, { status: 500, body: { message: 'Panne' } });
		await failed.finished;
		expect(failed.done).toEqual([`fail ${t('explorer.error.savedViewFailed', { message: 'Panne' })}`]);
	});

	it('starts from an entity and its neighbourhood, and from nothing without a parameter', async () => {
		const entity = open('/explorer?id=tenerrdis');
		await entity.finished;
		expect(entity.done).toEqual(['add tenerrdis expand=true']);
		const empty = open('/explorer');
		await empty.finished;
		expect(empty.done).toEqual([]);
		expect(empty.calls).toEqual([]);
	});
});
