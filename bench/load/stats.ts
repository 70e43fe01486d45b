/** Latency figures of one measured run, in milliseconds (one decimal). */
export interface LatencySummary {
	count: number;
	p50: number;
	p95: number;
	p99: number;
	max: number;
	mean: number;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** The value below which `share` of the sorted samples fall (nearest rank). */
export function percentile(sorted: number[], share: number): number {
	if (sorted.length === 0) return Number.NaN;
	const rank = Math.ceil(share * sorted.length);
	return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** p50, p95, p99, max and mean of latencies in ms. */
export function summarise(latencies: number[]): LatencySummary {
	const sorted = [...latencies].sort((a, b) => a - b);
	const total = sorted.reduce((sum, value) => sum + value, 0);
	return {
		count: sorted.length,
		p50: round(percentile(sorted, 0.5)),
		p95: round(percentile(sorted, 0.95)),
		p99: round(percentile(sorted, 0.99)),
		max: round(sorted.at(-1) ?? Number.NaN),
		mean: round(sorted.length ? total / sorted.length : Number.NaN)
	};
}
