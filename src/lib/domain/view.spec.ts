import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entityKinds, projectStatuses, relationshipTypes } from '$lib/domain/model';
import { layoutNames } from '$lib/graph-view/layouts';
import { sizeMeasures } from '$lib/graph-view/style';
import {
	decodeViewState,
	encodeViewState,
	InvalidViewStateError,
	viewLayouts,
	viewSizeMeasures,
	viewStateFromUrl,
	viewStateToSearchParams,
	type ViewState
} from './view';

/** A small deterministic generator, so that the size budget is measured on the same view every run. */
function seeded(seed: number) {
	let state = seed;
	const next = () => (state = (state * 16807) % 2147483647) / 2147483647;
	return {
		int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
		pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]
	};
}

const words = [
	'industrie',
	'territoire',
	'ecosysteme',
	'filiere',
	'energie',
	'transition',
	'ecologique',
	'cluster',
	'hydrogene',
	'formation'
];
const places = ['cleon', 'rouen', 'mulhouse', 'grenoble', 'bievre', 'isere', 'evian', 'clermont', 'vichy', 'dieppe', 'aurillac', 'figeac'];

/**
 * A view as the explorer holds one after a few expansions: geography (communes, EPCIs, a
 * department, a région, territories) and curated actors and projects with slugs of a few words.
 */
function realisticView(count = 100, seed = 7): ViewState {
	const random = seeded(seed);
	const ids = new Set<string>(['departement-76', 'region-28']);
	while (ids.size < count) {
		const family = random.int(0, 9);
		if (family < 3) ids.add(`commune-${random.int(10000, 95999)}`);
		else if (family < 5) ids.add(`epci-2000${random.int(10000, 99999)}`);
		else if (family < 6) ids.add(`ti-2023-2027-${random.int(8400, 8499)}`);
		else ids.add([...Array.from({ length: random.int(1, 3) }, () => random.pick(words)), random.pick(places)].join('-'));
	}
	const nodes = [...ids];
	return {
		v: 1,
		nodes,
		positions: Object.fromEntries(nodes.map((id) => [id, [random.int(-1200, 1200), random.int(-900, 900)]])),
		pinned: nodes.slice(0, 3),
		layout: 'fcose',
		sizeBy: 'degree',
		filters: { kinds: ['Commune'], years: [2019, 2024], mode: 'fade' },
		selection: nodes[4],
		focus: nodes[0],
		cap: 300
	};
}

const slug = fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,10}){0,3}$/);

const viewArbitrary: fc.Arbitrary<ViewState> = fc
	.record({
		nodes: fc.uniqueArray(slug, { maxLength: 40 }),
		placed: fc.array(fc.tuple(fc.integer({ min: -1e7, max: 1e7 }), fc.integer({ min: -1e7, max: 1e7 })), { maxLength: 40 }),
		layout: fc.constantFrom(...viewLayouts),
		sizeBy: fc.constantFrom(...viewSizeMeasures),
		filters: fc.record(
			{
				kinds: fc.uniqueArray(fc.constantFrom(...entityKinds)),
				types: fc.uniqueArray(fc.constantFrom(...relationshipTypes)),
				themes: fc.array(slug, { maxLength: 4 }),
				region: fc.stringMatching(/^\d{2,3}$/),
				phase: fc.constantFrom('2019-2022' as const, '2023-2027' as const),
				status: fc.uniqueArray(fc.constantFrom(...projectStatuses)),
				years: fc.tuple(fc.integer({ min: 1900, max: 2000 }), fc.integer({ min: 2000, max: 2100 })),
				mode: fc.constantFrom('fade' as const, 'hide' as const)
			},
			{ requiredKeys: ['mode'] }
		),
		extra: fc.record(
			{
				selection: fc.string({ minLength: 1, maxLength: 50 }),
				cap: fc.integer({ min: 1, max: 5000 }),
				webgl: fc.boolean(),
				hidden: fc.array(slug, { maxLength: 3 })
			},
			{ requiredKeys: [] }
		)
	})
	.map(({ nodes, placed, layout, sizeBy, filters, extra }) => {
		const positions = Object.fromEntries(placed.slice(0, nodes.length).map((at, index) => [nodes[index], at]));
		return {
			v: 1 as const,
			nodes,
			...(Object.keys(positions).length > 0 ? { positions, pinned: nodes.slice(0, 2) } : {}),
			layout,
			sizeBy,
			filters,
			...(nodes.length > 0 ? { focus: nodes[0] } : {}),
			...extra
		};
	});

describe('encodeViewState and decodeViewState', () => {
	it('give back the same view', async () => {
		const view = realisticView(30);
		expect(await decodeViewState(await encodeViewState(view))).toEqual(view);
	});

	it('round-trip random views: ids, positions, filters and options', async () => {
		await fc.assert(
			fc.asyncProperty(viewArbitrary, async (view) => {
				const text = await encodeViewState(view);
				expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
				expect(await decodeViewState(text)).toEqual(view);
			}),
			{ numRuns: 60 }
		);
	});

	it('round positions to whole units', async () => {
		const view: ViewState = { ...realisticView(2), positions: { 'departement-76': [10.4, -3.6], 'region-28': [0.5, 7] } };
		expect((await decodeViewState(await encodeViewState(view))).positions).toEqual({ 'departement-76': [10, -4], 'region-28': [1, 7] });
	});

	it('keep a 100-node view with positions under 2,000 characters', async () => {
		for (const seed of [7, 11, 23]) {
			const text = await encodeViewState(realisticView(100, seed));
			expect(text.length).toBeLessThan(2_000);
			expect(text.length).toBeGreaterThan(800);
		}
	});

	it('refuse a state that is not valid, naming the field', async () => {
		const view = realisticView(5);
		await expect(encodeViewState({ ...view, layout: 'spiral' as ViewState['layout'] })).rejects.toThrow(/layout/);
		await expect(encodeViewState({ ...view, positions: { elsewhere: [1, 2] } })).rejects.toThrow(/positions\.elsewhere/);
	});
});

describe('decodeViewState on bad input', () => {
	/** A valid link whose JSON was changed before compression: what a tamperer who understood the format would send. */
	async function tampered(change: (wire: Record<string, unknown>) => void): Promise<string> {
		const text = await encodeViewState(realisticView(5));
		const bytes = Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
		const inflated = await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'))).text();
		const wire = JSON.parse(inflated);
		change(wire);
		const deflated = new Uint8Array(
			await new Response(new Blob([JSON.stringify(wire)]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer()
		);
		return btoa(String.fromCharCode(...deflated))
			.replace(/\+/g, '-')
			.replace(/\//g, '_')
			.replace(/=+$/, '');
	}

	async function failure(text: string): Promise<InvalidViewStateError> {
		const error = await decodeViewState(text).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(InvalidViewStateError);
		return error as InvalidViewStateError;
	}

	it('refuses garbage, truncated and damaged links as not a link', async () => {
		const good = await encodeViewState(realisticView(20));
		for (const text of [
			'',
			'hello world',
			'%%%',
			'A',
			good.slice(0, good.length / 2),
			good.slice(0, 10) + 'x' + good.slice(11),
			'x'.repeat(200_000)
		]) {
			expect((await failure(text)).field).toBeNull();
		}
	});

	it('names the field a tampered link breaks', async () => {
		const cases: [(wire: Record<string, unknown>) => void, string][] = [
			[(wire) => (wire.v = 2), 'v'],
			[(wire) => (wire.layout = 'spiral'), 'layout'],
			[(wire) => ((wire.nodes as string[])[1] = 'Not A Slug'), 'nodes.1'],
			[(wire) => (wire.nodes = [...(wire.nodes as string[]), (wire.nodes as string[])[0]]), 'positions'],
			[(wire) => ((wire.xy as number[])[0] = 1.5), 'positions'],
			[(wire) => ((wire.filters as { years: number[] }).years = [2024, 2019]), 'filters.years'],
			[(wire) => ((wire.filters as { kinds: string[] }).kinds = ['Village']), 'filters.kinds.0'],
			[(wire) => (wire.cap = 1e9), 'cap']
		];
		for (const [change, field] of cases) {
			expect((await failure(await tampered(change))).field, field).toMatch(new RegExp(`^${field.replace(/\./g, '\\.')}`));
		}
	});

	it('refuses a link that inflates to far more than any view', async () => {
		const bomb = await tampered((wire) => (wire.selection = 'a'.repeat(2_000_000)));
		expect(bomb.length).toBeLessThan(100_000);
		expect((await failure(bomb)).message).toMatch(/too large/);
	});
});

describe('the vue query parameter', () => {
	it('carries the view in /explorer?vue=… and reads it back', async () => {
		const view = realisticView(10);
		const url = new URL(`https://maillage.example/explorer?${await viewStateToSearchParams(view)}`);
		expect(url.searchParams.get('vue')).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(await viewStateFromUrl(url)).toEqual(view);
	});

	it('gives null when there is no view, and throws on a bad one', async () => {
		expect(await viewStateFromUrl(new URL('https://maillage.example/explorer'))).toBeNull();
		expect(await viewStateFromUrl(new URL('https://maillage.example/explorer?vue='))).toBeNull();
		await expect(viewStateFromUrl(new URL('https://maillage.example/explorer?vue=abc'))).rejects.toBeInstanceOf(InvalidViewStateError);
	});
});

describe('the Cytoscape kit', () => {
	it('offers the same layouts and size measures as the view', () => {
		expect([...viewLayouts]).toEqual([...layoutNames]);
		expect([...viewSizeMeasures]).toEqual([...sizeMeasures]);
	});
});
