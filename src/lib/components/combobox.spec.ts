import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SearchHit } from '$lib/domain/entity';
import { afterPause, askedFor, groupByKind, keptHits, keyAction, queryOf, SHOWN_SUGGESTIONS, TYPING_PAUSE_MS } from './combobox';

const hit = (id: string, kind: SearchHit['kind']): SearchHit => ({ id, name: id, kind, labels: ['Entity', kind], score: 1 });

describe('groupByKind', () => {
	it('groups hits by kind in the order of each kind’s best hit, numbered as shown', () => {
		const groups = groupByKind([hit('ecosystem-cleon-4-0', 'Cluster'), hit('commune-76178', 'Commune'), hit('cleon-sas', 'Cluster')]);
		expect(groups.map((group) => group.kind)).toEqual(['Cluster', 'Commune']);
		expect(groups.flatMap((group) => group.hits.map(({ hit, index }) => `${index}:${hit.id}`))).toEqual([
			'0:ecosystem-cleon-4-0',
			'1:cleon-sas',
			'2:commune-76178'
		]);
		expect(groupByKind([])).toEqual([]);
	});
});

describe('what is asked and kept', () => {
	it('asks nothing for fewer than two characters, and the trimmed text otherwise', () => {
		expect(queryOf(' c ')).toBeNull();
		expect(queryOf('  cleon ')).toBe('cleon');
	});

	it('asks for more hits when only some kinds are wanted, then keeps those kinds, eight at most', () => {
		expect(askedFor(undefined)).toBe(SHOWN_SUGGESTIONS);
		expect(askedFor(['Commune'])).toBeGreaterThan(SHOWN_SUGGESTIONS);
		const hits = [hit('cleon-sas', 'Company'), ...Array.from({ length: 12 }, (_, index) => hit(`commune-${index}`, 'Commune'))];
		expect(keptHits(hits, ['Commune']).map((each) => each.id)).toEqual(hits.slice(1, 9).map((each) => each.id));
		expect(keptHits(hits, undefined)).toHaveLength(SHOWN_SUGGESTIONS);
		expect(keptHits(hits, undefined)[0].id).toBe('cleon-sas');
	});
});

describe('afterPause', () => {
	afterEach(() => void vi.useRealTimers());

	it('runs the task once typing has paused, and a keystroke before cancels it', () => {
		vi.useFakeTimers();
		const task = vi.fn();
		const cancel = afterPause(task);
		vi.advanceTimersByTime(TYPING_PAUSE_MS - 1);
		cancel();
		vi.advanceTimersByTime(TYPING_PAUSE_MS);
		expect(task).not.toHaveBeenCalled();
		afterPause(task);
		vi.advanceTimersByTime(TYPING_PAUSE_MS);
		expect(task).toHaveBeenCalledOnce();
	});

	it('aborts the request already sent when the next keystroke comes', () => {
		vi.useFakeTimers();
		let signal: AbortSignal | undefined;
		const cancel = afterPause((given) => (signal = given));
		vi.advanceTimersByTime(TYPING_PAUSE_MS);
		expect(signal?.aborted).toBe(false);
		cancel();
		expect(signal?.aborted).toBe(true);
	});
});

describe('keyAction', () => {
	const list = { open: true, active: 0, count: 3 };

	it('moves round the list with the arrows, from the top when nothing is active', () => {
		expect(keyAction('ArrowDown', list)).toEqual({ action: 'move', active: 1 });
		expect(keyAction('ArrowDown', { ...list, active: 2 })).toEqual({ action: 'move', active: 0 });
		expect(keyAction('ArrowUp', list)).toEqual({ action: 'move', active: 2 });
		expect(keyAction('ArrowDown', { ...list, active: -1 })).toEqual({ action: 'move', active: 0 });
		expect(keyAction('ArrowDown', { open: false, active: -1, count: 0 })).toEqual({ action: 'move', active: -1 });
	});

	it('picks the active suggestion with Enter, only from an open list', () => {
		expect(keyAction('Enter', { ...list, active: 1 })).toEqual({ action: 'pick', index: 1 });
		expect(keyAction('Enter', { ...list, open: false })).toBeUndefined();
		expect(keyAction('Enter', { ...list, active: -1 })).toBeUndefined();
	});

	it('closes with Escape, and keeps Escape from the page only when a list was shown', () => {
		expect(keyAction('Escape', list)).toEqual({ action: 'close', consumed: true });
		expect(keyAction('Escape', { open: true, active: -1, count: 0 })).toEqual({ action: 'close', consumed: false });
		expect(keyAction('a', list)).toBeUndefined();
	});
});
