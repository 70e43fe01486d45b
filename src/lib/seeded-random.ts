/**
 * A small seeded generator (mulberry32): the same numbers on every machine for the same seed.
 * Louvain visits nodes in random order, so a fixed seed makes the same network always give the
 * same communities; benchmarks and synthetic graphs use it to be reproducible.
 */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}
