import { parseSourceReference } from '$lib/domain/source-reference';
import { stableJson } from '$lib/server/db/graph-digest';
import type { PropertyValue } from '../rows';

/** Stored properties as read back from the graph. */
export type StoredProperties = Record<string, unknown>;

/**
 * What the seed writes on a node or a relationship it defines, given what the graph holds there
 * (`before`). Without citations of other sources, the seed's properties replace the stored ones,
 * as `npm run seed` does. Where the graph also cites sources that are not the seed's curated
 * documents (`curatedSourceIds`) — the user's data — those citations, their evidence, the
 * aliases and the properties the seed does not set are kept beside the seed's.
 */
export function withOwnCitations(
	seed: Record<string, PropertyValue>,
	before: StoredProperties | undefined,
	curatedSourceIds: ReadonlySet<string>
): StoredProperties {
	if (!before) return seed;
	const seedSources = strings(seed.sources);
	const beforeSources = strings(before.sources);
	const own = beforeSources.filter(
		(citation) => !curatedSourceIds.has(parseSourceReference(citation).sourceId) && !seedSources.includes(citation)
	);
	if (own.length === 0) return seed;
	const merged: StoredProperties = { ...before, ...seed, sources: [...seedSources, ...own] };
	if (Array.isArray(seed.evidence) || Array.isArray(before.evidence)) {
		const seedEvidence = Array.isArray(seed.evidence) ? strings(seed.evidence) : seedSources.map(() => '');
		const beforeEvidence = strings(before.evidence);
		merged.evidence = [...seedEvidence, ...own.map((citation) => beforeEvidence[beforeSources.indexOf(citation)] ?? '')];
	}
	if (Array.isArray(seed.aliases) || Array.isArray(before.aliases)) {
		const aliases = [...new Set([...strings(seed.aliases), ...strings(before.aliases)])].filter((alias) => alias !== merged.name);
		if (aliases.length > 0) merged.aliases = aliases;
		else delete merged.aliases;
	}
	return merged;
}

/** Whether two property maps hold the same values (keys in any order, lists in order). */
export function sameProperties(left: StoredProperties, right: StoredProperties): boolean {
	return stableJson(left) === stableJson(right);
}

function strings(value: unknown): string[] {
	if (value === undefined || value === null) return [];
	return (Array.isArray(value) ? value : [value]).map(String);
}
