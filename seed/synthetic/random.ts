import { seededRandom } from '$lib/seeded-random';

/**
 * A small seeded random generator for the synthetic graph: the same seed gives the same numbers on
 * every machine and Node version (Math.random cannot be seeded), so the same `--seed` always gives
 * the same graph. mulberry32: 32-bit state, fast, good enough for sampling (not for cryptography).
 */
export interface Random {
	/** A float in [0, 1). */
	next(): number;
	/** An integer in [min, max], both included. */
	int(min: number, max: number): number;
	/** True with probability `p`. */
	chance(p: number): boolean;
	/** One element of a non-empty list, uniformly. */
	pick<T>(items: readonly T[]): T;
	/**
	 * A Pareto draw (heavy tail): at least `minimum`, and P(X > x) = (minimum / x)^alpha. A smaller
	 * alpha gives a heavier tail (a few very large values).
	 */
	pareto(minimum: number, alpha: number): number;
}

/** The generator for `seed` (any integer; only its low 32 bits count). */
export function createRandom(seed: number): Random {
	const next = seededRandom(seed);
	return {
		next,
		int: (min, max) => min + Math.floor(next() * (max - min + 1)),
		chance: (p) => next() < p,
		pick: (items) => {
			if (items.length === 0) throw new Error('cannot pick from an empty list');
			return items[Math.floor(next() * items.length)];
		},
		// 1 - next() is in (0, 1]: never a division by zero.
		pareto: (minimum, alpha) => minimum / Math.pow(1 - next(), 1 / alpha)
	};
}

/**
 * Draws indices in proportion to `weights` (e.g. commune populations): cumulative sums and a binary
 * search, so each draw costs O(log n) however many communes there are. Throws when no weight is positive.
 */
export function weightedSampler(weights: readonly number[]): (random: Random) => number {
	const cumulative = new Float64Array(weights.length);
	let total = 0;
	weights.forEach((weight, index) => {
		total += weight > 0 ? weight : 0;
		cumulative[index] = total;
	});
	if (!(total > 0)) throw new Error('weightedSampler needs at least one positive weight');
	return (random) => {
		const target = random.next() * total;
		let low = 0;
		let high = cumulative.length - 1;
		while (low < high) {
			const middle = (low + high) >>> 1;
			if (cumulative[middle] > target) high = middle;
			else low = middle + 1;
		}
		return low;
	};
}

/** Shuffles a copy of `items` (Fisher–Yates) with the seeded generator. */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
	const copy = [...items];
	for (let index = copy.length - 1; index > 0; index--) {
		const other = Math.floor(random.next() * (index + 1));
		[copy[index], copy[other]] = [copy[other], copy[index]];
	}
	return copy;
}
