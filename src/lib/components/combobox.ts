import type { SearchHit } from '$lib/domain/entity';
import type { EntityKind } from '$lib/domain/model';

/**
 * What the entity combobox decides without a browser: when to ask, what to ask for, which
 * suggestions to keep, how they are grouped, and what a key does.
 */

/** Suggestions shown at most. */
export const SHOWN_SUGGESTIONS = 8;
/** Asked for when only some kinds are wanted, so that enough of them survive the filter. */
const ASKED_FOR_SOME_KINDS = 40;
/** A pause in typing this long sends the request. */
export const TYPING_PAUSE_MS = 180;

/** The text to search for: trimmed, or null while it is too short to suggest anything. */
export function queryOf(text: string): string | null {
	const query = text.trim();
	return query.length >= 2 ? query : null;
}

/** How many hits to ask the search for: more when some kinds will be left out. */
export function askedFor(kinds: readonly EntityKind[] | undefined): number {
	return kinds ? ASKED_FOR_SOME_KINDS : SHOWN_SUGGESTIONS;
}

/** The suggestions shown: the hits of the wanted kinds (all when none are named), the best first. */
export function keptHits(hits: readonly SearchHit[], kinds: readonly EntityKind[] | undefined): SearchHit[] {
	return (kinds ? hits.filter((hit) => kinds.includes(hit.kind)) : [...hits]).slice(0, SHOWN_SUGGESTIONS);
}

/**
 * Runs `task` once typing has paused for `delay` ms. The returned function cancels it: the timer
 * if it has not fired, the request (through the signal) if it has. Call it at the next keystroke.
 */
export function afterPause(task: (signal: AbortSignal) => void, delay = TYPING_PAUSE_MS): () => void {
	const controller = new AbortController();
	const timer = setTimeout(() => task(controller.signal), delay);
	return () => {
		clearTimeout(timer);
		controller.abort();
	};
}

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

/** What a key does in the combobox. */
export type KeyAction =
	/** ↑ ↓: open the list and make this suggestion the active one (unchanged when there is none). */
	| { action: 'move'; active: number }
	/** Enter on an active suggestion of an open list. */
	| { action: 'pick'; index: number }
	/** Escape: close the list; `consumed` when a list was shown, so the page does not act on it too. */
	| { action: 'close'; consumed: boolean };

/** The action of a key, given the list's state; undefined for keys the combobox leaves alone. */
export function keyAction(key: string, list: { open: boolean; active: number; count: number }): KeyAction | undefined {
	const { open, active, count } = list;
	if (key === 'ArrowDown' || key === 'ArrowUp') {
		// Round the list, from the top when nothing is active yet.
		const step = key === 'ArrowDown' ? 1 : -1;
		return { action: 'move', active: count === 0 ? active : (active + step + count) % count };
	}
	if (key === 'Enter') return open && active >= 0 && active < count ? { action: 'pick', index: active } : undefined;
	if (key === 'Escape') return { action: 'close', consumed: open && count > 0 };
	return undefined;
}
