import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { userEvent } from 'vitest/browser';
import type { SearchHit } from '$lib/domain/entity';
import { i18nContext } from '$lib/i18n/context.svelte';
import EntityCombobox from './EntityCombobox.svelte';

const hit = (id: string, name: string, kind: SearchHit['kind'], context?: string): SearchHit => ({
	id,
	name,
	kind,
	labels: ['Entity', kind],
	score: 1,
	...(context ? { context } : {})
});

const results = [
	hit('ecosystem-cleon-4-0', 'Ecosystem Cléon 4.0', 'Cluster'),
	hit('commune-76178', 'Cléon', 'Commune', 'Seine-Maritime'),
	hit('cleon-industrie', 'Cléon Industrie', 'Cluster')
];

/** The search API, stubbed: every question gets the same three hits; the questions are kept. */
function stubSearch() {
	const asked: URL[] = [];
	vi.stubGlobal(
		'fetch',
		vi.fn(async (input: string) => {
			asked.push(new URL(input, 'http://localhost'));
			return new Response(JSON.stringify({ query: 'cleon', type: null, results }), {
				status: 200,
				headers: { 'content-type': 'application/json' }
			});
		})
	);
	return asked;
}

async function mount(props: Partial<{ kinds: SearchHit['kind'][] }> = {}) {
	const picked: SearchHit[] = [];
	const screen = await render(EntityCombobox, {
		props: { label: 'Ajouter au graphe', onpick: (chosen: SearchHit) => void picked.push(chosen), ...props },
		context: i18nContext()
	});
	return { screen, picked, input: screen.getByRole('combobox', { name: 'Ajouter au graphe' }) };
}

describe('EntityCombobox', () => {
	afterEach(() => void vi.unstubAllGlobals());

	it('suggests what the search finds as one types, grouped under the name of each kind', async () => {
		const asked = stubSearch();
		const { screen, input } = await mount();
		await userEvent.type(input, 'cleon');
		const list = screen.getByRole('listbox', { name: 'Ajouter au graphe' });
		await expect.element(list).toBeVisible();
		await expect.element(input).toHaveAttribute('aria-expanded', 'true');
		await expect.poll(() => list.getByRole('group').elements()).toHaveLength(2);
		await expect.poll(() => list.getByRole('group', { name: 'Clusters et pôles' }).getByRole('option').elements()).toHaveLength(2);
		await expect
			.element(list.getByRole('group', { name: 'Communes' }).getByRole('option', { name: /^Cléon Seine-Maritime/ }))
			.toBeVisible();
		// One question for the whole word: typing is debounced.
		expect(asked.map((url) => url.searchParams.get('q'))).toEqual(['cleon']);
		await expect.element(screen.getByRole('status')).toHaveTextContent('3 suggestions');
	});

	it('moves with the arrows in the order shown and picks with Enter', async () => {
		stubSearch();
		const { screen, input, picked } = await mount();
		await userEvent.type(input, 'cleon');
		await expect.element(screen.getByRole('option', { name: /^Ecosystem Cléon 4\.0/ })).toHaveAttribute('aria-selected', 'true');
		await userEvent.keyboard('{ArrowDown}');
		// The second cluster comes before the commune: the arrows follow the groups.
		await expect.element(screen.getByRole('option', { name: /^Cléon Industrie/ })).toHaveAttribute('aria-selected', 'true');
		await userEvent.keyboard('{Enter}');
		expect(picked.map((each) => each.id)).toEqual(['cleon-industrie']);
		await expect.element(input).toHaveValue('');
		await expect.element(screen.getByRole('listbox', { includeHidden: true })).not.toBeVisible();
	});

	it('closes the list with Escape and keeps Escape from the page, then leaves the next one to it', async () => {
		stubSearch();
		const { screen, input } = await mount();
		await userEvent.type(input, 'cleon');
		await expect.element(screen.getByRole('listbox')).toBeVisible();
		const escapes: boolean[] = [];
		const listener = (event: KeyboardEvent) => void (event.key === 'Escape' && escapes.push(event.defaultPrevented));
		window.addEventListener('keydown', listener);
		try {
			await userEvent.keyboard('{Escape}');
			await expect.element(screen.getByRole('listbox', { includeHidden: true })).not.toBeVisible();
			await expect.element(input).toHaveAttribute('aria-expanded', 'false');
			await userEvent.keyboard('{Escape}');
			expect(escapes).toEqual([true, false]);
		} finally {
			window.removeEventListener('keydown', listener);
		}
	});

	it('keeps only the kinds asked for, from a longer list of hits', async () => {
		const asked = stubSearch();
		const { screen, input } = await mount({ kinds: ['Commune'] });
		await userEvent.type(input, 'cleon');
		await expect.poll(() => screen.getByRole('option').elements()).toHaveLength(1);
		await expect.element(screen.getByRole('option', { name: /^Cléon/ })).toBeVisible();
		expect(Number(asked[0].searchParams.get('limit'))).toBeGreaterThan(8);
	});
});
