import { describe, expect, it } from 'vitest';
import { captionFontSize, captionSvg, wrapCaption } from './caption';
import { exportAttribution } from '$lib/export/export-graph';
import { childNamed, parseXml } from '../../../tests/support/readers/xml';

describe('wrapCaption', () => {
	it('breaks at spaces so that every line fits, keeping every word', () => {
		const lines = wrapCaption(exportAttribution, (line) => line.length <= 60);
		expect(lines.length).toBeGreaterThan(3);
		expect(lines.every((line) => line.length <= 60)).toBe(true);
		expect(lines.join(' ')).toBe(exportAttribution.replace(/\s+/g, ' '));
	});

	it('keeps a word longer than a line on its own line', () => {
		expect(wrapCaption('a tres-tres-long b', (line) => line.length <= 3)).toEqual(['a', 'tres-tres-long', 'b']);
	});
});

describe('captionSvg', () => {
	const svg =
		'<svg version="1.1" xmlns="http://www.w3.org/2000/svg" width="800" height="600"><defs/><g><rect x="0" y="0" width="10" height="10"/></g></svg>';

	it('adds a band below the picture with the escaped caption, and makes the image taller', () => {
		const root = parseXml(captionSvg(svg, 'Sources : <ANCT> & IGN'));
		expect(root.attributes.width).toBe('800');
		expect(Number(root.attributes.height)).toBeGreaterThan(600);
		expect(childNamed(root, 'desc')?.text).toBe('Sources : <ANCT> & IGN');
		expect(
			childNamed(root, 'text')
				?.children.map((line) => line.text)
				.join(' ')
		).toBe('Sources : <ANCT> & IGN');
		expect(childNamed(root, 'g')).toBeDefined();
	});

	it('wraps a long caption to the width of the image', () => {
		const root = parseXml(captionSvg(svg, exportAttribution));
		const lines = childNamed(root, 'text')!.children;
		expect(lines.length).toBeGreaterThan(2);
		expect(lines.every((line) => line.text.length * captionFontSize(800) * 0.55 <= 800)).toBe(true);
	});

	it('only describes an SVG whose size it cannot read', () => {
		const captioned = captionSvg('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"></svg>', 'Maillage');
		expect(captioned).toBe('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><desc>Maillage</desc></svg>');
	});
});
