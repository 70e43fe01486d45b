import { describe, expect, it } from 'vitest';
import { createRandom, shuffled, weightedSampler } from './random';

describe('createRandom', () => {
	it('repeats its numbers for a seed and changes them with the seed', () => {
		const draw = (seed: number) => Array.from({ length: 5 }, createRandom(seed).next);
		expect(draw(42)).toEqual(draw(42));
		expect(draw(42)).not.toEqual(draw(43));
		expect(draw(42).every((n) => n >= 0 && n < 1)).toBe(true);
	});

	it('keeps integers within their bounds, reaching both', () => {
		const random = createRandom(1);
		const values = new Set(Array.from({ length: 2_000 }, () => random.int(2, 5)));
		expect([...values].sort()).toEqual([2, 3, 4, 5]);
	});

	it('draws Pareto values above the minimum with the tail the exponent gives', () => {
		const random = createRandom(3);
		const values = Array.from({ length: 20_000 }, () => random.pareto(20, 1.6));
		expect(Math.min(...values)).toBeGreaterThanOrEqual(20);
		// P(X > 200) = (20 / 200)^1.6 ≈ 2.5 %.
		const tail = values.filter((v) => v > 200).length / values.length;
		expect(tail).toBeGreaterThan(0.018);
		expect(tail).toBeLessThan(0.032);
	});
});

describe('weightedSampler', () => {
	it('draws in proportion to the weights and never a zero weight', () => {
		const sample = weightedSampler([0, 1, 3, 0]);
		const random = createRandom(5);
		const counts = [0, 0, 0, 0];
		for (let i = 0; i < 8_000; i++) counts[sample(random)]++;
		expect(counts[0]).toBe(0);
		expect(counts[3]).toBe(0);
		expect(counts[2] / counts[1]).toBeGreaterThan(2.6);
		expect(counts[2] / counts[1]).toBeLessThan(3.4);
	});

	it('refuses weights that are all zero', () => {
		expect(() => weightedSampler([0, 0])).toThrow(/positive weight/);
	});
});

describe('shuffled', () => {
	it('returns a reordered copy with the same items, the same for the same seed', () => {
		const items = Array.from({ length: 20 }, (_, i) => i);
		const once = shuffled(items, createRandom(9));
		expect(once).toEqual(shuffled(items, createRandom(9)));
		expect(once).not.toEqual(items);
		expect([...once].sort((a, b) => a - b)).toEqual(items);
	});
});
