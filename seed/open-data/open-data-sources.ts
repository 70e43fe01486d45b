import { formatSourceReference } from '$lib/domain/source-reference';

/** A published dataset the open-data rows cite, written as a `Source` node beside the curated documents. */
export interface OpenDataSource {
	id: string;
	title: string;
	publisher: string;
	/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: the last update of the data, as its licence asks us to show. */
	date: string;
	url?: string;
	licence: string;
	kind: 'open-data';
}

/** Ids of the datasets, so that citations cannot drift from the source list. */
export const openDataSourceIds = {
	territories2023: 'anct-territoires-d-industrie-2023-2027',
	territories2019: 'anct-territoires-d-industrie-2019-2022',
	adminCentroids: 'anct-centroides-admin-express-2025',
	communeCentroids: 'france-geojson-centroides-communes-2018',
	decoupage: 'etalab-decoupage-administratif-2026',
	poles: 'poles-de-competitivite-phase-5'
} as const;

export type OpenDataSourceId = (typeof openDataSourceIds)[keyof typeof openDataSourceIds];

/** Every dataset `loadOpenData` reads; see `seed/open-data/SOURCES.md` for the files behind each. */
export const openDataSources: readonly OpenDataSource[] = [
	{
		id: openDataSourceIds.territories2023,
		title: "Territoires d'industrie 2023-2027 : liste des territoires et de leurs groupements membres",
		publisher: 'ANCT',
		date: '2024-07-04',
		url: 'https://github.com/anct-carto/superposeur-anct',
		licence: 'Licence Ouverte 2.0',
		kind: 'open-data'
	},
	{
		id: openDataSourceIds.territories2019,
		title: "Territoires d'industrie 2019-2022 (phase 1) : territoires et groupements membres",
		publisher: 'ANCT',
		date: '2022',
		url: 'https://github.com/anct-carto/superposeur-V2',
		licence: 'Licence Ouverte 2.0',
		kind: 'open-data'
	},
	{
		id: openDataSourceIds.adminCentroids,
		title: 'Centroïdes des régions, départements, EPCI et EPT (ADMIN EXPRESS COG 2025 généralisé)',
		publisher: 'ANCT, IGN',
		date: '2025',
		url: 'https://github.com/anct-carto/superposeur-V2',
		licence: 'Licence Ouverte 2.0',
		kind: 'open-data'
	},
	{
		id: openDataSourceIds.communeCentroids,
		title: 'Centroïdes des communes (france-geojson, ADMIN EXPRESS COG 2018 simplifié)',
		publisher: 'Grégoire David, IGN',
		date: '2018-08-01',
		url: 'https://github.com/gregoiredavid/france-geojson',
		licence: 'Licence Ouverte 2.0',
		kind: 'open-data'
	},
	{
		id: openDataSourceIds.decoupage,
		title: 'Découpage administratif : régions, départements, EPCI, EPT et communes (COG 2026, populations légales)',
		publisher: 'Etalab, INSEE',
		date: '2026',
		url: 'https://github.com/etalab/decoupage-administratif',
		licence: 'MIT (compilation Etalab) ; données INSEE sous Licence Ouverte 2.0',
		kind: 'open-data'
	},
	{
		id: openDataSourceIds.poles,
		title: 'Pôles de compétitivité de la phase V (2023-2026) : siège, domaines et labellisation, une ligne par pôle avec ses sources',
		publisher: "Compilation d'annonces publiques (État, Régions, presse, pôles)",
		date: '2024-01-08',
		licence: 'Faits tirés de pages publiques : chaque ligne cite les siennes',
		kind: 'open-data'
	}
];

/** The attribution Licence Ouverte 2.0 requires wherever these data are shown. */
export const openDataAttribution =
	"Sources : ANCT (Territoires d'industrie 2019-2022 et 2023-2027, mise à jour 2024-07-04 ; centroïdes administratifs COG 2025), " +
	'IGN (ADMIN EXPRESS), INSEE (Code officiel géographique 2026, populations légales), Grégoire David (france-geojson, 2018), ' +
	'Etalab (découpage administratif). Licence Ouverte 2.0.';

/** The stored form of a citation, `"<source id>"` or `"<source id>#<section>"`. */
export function cite(sourceId: OpenDataSourceId, section?: string): string {
	return formatSourceReference({ sourceId, section });
}
