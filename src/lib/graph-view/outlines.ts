import type { EpciCollection } from './epci-outlines';
import type { OutlineCollection } from './projection';

/** The outlines shipped in `static/geo/` (see its README for origin and licence). */
export interface Outlines {
	regions: OutlineCollection;
	departements: OutlineCollection;
	/** The overseas régions, already moved into their insets. */
	insets: OutlineCollection;
}

let loading: Promise<Outlines> | undefined;
let regionsLoading: Promise<OutlineCollection> | undefined;
let epciLoading: Promise<EpciCollection> | undefined;

async function load<Collection = OutlineCollection>(fetcher: typeof fetch, file: string): Promise<Collection> {
	const response = await fetcher(`/geo/${file}`);
	if (!response.ok) throw new Error(`/geo/${file}: ${response.status}`);
	return (await response.json()) as Collection;
}

/** The région outlines alone (55 kB), for the région filter; fetched once per page. */
export function loadRegions(fetcher: typeof fetch): Promise<OutlineCollection> {
	regionsLoading ??= load(fetcher, 'regions.json').catch((failure) => {
		regionsLoading = undefined;
		throw failure;
	});
	return regionsLoading;
}

/** Every outline of the map (200 kB), fetched the first time the geographic layout is shown. */
export function loadOutlines(fetcher: typeof fetch): Promise<Outlines> {
	loading ??= Promise.all([loadRegions(fetcher), load(fetcher, 'departements.json'), load(fetcher, 'drom-encarts.json')])
		.then(([regions, departements, insets]) => ({ regions, departements, insets }))
		.catch((failure) => {
			loading = undefined;
			throw failure;
		});
	return loading;
}

/** The intercommunalities' outlines with their communes (700 kB, 200 kB compressed), fetched the first time the map is local. */
export function loadEpciOutlines(fetcher: typeof fetch): Promise<EpciCollection> {
	epciLoading ??= load<EpciCollection>(fetcher, 'epci.json').catch((failure) => {
		epciLoading = undefined;
		throw failure;
	});
	return epciLoading;
}
