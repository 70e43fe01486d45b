import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { z } from 'zod';
import { ensureBuilt, startApp } from './load/app';
import { readLoadOptions } from './load/options';

/**
 * `npm run bench:bundle`: the JavaScript each page makes the browser load, gzipped, against the
 * budgets of `bench/bundle-budget.json`; exit code 1 when a page exceeds its budget. Starts the
 * built app (built first when `build/` is missing) and opens each page in Chromium (CHROMIUM_PATH,
 * else /usr/bin/chromium) until the network is idle: every script the browser fetched counts —
 * the preloaded modules and those the page imports as it mounts (the query editor) — gzipped at
 * level 9, as a server compresses them. Modules imported only on a click (image export) do not.
 * The app reads the graph (NEO4J_URI, NEO4J_PASSWORD) to render pages; the entity page shows the
 * first hit of a search. Results: bench/results/bundle-size.json.
 */

const budgetSchema = z.record(z.string().startsWith('/'), z.number().positive());

/** The pages of the site; `[id]` is replaced with an entity the graph holds. */
const PAGES = ['/', '/explorer', '/partenaires', '/requetes', '/analyse', '/entite/[id]', '/a-propos'];

const kilobytes = (bytes: number) => Math.round(bytes / 102.4) / 10;

export async function main(args: string[]): Promise<number> {
	const options = readLoadOptions(args, { seconds: 1, connections: 1 });
	const budgets = budgetSchema.parse(JSON.parse(await readFile('bench/bundle-budget.json', 'utf8')));
	ensureBuilt();
	const app = await startApp(options.port);
	try {
		const search = (await (await fetch(`${app.origin}/api/search?q=cleon&limit=1`)).json()) as { results: { id: string }[] };
		const entity = search.results[0]?.id;
		if (!entity) throw new Error('no entity found to open /entite/[id]: seed the database first');
		console.error('Opening the pages in Chromium…');
		const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', timeout: 120_000 });
		const rows = [];
		try {
			for (const page of PAGES) {
				const tab = await browser.newPage();
				const scripts = new Map<string, Promise<Buffer>>();
				tab.on('response', (response) => {
					if (response.request().resourceType() === 'script' && response.ok()) scripts.set(response.url(), response.body());
				});
				const response = await tab.goto(new URL(page.replace('[id]', encodeURIComponent(entity)), app.origin).href, {
					waitUntil: 'networkidle',
					timeout: 120_000
				});
				if (!response?.ok()) throw new Error(`${page} answered ${response?.status()}`);
				const bodies = await Promise.all(scripts.values());
				await tab.close();
				console.error(`measured ${page}`);
				const bytes = bodies.reduce((sum, body) => sum + body.byteLength, 0);
				const gzip = bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).byteLength, 0);
				const budget = budgets[page] ?? null;
				rows.push({
					page,
					scripts: bodies.length,
					kb: kilobytes(bytes),
					gzipKb: kilobytes(gzip),
					budgetGzipKb: budget,
					within: budget === null ? 'no budget' : kilobytes(gzip) <= budget ? 'yes' : 'NO'
				});
			}
		} finally {
			await browser.close();
		}
		console.table(rows);
		await mkdir('bench/results', { recursive: true });
		await writeFile(
			'bench/results/bundle-size.json',
			`${JSON.stringify({ benchmark: 'bundle-size', date: new Date().toISOString(), node: process.version, pages: rows }, null, '\t')}\n`
		);
		console.log('Written to bench/results/bundle-size.json.');
		const over = rows.filter((row) => row.within !== 'yes');
		if (over.length > 0) console.error(`✖ Over budget or without one: ${over.map((row) => row.page).join(', ')}`);
		return over.length > 0 ? 1 : 0;
	} finally {
		await app.stop();
	}
}
