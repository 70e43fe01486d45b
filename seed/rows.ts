import type { RelationshipType } from '$lib/domain/model';

/** A property value Neo4j can store. */
export type PropertyValue = string | number | boolean | string[] | number[] | boolean[];

/** One node to write: its id, its labels (kind first, then Actor/Funder…), every property. */
export interface EntityRow {
	id: string;
	labels: string[];
	/** Includes `id` and `name`; `sources` lists `"<source id>#<section>"` citations. */
	properties: Record<string, PropertyValue>;
}

/** One relationship to write, identified by (type, from, to). */
export interface RelationshipRow {
	type: RelationshipType;
	from: string;
	to: string;
	/** `sources` and `evidence` are aligned lists: evidence[i] is the excerpt of sources[i]. */
	properties: Record<string, PropertyValue>;
}

/** Everything one loader (curated files, open data, synthetic data) wants written. */
export interface GraphRows {
	entities: EntityRow[];
	relationships: RelationshipRow[];
}

/** Drops undefined values so that `SET n = $properties` stores only what is known. */
export function definedProperties(properties: Record<string, PropertyValue | undefined | null>): Record<string, PropertyValue> {
	const kept: Record<string, PropertyValue> = {};
	for (const [key, value] of Object.entries(properties)) {
		if (value === undefined || value === null) continue;
		if (Array.isArray(value) && value.length === 0) continue;
		kept[key] = value;
	}
	return kept;
}
