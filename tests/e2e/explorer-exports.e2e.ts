import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { shapePaths } from '../../src/lib/graph-view/legend-shapes';

/** What the screen shows, from the Cytoscape instance `?debug` exposes: each visible node and the label drawn under it. */
async function shown(page: Page): Promise<{ id: string; label: string }[]> {
	return page.evaluate(() => {
		const cy = (window as unknown as { __maillageCy: import('cytoscape').Core }).__maillageCy;
		return cy.nodes(':visible').map((node) => ({ id: node.id(), label: String(node.style('label') ?? '') }));
	});
}

async function download(page: Page, format: RegExp): Promise<string> {
	await page.getByRole('button', { name: /^Exporter/ }).click();
	const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: format }).click()]);
	return (await file.path())!;
}

test('the SVG and PNG exports hold what the screen shows: every node, its label, the theme shapes, no console error', async ({ page }) => {
	test.setTimeout(60_000);
	const errors: string[] = [];
	page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
	page.on('pageerror', (error) => errors.push(error.message));
	await page.setViewportSize({ width: 1366, height: 768 });
	await page.goto('/explorer?id=ecosystem-cleon-4-0&debug');
	const details = page.getByRole('complementary', { name: 'Détails' });
	await expect(details.getByRole('button', { name: 'CCI Rouen Métropole' })).toBeVisible();
	await expect(page.locator('.stage')).toHaveAttribute('aria-busy', 'false');
	const screen = await shown(page);
	expect(screen.length).toBeGreaterThan(15);

	const svg = await readFile(await download(page, /^Image SVG/), 'utf8');
	await writeFile('test-results/screenshots/explorer-export.svg', svg);
	await page.screenshot({ path: 'test-results/screenshots/explorer-export-screen.png' });
	const drawn = [...svg.matchAll(/<g class="node" data-id="([^"]+)"/g)].map((match) => match[1]);
	expect(drawn.sort()).toEqual(screen.map((node) => node.id).sort());
	const unescape = (text: string) =>
		text
			.replace(/&amp;/g, '&')
			.replace(/&apos;/g, "'")
			.replace(/&quot;/g, '"');
	const labels = [...svg.matchAll(/<g class="node"[^>]*>.*?<text [^>]*>([^<]*)<\/text>/g)].map((match) => unescape(match[1]));
	const labelled = screen.filter((node) => node.label !== '').map((node) => node.label);
	expect(labelled.length).toBeGreaterThan(0);
	expect(labels.sort()).toEqual([...labelled].sort());
	// The themes keep their tag shape, scaled to the node.
	expect(svg).toContain(`d="${shapePaths['round-tag']}"`);
	// The caption with the sources' credit, below the graph.
	expect(svg).toMatch(/<desc>[^<]*Maillage/);

	const png = await readFile(await download(page, /^Image PNG/));
	expect(png.subarray(1, 4).toString()).toBe('PNG');
	const pngWidth = png.readUInt32BE(16);
	const pngHeight = png.readUInt32BE(20);
	const svgWidth = Number(/<svg[^>]* width="([\d.]+)"/.exec(svg)?.[1]);
	const svgHeight = Number(/<svg[^>]* height="([\d.]+)"/.exec(svg)?.[1]);
	// Both are the whole graph with its caption band: the same shape, give or take the margins.
	expect(Math.abs(pngWidth / pngHeight - svgWidth / svgHeight)).toBeLessThan(0.25 * (svgWidth / svgHeight));
	expect(errors.filter((text) => /path command|svg/i.test(text))).toEqual([]);
});
