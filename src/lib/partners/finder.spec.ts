import { describe, expect, it } from 'vitest';
import type { RecognisedItem } from '$lib/domain/partners';
import { translator } from '$lib/i18n/translator';
import { PartnerFinder } from './finder.svelte';

const theme = (id: string, matched: string[] = []): RecognisedItem => ({ id, name: id, kind: 'Theme', matched });
const region = { id: 'region-53', name: 'Bretagne', kind: 'Region' as const, matched: ['Bretagne'] };
const epci = { id: 'epci-200069391', name: 'CA Lamballe Terre et Mer', kind: 'EPCI' as const, matched: ['Lamballe Terre et Mer'] };

/** A fetch that answers recognition with `found` and records what the search sends. */
function fakeFetch(found: { themes: RecognisedItem[]; places: RecognisedItem[] }) {
	const sent: unknown[] = [];
	const fetcher = (async (url: string, init?: RequestInit) => {
		const body = JSON.parse(String(init?.body));
		if (url.endsWith('/recognise')) return Response.json(found);
		sent.push(body);
		return Response.json({ recognised: { themes: [], places: [] }, candidates: [], funders: [], documents: [] });
	}) as typeof fetch;
	return { fetcher, sent };
}

describe('the partner finder page', () => {
	it('reads the text into chips, keeping the most precise place and offering the others', async () => {
		const { fetcher } = fakeFetch({ themes: [theme('reutilisation-des-eaux', ['réutilisation des eaux'])], places: [region, epci] });
		const finder = new PartnerFinder(fetcher, translator('fr'));
		finder.text = 'Réutilisation des eaux à Lamballe Terre et Mer, en Bretagne';
		await finder.read();
		expect(finder.themes.map((item) => item.id)).toEqual(['reutilisation-des-eaux']);
		expect(finder.place?.id).toBe('epci-200069391');
		expect(finder.otherPlaces.map((item) => item.id)).toEqual(['region-53']);
	});

	it('does not bring back a chip the person removed when the text is read again', async () => {
		const { fetcher } = fakeFetch({
			themes: [theme('hydrogene', ['hydrogène']), theme('decarbonation', ['décarbonation'])],
			places: [region]
		});
		const finder = new PartnerFinder(fetcher, translator('fr'));
		finder.text = 'hydrogène et décarbonation en Bretagne';
		await finder.read();
		finder.removeTheme('decarbonation');
		finder.setPlace(null);
		finder.addTheme(theme('formation'));
		finder.text += ' !';
		await finder.read();
		expect(finder.themes.map((item) => item.id)).toEqual(['formation', 'hydrogene']);
		expect(finder.place).toBeNull();
	});

	it('sends the words of a text that names no theme, without its places, for the descriptions of the graph', async () => {
		const { fetcher, sent } = fakeFetch({ themes: [], places: [epci] });
		const finder = new PartnerFinder(fetcher, translator('fr'));
		finder.text = 'Pièces en caoutchouc à Lamballe Terre et Mer';
		await finder.search();
		expect(sent).toEqual([{ themes: [], place: 'epci-200069391', kinds: [], words: 'Pièces en caoutchouc à', limit: 20 }]);
		// A theme chosen by hand: the chips are what is searched, not the words.
		finder.addTheme(theme('formation'));
		await finder.search();
		expect(sent[1]).not.toHaveProperty('words');
	});

	it('searches with the chips, kinds and "who we are", not the text', async () => {
		const { fetcher, sent } = fakeFetch({ themes: [theme('hydrogene', ['hydrogène'])], places: [] });
		const finder = new PartnerFinder(fetcher, translator('fr'));
		finder.text = 'hydrogène';
		finder.kinds = ['Company'];
		finder.self = { id: 'tenerrdis', name: 'Tenerrdis', kind: 'Cluster', matched: [] };
		await finder.search();
		expect(sent).toEqual([{ themes: ['hydrogene'], kinds: ['Company'], self: 'tenerrdis', limit: 20 }]);
		expect(finder.result?.candidates).toEqual([]);
	});

	it('asks for more before searching with nothing to go on', async () => {
		const { fetcher, sent } = fakeFetch({ themes: [], places: [] });
		const finder = new PartnerFinder(fetcher, translator('fr'));
		// No theme, no place, no word of four letters to look for in descriptions.
		finder.text = 'Oui, à la';
		await finder.search();
		expect(sent).toEqual([]);
		expect(finder.error).toMatch(/au moins un thème/);
	});
});
