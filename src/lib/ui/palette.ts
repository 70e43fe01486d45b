import type { EntityKind } from '$lib/domain/model';

/**
 * One colour per kind, shared by badges, the explorer and the map so that a kind always looks
 * the same. Chosen for contrast with white text (WCAG AA at badge size).
 */
export const kindColour: Record<EntityKind, string> = {
	Company: '#1d4ed8',
	Cluster: '#7c3aed',
	PublicBody: '#b91c1c',
	Support: '#0f766e',
	Academic: '#a16207',
	Association: '#be185d',
	Territory: '#15803d',
	Project: '#c2410c',
	Programme: '#4338ca',
	Region: '#475569',
	Department: '#475569',
	EPCI: '#475569',
	Commune: '#64748b',
	Theme: '#0e7490',
	Source: '#57534e',
	Person: '#6d28d9'
};
