import type { GraphEdge } from '$lib/domain/graph';
import type { Plain } from '$lib/server/db/records';
import { toGraphEdge } from '$lib/server/explore/graph-elements';

/**
 * Reading the plain JSON rows of the partner queries without trusting their shape: a missing
 * or mistyped value reads as empty, never as an exception in the middle of a ranking.
 */

export type PlainRecord = { [key: string]: Plain };

export function record(value: Plain | undefined): PlainRecord {
	return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
}

export function list(value: Plain | undefined): Plain[] {
	return Array.isArray(value) ? value : [];
}

export function records(value: Plain | undefined): PlainRecord[] {
	return list(value).map(record);
}

export function stringOf(value: Plain | undefined): string | undefined {
	return typeof value === 'string' ? value : undefined;
}

export function numberOf(value: Plain | undefined): number | undefined {
	return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function strings(value: Plain | undefined): string[] {
	return list(value).filter((item): item is string => typeof item === 'string');
}

/** An edge map of a partner query as a graph API edge; undefined when it is not one. */
export function edgeOf(value: Plain | undefined): GraphEdge | undefined {
	const row = record(value);
	return Object.keys(row).length > 0 ? toGraphEdge(row) : undefined;
}
