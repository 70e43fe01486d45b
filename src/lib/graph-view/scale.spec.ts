import { describe, expect, it } from 'vitest';
import { fcosePlan, isLargeView, LARGE_VIEW } from './scale';

describe('isLargeView', () => {
	it('calls a view large past either threshold, of nodes or of elements', () => {
		expect(isLargeView({ nodes: 120, elements: 400 })).toBe(false);
		expect(isLargeView({ nodes: LARGE_VIEW.nodes + 1, elements: 400 })).toBe(true);
		expect(isLargeView({ nodes: 200, elements: LARGE_VIEW.elements + 1 })).toBe(true);
	});

	it('keeps a large view large until it shrinks well below the thresholds', () => {
		const nearly = { nodes: LARGE_VIEW.nodes - 10, elements: 400 };
		expect(isLargeView(nearly, false)).toBe(false);
		expect(isLargeView(nearly, true)).toBe(true);
		expect(isLargeView({ nodes: 100, elements: 400 }, true)).toBe(false);
	});
});

describe('fcosePlan', () => {
	const ordinary = { nodes: 100, elements: 300 };
	const large = { nodes: 3_000, elements: 13_000 };

	it('lays an ordinary view out in full, from the current positions when it grew', () => {
		expect(fcosePlan(ordinary, false, true)).toEqual({ run: true, quality: 'default', randomize: true, animate: true });
		expect(fcosePlan(ordinary, true, true)).toEqual({ run: true, quality: 'default', randomize: false, animate: true });
	});

	it('lays a large view out in draft quality without animation, and not again when it only grew', () => {
		expect(fcosePlan(large, false, true)).toEqual({ run: true, quality: 'draft', randomize: true, animate: false });
		expect(fcosePlan(large, true, true)).toEqual({ run: false });
	});
});
