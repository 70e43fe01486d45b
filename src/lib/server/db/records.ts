import neo4j, { type Integer } from 'neo4j-driver';

/** A JSON value, as every driver value becomes once mapped. */
export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

/**
 * Turns any value the driver returns into plain JSON: integers become numbers (or strings beyond
 * 2^53, which only synthetic ids could reach), temporal values ISO strings, points {srid,x,y,z},
 * nodes, relationships and paths plain objects keyed by `elementId`.
 */
export function toPlain(value: unknown): Plain {
	if (value === null || value === undefined) return null;
	if (typeof value === 'boolean' || typeof value === 'string') return value;
	if (typeof value === 'number') return Number.isFinite(value) ? value : null;
	if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
	if (Array.isArray(value)) return value.map(toPlain);
	// Maps are most of what map projections return: they skip the type tests below.
	if (Object.getPrototypeOf(value) === Object.prototype) return mapToPlain(value as Record<string, unknown>);
	if (neo4j.isInt(value)) return integerToPlain(value as Integer);
	if (isTemporal(value)) return String(value);
	if (neo4j.isPoint(value)) {
		const { srid, x, y, z } = value;
		return { srid: integerToPlain(srid as unknown as Integer), x, y, ...(z === undefined ? {} : { z }) };
	}
	if (neo4j.isNode(value)) {
		return { elementId: value.elementId, labels: [...value.labels], properties: mapToPlain(value.properties) };
	}
	if (neo4j.isRelationship(value)) {
		return {
			elementId: value.elementId,
			type: value.type,
			startElementId: value.startNodeElementId,
			endElementId: value.endNodeElementId,
			properties: mapToPlain(value.properties)
		};
	}
	if (neo4j.isPath(value)) {
		return {
			start: toPlain(value.start),
			end: toPlain(value.end),
			segments: value.segments.map((segment) => ({
				start: toPlain(segment.start),
				relationship: toPlain(segment.relationship),
				end: toPlain(segment.end)
			}))
		};
	}
	if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
	if (typeof value === 'object') return mapToPlain(value as Record<string, unknown>);
	return String(value);
}

/** Maps every entry of a record-like object. */
export function mapToPlain(map: Record<string, unknown>): { [key: string]: Plain } {
	const plain: { [key: string]: Plain } = {};
	for (const key in map) if (Object.hasOwn(map, key)) plain[key] = toPlain(map[key]);
	return plain;
}

function integerToPlain(value: Integer): number | string {
	return neo4j.integer.inSafeRange(value) ? neo4j.integer.toNumber(value) : neo4j.integer.toString(value);
}

function isTemporal(value: unknown): boolean {
	return (
		neo4j.isDate(value) ||
		neo4j.isDateTime(value) ||
		neo4j.isLocalDateTime(value) ||
		neo4j.isLocalTime(value) ||
		neo4j.isTime(value) ||
		neo4j.isDuration(value)
	);
}

/**
 * Parameters for the driver: JavaScript numbers that are whole become Neo4j integers, so that
 * `LIMIT $limit` and stored counts, years and amounts are INTEGER rather than FLOAT.
 */
export function toParameters(value: unknown): unknown {
	if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
	if (Array.isArray(value)) return value.map(toParameters);
	if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
		return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, toParameters(entry)]));
	}
	return value;
}
