import { createHash, randomBytes } from 'node:crypto';
import type { Operation, Properties, PropertyChanges } from '$lib/domain/changesets';
import type { Citation, ContributedKind, NewEntity, NewRelationship } from '$lib/domain/contributions';
import { slugify } from '$lib/domain/text';
import { stableJson } from '$lib/server/db/graph-digest';

/**
 * Pure planning: a person's request, plus what the graph holds now, becomes the exact operations
 * of a changeset. Nothing here reads or writes the database.
 */

/** The version of an entity a page shows: a digest of its properties, which any change alters. */
export function versionOf(properties: Properties): string {
	return createHash('sha256').update(stableJson(properties)).digest('hex').slice(0, 16);
}

/** An id in the graph's style (lower-case ascii slug), made unique by a short random suffix when `taken`. */
export function slugOf(name: string): string {
	const slug = slugify(name).slice(0, 60).replace(/-+$/, '');
	return slug || 'entite';
}

export function uniqueId(name: string, taken: (id: string) => boolean): string {
	const base = slugOf(name);
	if (!taken(base)) return base;
	for (;;) {
		const candidate = `${base}-${randomBytes(2).toString('hex')}`;
		if (!taken(candidate)) return candidate;
	}
}

/** The labels of a new entity of a kind: actors carry :Actor too. */
export function labelsOf(kind: ContributedKind): string[] {
	return ['Project', 'Person'].includes(kind) ? [kind] : [kind, 'Actor'];
}

/** A new source to create, when the citation describes one; its id is a slug of its title. */
export function sourceOperation(citation: Citation, taken: (id: string) => boolean): Operation | null {
	if (!citation.newSource) return null;
	const { title, publisher, date, url, upload } = citation.newSource;
	const id = uniqueId(`source ${title}`, taken);
	const properties: Properties = {
		id,
		name: title,
		kind: url ? 'web-page' : 'report',
		...(publisher ? { publisher } : {}),
		...(date ? { date } : {}),
		...(url ? { url } : {}),
		...(upload ? { upload } : {})
	};
	return { op: 'create-entity', id, labels: ['Source'], properties };
}

/** The stored reference of a citation (`source-id#section`), as the seed writes them. */
export function referenceOf(sourceId: string, citation: Citation): string {
	return citation.section ? `${sourceId}#${citation.section}` : sourceId;
}

/** The properties of a new entity, without the empty ones. */
export function entityProperties(id: string, request: NewEntity, reference: string): Properties {
	const { name, aliases, description, siren, siret, website, clusterKind } = request;
	return {
		id,
		name,
		...(aliases.length > 0 ? { aliases } : {}),
		...(description ? { description } : {}),
		...(siren ? { siren } : {}),
		...(siret ? { siret } : {}),
		...(website ? { website } : {}),
		...(request.kind === 'Cluster' && clusterKind ? { clusterKind } : {}),
		sources: [reference],
		evidence: [request.citation.excerpt]
	};
}

/**
 * The changes an edit makes to an entity's properties, with their values now (`before`), and the
 * citation added to its sources. Unchanged fields are left out; an emptied field is removed.
 */
export function entityChanges(
	current: Properties,
	changes: Partial<Record<string, string | string[] | undefined>>,
	reference: string,
	excerpt: string
): { before: PropertyChanges; after: PropertyChanges } | null {
	const before: PropertyChanges = {};
	const after: PropertyChanges = {};
	for (const [key, value] of Object.entries(changes)) {
		const next = value === undefined || (Array.isArray(value) && value.length === 0) ? null : value;
		if (stableJson(current[key] ?? null) === stableJson(next)) continue;
		before[key] = current[key] ?? null;
		after[key] = next;
	}
	if (Object.keys(after).length === 0) return null;
	const sources = asList(current.sources);
	const evidence = asList(current.evidence);
	// Every key the published change will set has its value now in `before`, so that a revert restores it:
	// the citation lists, and who changed it last (the changeset stamps the new values).
	for (const key of ['sources', 'evidence', 'updatedBy', 'updatedAt', 'changeset']) before[key] = current[key] ?? null;
	// Evidence runs beside sources, position by position; an older entity may have none.
	after.sources = [...sources, reference];
	after.evidence = [...sources.map((_, index) => evidence[index] ?? ''), excerpt];
	return { before, after };
}

function asList(value: Properties[string] | undefined): string[] {
	if (value === undefined) return [];
	return (Array.isArray(value) ? value : [value]).map(String);
}

/** The properties of a new relationship, without the empty ones. */
export function relationshipProperties(request: NewRelationship, reference: string): Properties {
	const { role, title, status, amountEur, year, startYear, endYear } = request;
	return {
		...(role ? { role } : {}),
		...(title ? { title } : {}),
		...(status ? { status } : {}),
		...(amountEur !== undefined ? { amountEur } : {}),
		...(year !== undefined ? { year } : {}),
		...(startYear !== undefined ? { startYear } : {}),
		...(endYear !== undefined ? { endYear } : {}),
		sources: [reference],
		evidence: [request.citation.excerpt]
	};
}

/**
 * A link already stated (same type, ends and role) gains the new citation instead of being
 * duplicated: one relationship, several sources, as the seed does.
 */
export function citeExisting(existing: Properties, reference: string, excerpt: string): Properties | null {
	const sources = asList(existing.sources);
	if (sources.includes(reference)) return null;
	const evidence = asList(existing.evidence);
	return { ...existing, sources: [...sources, reference], evidence: [...sources.map((_, index) => evidence[index] ?? ''), excerpt] };
}
