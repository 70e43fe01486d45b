/**
 * The eighteen régions (COG 2025), by INSEE code: the région filter lists them, and region ids
 * in the graph are `region-<code>`. Proper names, the same in every language.
 */
export const regionNames: Readonly<Record<string, string>> = {
	'01': 'Guadeloupe',
	'02': 'Martinique',
	'03': 'Guyane',
	'04': 'La Réunion',
	'06': 'Mayotte',
	'11': 'Île-de-France',
	'24': 'Centre-Val de Loire',
	'27': 'Bourgogne-Franche-Comté',
	'28': 'Normandie',
	'32': 'Hauts-de-France',
	'44': 'Grand Est',
	'52': 'Pays de la Loire',
	'53': 'Bretagne',
	'75': 'Nouvelle-Aquitaine',
	'76': 'Occitanie',
	'84': 'Auvergne-Rhône-Alpes',
	'93': 'Provence-Alpes-Côte d’Azur',
	'94': 'Corse'
};

/** Région codes sorted by name, for a list a person reads. */
export const regionCodesByName: readonly string[] = Object.keys(regionNames).sort((a, b) =>
	regionNames[a].localeCompare(regionNames[b], 'fr')
);

/**
 * The région an id names directly: `region-28`, and Territoires d'industrie, whose ANCT code
 * starts with their région's (`ti-2023-2027-8411` is in 84).
 */
export function regionCodeFromId(id: string): string | undefined {
	const region = /^region-(\d{2})$/.exec(id);
	if (region) return region[1];
	const territory = /^ti-\d{4}-\d{4}-(\d{2})\d+$/.exec(id);
	return territory && territory[1] in regionNames ? territory[1] : undefined;
}
