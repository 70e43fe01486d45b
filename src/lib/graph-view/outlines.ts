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

async function load(fetcher: typeof fetch, file: string): Promise<OutlineCollection> {
	const response = await fetcher(`/geo/${file}`);
	if (!response.ok) throw new Error(`/geo/${file}: ${response.status}`);
	return (await response.json()) as OutlineCollection;
}

/** The région outlines alone (55 kB), for the région filter; fetched once per page. */
export function loadRegions(fetcher: typeof fetch): Promise<OutlineCollection> {
	regionsLoading ??= load(fetcher, 'regions.geojson').catch((failure) => {
		regionsLoading = undefined;
		throw failure;
	});
	return regionsLoading;
}

/** Every outline of the map (200 kB), fetched the first time the geographic layout is shown. */
export function loadOutlines(fetcher: typeof fetch): Promise<Outlines> {
	loading ??= Promise.all([loadRegions(fetcher), load(fetcher, 'departements.geojson'), load(fetcher, 'drom-encarts.geojson')])
		.then(([regions, departements, insets]) => ({ regions, departements, insets }))
		.catch((failure) => {
			loading = undefined;
			throw failure;
		});
	return loading;
}
