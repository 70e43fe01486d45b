import { kindOf } from '$lib/domain/model';
import type { EntityRow, GraphRows, PropertyValue, RelationshipRow } from './rows';

/**
 * Merges the curated entries that share an id with an open-data node into that node: one entity
 * per institution or pôle. The open data keeps its kind, official name and facts; the curated
 * entry adds its labels (`:Actor:PublicBody`, `:Funder`), its description and properties, its
 * name as an alias when it differs from the official one, and its citations.
 */
export function enrichOpenData(openData: EntityRow[], curated: EntityRow[]): { openData: EntityRow[]; curated: EntityRow[] } {
	const curatedById = new Map(curated.map((row) => [row.id, row]));
	const merged = openData.map((row) => {
		const addition = curatedById.get(row.id);
		return addition ? enrich(row, addition) : row;
	});
	const openDataIds = new Set(openData.map((row) => row.id));
	return { openData: merged, curated: curated.filter((row) => !openDataIds.has(row.id)) };
}

/** One open-data row with a curated entry's additions (see `enrichOpenData`). */
export function enrich(official: EntityRow, addition: EntityRow): EntityRow {
	const kind = kindOf(official.labels);
	const labels = [...new Set([...(kind ? [kind] : []), ...official.labels, ...addition.labels])];
	const properties: Record<string, PropertyValue> = { ...addition.properties, ...official.properties };
	const officialName = String(official.properties.name ?? '');
	const aliases = uniqueStrings([
		...strings(official.properties.aliases),
		...(addition.properties.name !== officialName ? strings(addition.properties.name) : []),
		...strings(addition.properties.aliases)
	]).filter((alias) => alias !== officialName);
	if (aliases.length > 0) properties.aliases = aliases;
	const sources = uniqueStrings([...strings(official.properties.sources), ...strings(addition.properties.sources)]);
	if (sources.length > 0) properties.sources = sources;
	if (addition.properties.description !== undefined) properties.description = addition.properties.description;
	return { id: official.id, labels, properties };
}

function strings(value: PropertyValue | undefined): string[] {
	if (value === undefined) return [];
	return (Array.isArray(value) ? value : [value]).map(String);
}

function uniqueStrings(values: string[]): string[] {
	return [...new Set(values)];
}

/**
 * The rows of a build once enriched: open data first, then what only the curated files define.
 * Whoever funds something is a `:Funder`, be it a territory or an institution of the open data.
 */
export function withEnrichedOpenData(openData: GraphRows, curated: GraphRows): GraphRows {
	const entities = enrichOpenData(openData.entities, curated.entities);
	const relationships = mergeRelationships(openData.relationships, curated.relationships);
	return { entities: withFunderLabels([...entities.openData, ...entities.curated], relationships), relationships };
}

/**
 * One relationship per (type, from, to): a link both the open data and a document state (a pôle's
 * seat, its theme) keeps both citations, the open data's first, with the excerpts aligned (the
 * open data has none).
 */
export function mergeRelationships(openData: readonly RelationshipRow[], curated: readonly RelationshipRow[]): RelationshipRow[] {
	const key = (link: RelationshipRow) => `${link.type} ${link.from} ${link.to}`;
	const stated = new Map(curated.map((link) => [key(link), link]));
	const merged = openData.map((link) => {
		const document = stated.get(key(link));
		if (!document) return link;
		stated.delete(key(link));
		const officialSources = strings(link.properties.sources);
		return {
			...link,
			properties: {
				...document.properties,
				...link.properties,
				sources: [...officialSources, ...strings(document.properties.sources)],
				evidence: [...officialSources.map(() => ''), ...strings(document.properties.evidence)]
			}
		};
	});
	return [...merged, ...curated.filter((link) => stated.has(key(link)))];
}

/** Adds `Funder` to the labels of every entity that a FUNDS relationship starts from. */
export function withFunderLabels(entities: EntityRow[], relationships: readonly RelationshipRow[]): EntityRow[] {
	const funders = new Set(relationships.filter((link) => link.type === 'FUNDS').map((link) => link.from));
	return entities.map((row) =>
		funders.has(row.id) && !row.labels.includes('Funder') ? { ...row, labels: [...row.labels, 'Funder'] } : row
	);
}
