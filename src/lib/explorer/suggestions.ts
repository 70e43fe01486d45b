import type { SearchHit } from '$lib/domain/entity';
import type { EntityKind } from '$lib/domain/model';

export interface SuggestionGroup {
	kind: EntityKind;
	/** Each hit with its place in the list as shown (what the arrow keys move through). */
	hits: { hit: SearchHit; index: number }[];
}

/** Suggestions grouped by kind, groups in the order of their best hit, hits numbered as they are shown. */
export function groupByKind(hits: readonly SearchHit[]): SuggestionGroup[] {
	const groups = new Map<EntityKind, SearchHit[]>();
	for (const hit of hits) {
		if (!groups.has(hit.kind)) groups.set(hit.kind, []);
		groups.get(hit.kind)!.push(hit);
	}
	let index = 0;
	return [...groups].map(([kind, grouped]) => ({ kind, hits: grouped.map((hit) => ({ hit, index: index++ })) }));
}
