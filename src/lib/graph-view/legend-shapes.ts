import type { ShapeName } from './style';

/** A regular polygon of `sides` in the 20×20 icon box, first vertex at `start` radians. */
function polygon(sides: number, start = -Math.PI / 2, radius = 8.5): string {
	const points = Array.from({ length: sides }, (_, index) => {
		const angle = start + (2 * Math.PI * index) / sides;
		return `${round(10 + radius * Math.cos(angle))} ${round(10 + radius * Math.sin(angle))}`;
	});
	return `M${points.join('L')}Z`;
}

function round(value: number): number {
	return Math.round(value * 100) / 100;
}

function star(): string {
	const points = Array.from({ length: 10 }, (_, index) => {
		const angle = -Math.PI / 2 + (Math.PI * index) / 5;
		const radius = index % 2 === 0 ? 9 : 3.8;
		return `${round(10 + radius * Math.cos(angle))} ${round(10 + radius * Math.sin(angle))}`;
	});
	return `M${points.join('L')}Z`;
}

/**
 * SVG paths (20×20 box) that look like Cytoscape's node shapes, for the legend. Rounded shapes
 * are drawn with round joins by the icon; the outline is the same.
 */
export const shapePaths: Record<ShapeName, string> = {
	ellipse: 'M10 1.5A8.5 8.5 0 1 1 9.99 1.5Z',
	'round-rectangle': 'M5 3H15Q18 3 18 6V14Q18 17 15 17H5Q2 17 2 14V6Q2 3 5 3Z',
	rectangle: 'M2 3H18V17H2Z',
	'round-pentagon': polygon(5),
	pentagon: polygon(5),
	'round-triangle': polygon(3, -Math.PI / 2, 9.5),
	star: star(),
	rhomboid: 'M6 3H18L14 17H2Z',
	hexagon: polygon(6, 0),
	heptagon: polygon(7),
	octagon: polygon(8, Math.PI / 8),
	'cut-rectangle': 'M5 3H15L18 6V14L15 17H5L2 14V6Z',
	barrel: 'M4 3H16Q19 10 16 17H4Q1 10 4 3Z',
	'round-tag': 'M2 4H13L18 10L13 16H2Z',
	vee: 'M2 3L10 9L18 3L10 17Z',
	diamond: 'M10 1L19 10L10 19L1 10Z'
};
