import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { shapePaths } from './legend-shapes';
import type { ShapeName } from './style';

/**
 * The graph as shown, written as SVG from what Cytoscape computed for each element (position,
 * size, shape, colours, label, opacity). The canvas-replaying extension used before dropped about
 * 8 nodes of 21 and bent the theme shapes (« Attempted to apply path command to node text »):
 * it cannot follow Cytoscape's cached Path2D shapes. Shapes are the legend's, scaled to each node.
 */

/** Room around the drawing, in graph units. */
const MARGIN = 20;

const escapeXml = (text: string) =>
	text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!);

const round = (value: number) => Math.round(value * 100) / 100;
const pixels = (value: unknown) => Number.parseFloat(String(value)) || 0;

function isShape(shape: string): shape is ShapeName {
	return shape in shapePaths;
}

/** One node: its shape scaled from the legend's 20×20 box, then its label below it. */
function nodeSvg(node: NodeSingular): string {
	const { x, y } = node.position();
	const width = node.width();
	const height = node.height();
	const shape = String(node.style('shape'));
	const path = shapePaths[isShape(shape) ? shape : 'ellipse'];
	const borderWidth = pixels(node.style('border-width'));
	const dashed = node.style('border-style') === 'dashed';
	const opacity = round(node.effectiveOpacity());
	const transform = `translate(${round(x - width / 2)} ${round(y - height / 2)}) scale(${round(width / 20)} ${round(height / 20)})`;
	const drawn = [
		`<path d="${path}" transform="${transform}" fill="${escapeXml(String(node.style('background-color')))}"`,
		` fill-opacity="${round(Number(node.style('background-opacity')) || 1)}"`,
		borderWidth > 0
			? ` stroke="${escapeXml(String(node.style('border-color')))}" stroke-width="${round(borderWidth)}" vector-effect="non-scaling-stroke"${dashed ? ' stroke-dasharray="4 3"' : ''}`
			: '',
		'/>'
	].join('');
	const label = String(node.style('label') ?? '');
	const fontSize = pixels(node.style('font-size')) || 12;
	const text =
		label && Number(node.style('text-opacity')) !== 0
			? `<text x="${round(x)}" y="${round(y + height / 2 + fontSize + 2)}" text-anchor="middle" font-size="${round(fontSize)}"` +
				` font-family="sans-serif" fill="${escapeXml(String(node.style('color')))}">${escapeXml(label)}</text>`
			: '';
	return `<g class="node" data-id="${escapeXml(node.id())}" opacity="${opacity}">${drawn}${text}</g>`;
}

/** One edge: from its source's border to its target's, curved through its control points, with its arrow. */
function edgeSvg(edge: EdgeSingular): string {
	const from = edge.sourceEndpoint();
	const to = edge.targetEndpoint();
	const controls = edge.style('curve-style') === 'bezier' ? (edge.controlPoints() ?? []) : [];
	const through = controls.length > 0 ? `Q${round(controls[0].x)} ${round(controls[0].y)} ` : 'L';
	const colour = escapeXml(String(edge.style('line-color')));
	const arrow = edge.style('target-arrow-shape') !== 'none' ? ' marker-end="url(#arrow)"' : '';
	const dashed =
		edge.style('line-style') === 'dashed'
			? ' stroke-dasharray="6 4"'
			: edge.style('line-style') === 'dotted'
				? ' stroke-dasharray="2 3"'
				: '';
	return (
		`<path class="edge" data-id="${escapeXml(edge.id())}" d="M${round(from.x)} ${round(from.y)} ${through}${round(to.x)} ${round(to.y)}"` +
		` fill="none" stroke="${colour}" stroke-width="${round(pixels(edge.style('width')) || 1)}" opacity="${round(edge.effectiveOpacity())}"${dashed}${arrow}/>`
	);
}

/** The visible graph as an SVG document on white, at its graph size, with `width` and `height` in its root. */
export function graphSvg(cy: Core): string {
	const nodes = cy.nodes(':visible');
	const edges = cy.edges(':visible');
	const box = cy.elements(':visible').boundingBox({ includeLabels: true });
	const width = round((Number.isFinite(box.w) ? box.w : 0) + 2 * MARGIN);
	const height = round((Number.isFinite(box.h) ? box.h : 0) + 2 * MARGIN);
	const shift = `translate(${round(MARGIN - (Number.isFinite(box.x1) ? box.x1 : 0))} ${round(MARGIN - (Number.isFinite(box.y1) ? box.y1 : 0))})`;
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">`,
		'<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">',
		'<path d="M0 0L10 5L0 10Z" fill="#64748b"/></marker></defs>',
		`<rect width="${width}" height="${height}" fill="#ffffff"/>`,
		`<g transform="${shift}">`,
		...edges.map(edgeSvg),
		...nodes.map(nodeSvg),
		'</g></svg>'
	].join('\n');
}
