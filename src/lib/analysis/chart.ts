import type { AnalysisResult } from '$lib/domain/analysis';

export interface Bar {
	degree: number;
	count: number;
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface ChartGeometry {
	bars: Bar[];
	/** Gridlines and their labels on the count axis. */
	ticks: { value: number; y: number }[];
	/** Degrees labelled under the axis (all of them when few, else a spread). */
	labels: Bar[];
}

/** A "nice" step for about `count` gridlines up to `top`: 1, 2 or 5 times a power of ten. */
export function niceStep(top: number, count = 4): number {
	if (top <= count) return 1;
	const raw = top / count;
	const power = 10 ** Math.floor(Math.log10(raw));
	return [1, 2, 5, 10].map((factor) => factor * power).find((step) => step >= raw) ?? raw;
}

/**
 * Bars of the degree distribution in a `width` × `height` drawing area, one per degree from 0 to
 * the largest (degrees nobody has get an empty slot, so the shape of the tail shows).
 */
export function degreeChart(distribution: AnalysisResult['degreeDistribution'], width: number, height: number): ChartGeometry {
	if (distribution.length === 0) return { bars: [], ticks: [], labels: [] };
	const counts = new Map(distribution.map((bin) => [bin.degree, bin.count]));
	const maxDegree = Math.max(...counts.keys());
	const step = niceStep(Math.max(...counts.values()));
	const top = Math.ceil(Math.max(...counts.values()) / step) * step;
	const slot = width / (maxDegree + 1);
	const gap = Math.min(4, slot * 0.2);
	const bars = Array.from({ length: maxDegree + 1 }, (_, degree) => {
		const count = counts.get(degree) ?? 0;
		const barHeight = (count / top) * height;
		return { degree, count, x: degree * slot + gap / 2, y: height - barHeight, width: slot - gap, height: barHeight };
	});
	const ticks = Array.from({ length: top / step + 1 }, (_, index) => ({ value: index * step, y: height - (index * step * height) / top }));
	const every = Math.ceil((maxDegree + 1) / 12);
	return { bars, ticks, labels: bars.filter((bar) => bar.degree % every === 0 || bar.degree === maxDegree) };
}
