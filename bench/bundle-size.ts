import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';
import { ensureBuilt, startApp } from './load/app';
import { readLoadOptions } from './load/options';

/**
 * `npm run bench:bundle`: the JavaScript each page makes the browser load, gzipped, against the
 * budgets of `bench/bundle-budget.json`; exit code 1 when a page exceeds its budget. Starts the
 * built app (built first when `build/` is missing) and reads each page as a browser would: the
 * scripts its HTML imports and every module it preloads (`<link rel="modulepreload">`), fetched
 * from the app and gzipped (level 9, as the adapter precompresses). Modules a page imports later
 * on demand are not counted. The app reads the graph (NEO4J_URI, NEO4J_PASSWORD) to render
 * pages; the entity page shows the first hit of a search. Results: bench/results/bundle-size.json.
 */

const budgetSchema = z.record(z.string().startsWith('/'), z.number().positive());

/** The pages of the site; `[id]` is replaced with an entity the graph holds. */
const PAGES = ['/', '/explorer', '/partenaires', '/requetes', '/analyse', '/entite/[id]', '/a-propos'];

/** Scripts a page's HTML loads before it runs: module preloads and imports of its inline start script. */
export function scriptsOf(html: string): string[] {
	const found = new Set<string>();
	for (const match of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*>/g)) {
		const href = /\bhref="([^"]+)"/.exec(match[0])?.[1];
		if (href) found.add(href);
	}
	for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) found.add(match[1]);
	for (const match of html.matchAll(/import\(\s*"([^"]+\.js)"\s*\)/g)) found.add(match[1]);
	return [...found];
}

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
		const cache = new Map<string, { bytes: number; gzip: number }>();
		const rows = [];
		for (const page of PAGES) {
			const url = new URL(page.replace('[id]', encodeURIComponent(entity)), app.origin);
			const response = await fetch(url);
			if (!response.ok) throw new Error(`${page} answered ${response.status}`);
			const scripts = scriptsOf(await response.text()).map((src) => new URL(src, url).href);
			let bytes = 0;
			let gzip = 0;
			for (const script of scripts) {
				if (!cache.has(script)) {
					const body = Buffer.from(await (await fetch(script)).arrayBuffer());
					cache.set(script, { bytes: body.byteLength, gzip: gzipSync(body, { level: 9 }).byteLength });
				}
				bytes += cache.get(script)!.bytes;
				gzip += cache.get(script)!.gzip;
			}
			const budget = budgets[page] ?? null;
			rows.push({
				page,
				scripts: scripts.length,
				kb: kilobytes(bytes),
				gzipKb: kilobytes(gzip),
				budgetGzipKb: budget,
				within: budget === null ? 'no budget' : kilobytes(gzip) <= budget ? 'yes' : 'NO'
			});
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
