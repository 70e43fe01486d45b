import { regionNames } from '$lib/domain/regions';

/** The région names live with the domain: entity pages name régions too. */
export { regionNames };

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
