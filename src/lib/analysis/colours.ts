/**
 * Community colours: Okabe and Ito's palette, told apart by most colour-blind readers, darkened
 * where needed for white text, then four more. Communities past the palette share a neutral grey;
 * the legend says so.
 */
export const communityPalette = [
	'#0072b2',
	'#d55e00',
	'#009e73',
	'#cc79a7',
	'#b58900',
	'#56b4e9',
	'#7c3aed',
	'#8c564b',
	'#e11d48',
	'#4d7c0f'
] as const;

/** The grey of every community past the palette. */
export const otherCommunities = '#94a3b8';

/** The colour of a community, by its number (0 = the largest). */
export function communityColour(community: number): string {
	return communityPalette[community] ?? otherCommunities;
}
