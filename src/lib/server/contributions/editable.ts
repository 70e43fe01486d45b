import type { EntityKind } from '$lib/domain/model';

/** The properties a form edits for an entity of a kind: a field left empty removes the value. */
export function editableKeys(kind: EntityKind | string | undefined): string[] {
	return [
		'name',
		'aliases',
		'description',
		'website',
		...(kind === 'Company' || kind === 'Association' ? ['siren', 'siret'] : []),
		...(kind === 'Cluster' ? ['clusterKind'] : [])
	];
}
