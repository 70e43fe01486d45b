import type { Operation, Properties, PropertyChanges } from '$lib/domain/changesets';
import { kindOf } from '$lib/domain/model';
import { stableJson } from '$lib/server/db/graph-digest';

/**
 * Merging a duplicate into the entity kept, as plain operations (so the changeset can be reverted
 * like any other): each link of the duplicate moves to the kept entity (or adds its citations to
 * the same link already there), its names become aliases, its citations and the properties the kept
 * entity lacks are carried over, and the duplicate is hidden with `mergedInto`, which redirects.
 */

export interface EntityState {
	id: string;
	labels: string[];
	properties: Properties;
}

export interface Link {
	type: string;
	outgoing: boolean;
	other: string;
	properties: Properties;
}

/** Properties that describe the record rather than the thing: never carried from one entity to another. */
const NOT_CARRIED = new Set([
	'id',
	'name',
	'aliases',
	'sources',
	'evidence',
	'createdBy',
	'createdAt',
	'updatedBy',
	'updatedAt',
	'changeset',
	'mergedInto',
	'hiddenLabels'
]);

function list(value: Properties[string] | undefined): string[] {
	if (value === undefined) return [];
	return (Array.isArray(value) ? value : [value]).map(String);
}

/** Citations of `from` appended to those of `to`, each source once, evidence kept beside its source. */
export function mergedCitations(to: Properties, from: Properties): { sources: string[]; evidence: string[] } {
	const sources = list(to.sources);
	const evidence = sources.map((_, index) => list(to.evidence)[index] ?? '');
	list(from.sources).forEach((source, index) => {
		if (sources.includes(source)) return;
		sources.push(source);
		evidence.push(list(from.evidence)[index] ?? '');
	});
	return { sources, evidence };
}

const sameLink = (a: Link, b: Link) =>
	a.type === b.type && a.outgoing === b.outgoing && a.other === b.other && (a.properties.role ?? null) === (b.properties.role ?? null);

const ends = (link: Link, id: string) => (link.outgoing ? { from: id, to: link.other } : { from: link.other, to: id });

/** The operations of the merge of `drop` into `keep`; throws when they cannot be merged. */
export function planMerge(keep: EntityState, drop: EntityState, keepLinks: readonly Link[], dropLinks: readonly Link[]): Operation[] {
	if (keep.id === drop.id) throw new Error('Une entité ne se fusionne pas avec elle-même.');
	if (kindOf(keep.labels) !== kindOf(drop.labels))
		throw new Error('Les deux entités ne sont pas de la même nature : elles ne peuvent être fusionnées.');
	const operations: Operation[] = [];
	for (const link of dropLinks) {
		operations.push({ op: 'delete-relationship', type: link.type, ...ends(link, drop.id), properties: link.properties });
		// A link between the two would become a loop on the kept entity: it is dropped (the revert brings it back).
		if (link.other === keep.id) continue;
		const moved = { ...link };
		const existing = keepLinks.find((candidate) => sameLink(candidate, moved));
		if (existing) {
			const after = { ...existing.properties, ...mergedCitations(existing.properties, link.properties) };
			if (stableJson(after) !== stableJson(existing.properties)) {
				operations.push({ op: 'update-relationship', type: link.type, ...ends(existing, keep.id), before: existing.properties, after });
			}
		} else {
			operations.push({ op: 'create-relationship', type: link.type, ...ends(link, keep.id), properties: link.properties });
		}
	}
	const keptName = String(keep.properties.name ?? keep.id);
	const aliases = [
		...new Set([...list(keep.properties.aliases), String(drop.properties.name ?? drop.id), ...list(drop.properties.aliases)])
	].filter((alias) => alias !== keptName);
	const after: PropertyChanges = { aliases, ...mergedCitations(keep.properties, drop.properties) };
	for (const [key, value] of Object.entries(drop.properties)) {
		if (!NOT_CARRIED.has(key) && keep.properties[key] === undefined) after[key] = value;
	}
	const before: PropertyChanges = Object.fromEntries(
		[...Object.keys(after), 'updatedBy', 'updatedAt', 'changeset'].map((key) => [key, keep.properties[key] ?? null])
	);
	operations.push({ op: 'update-entity', id: keep.id, before, after });
	const stamps = ['mergedInto', 'updatedBy', 'updatedAt', 'changeset'];
	operations.push({
		op: 'update-entity',
		id: drop.id,
		before: Object.fromEntries(stamps.map((key) => [key, drop.properties[key] ?? null])),
		after: { mergedInto: keep.id }
	});
	operations.push({ op: 'hide-entity', id: drop.id, labels: drop.labels });
	return operations;
}
