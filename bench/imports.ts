import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { passesLuhn } from '$lib/domain/identifiers';
import { importOptionsSchema, type ImportProgress } from '$lib/domain/imports';
import * as changesets from '$lib/server/changesets';
import { digestGraph } from '$lib/server/db/graph-digest';
import { connect } from '$lib/server/db/neo4j';
import { statement } from '$lib/server/db/rows';
import { actorCandidateRow, communeRow } from '$lib/server/db/rows/imports';
import { readDatabaseSettings, testDatabaseEnvironment } from '$lib/server/db/settings';
import * as imports from '$lib/server/imports';

/**
 * `npm run bench:imports`: a member list of BENCH_IMPORT_ROWS rows (10,000 by default) for a
 * cluster, made up here — fictitious companies with valid SIRET spread over the graph's communes,
 * 5 % naming actors the graph knows, 2 % with a wrong SIRET key — previewed as .xlsx and as .csv,
 * applied (one changeset), then reverted; the graph digest must come back (exit 1 otherwise).
 * On the seeded graph (NEO4J_URI, `npm start`), or the test graph with `-- --test`. Prints the times
 * and the peak memory, and writes bench/results/imports.json. Targets (issue 14): preview < 10 s,
 * apply < 30 s.
 */

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);
const CLUSTER = process.env.BENCH_IMPORT_CLUSTER ?? 'tenerrdis';
const LIST_COMMUNES = statement('imports/list-communes', communeRow);
const LIST_ACTORS = statement('imports/list-actors', actorCandidateRow);

/** A valid SIRET numbered `index` (SIREN and establishment keys computed), fictitious: it starts with 8. */
function siretOf(index: number): string {
	const withKey = (digits: string) => `${digits}${[...'0123456789'].find((key) => passesLuhn(`${digits}${key}`))}`;
	return withKey(`${withKey(`8${String(index).padStart(7, '0')}`)}0001`);
}
const wrongKey = (siret: string) => `${siret.slice(0, 13)}${(Number(siret[13]) + 1) % 10}`;

async function timed<T>(label: string, work: () => Promise<T>, into: Record<string, number>): Promise<T> {
	const started = performance.now();
	const result = await work();
	into[label] = Math.round(performance.now() - started);
	console.log(`${label.padEnd(16)} ${(into[label] / 1000).toFixed(2)} s`);
	return result;
}

export async function main(args: string[]): Promise<number> {
	const test = args.includes('--test');
	const database = connect(readDatabaseSettings(test ? testDatabaseEnvironment(process.env) : process.env));
	let peak = process.memoryUsage().rss;
	const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
	try {
		const communes = (await LIST_COMMUNES.read(database)).filter((commune) => commune.postalCodes.length > 0);
		const known = (await LIST_ACTORS.read(database)).filter((actor) => actor.name);
		const header = ['Raison sociale', 'SIRET', 'Code postal', 'Commune', 'Effectif'];
		const rows: string[][] = [];
		for (let index = 0; index < ROWS; index++) {
			const commune = communes[(index * 7919) % communes.length];
			if (index % 20 === 7 && known.length > 0) rows.push([known[index % known.length].name, '', '', '', '']);
			else {
				const siret = index % 50 === 13 ? wrongKey(siretOf(800_000 + index)) : siretOf(800_000 + index);
				rows.push([`Banc Fictif ${index} SAS`, siret, commune.postalCodes[0], commune.name, String(index % 500)]);
			}
		}
		const book = new ExcelJS.Workbook();
		book.addWorksheet('Adhérents').addRows([header, ...rows]);
		const xlsx = new Uint8Array(await book.xlsx.writeBuffer());
		const csv = new TextEncoder().encode([header, ...rows].map((row) => row.join(';')).join('\n'));
		const options = importOptionsSchema.parse({ preset: 'membres', clusterId: CLUSTER, reason: 'Banc d’essai' });
		const times: Record<string, number> = {};
		console.log(
			`Import of ${ROWS} rows for ${CLUSTER} on the ${test ? 'test' : 'seeded'} graph (${communes.length} communes, ${known.length} actors)`
		);
		const before = await digestGraph(database);
		const csvPreview = await timed(
			'preview .csv',
			() => imports.previewImport(database, imports.importRequest('banc.csv', csv, options)),
			times
		);
		const preview = await timed(
			'preview .xlsx',
			() => imports.previewImport(database, imports.importRequest('banc.xlsx', xlsx, options)),
			times
		);
		console.log(`  ${preview.summary.sentence}`);
		if (csvPreview.summary.sentence !== preview.summary.sentence) throw new Error('The CSV and the workbook read differently');
		const author = { id: 'bench', name: 'Banc d’essai' };
		// Where an apply's time goes, from its own progress: the preview again, the plan and the file kept
		// as source, then the commit (one transaction) — the part that batching changesets speeds up.
		const marks: Partial<Record<'previewed' | 'planned' | 'committed', number>> = {};
		const progress = (step: ImportProgress) => {
			if (step.phase === 'done') marks[marks.planned === undefined ? 'previewed' : 'committed'] = performance.now();
			if (step.phase === 'applying') marks.planned = performance.now();
		};
		const startedApply = performance.now();
		const applied = await timed(
			'apply .xlsx',
			() => imports.applyImport(database, author, imports.importRequest('banc.xlsx', xlsx, options), { publish: true, progress }),
			times
		);
		const phases = {
			preview: Math.round(marks.previewed! - startedApply),
			plan: Math.round(marks.planned! - marks.previewed!),
			commit: Math.round(marks.committed! - marks.planned!)
		};
		console.log(
			`  of which preview ${(phases.preview / 1000).toFixed(2)} s, plan ${(phases.plan / 1000).toFixed(2)} s, commit ${(phases.commit / 1000).toFixed(2)} s (${Math.round((100 * phases.commit) / times['apply .xlsx'])} %)`
		);
		const operations = applied.changeset?.operations.length ?? 0;
		await timed('revert', () => changesets.revert(database, author, applied.changeset!.id, 'Fin du banc d’essai'), times);
		const restored = JSON.stringify(await digestGraph(database)) === JSON.stringify(before);
		clearInterval(sampler);
		const result = {
			rows: ROWS,
			graph: test ? 'test' : 'seeded',
			operations,
			milliseconds: times,
			applyPhasesMs: phases,
			peakRssMb: Math.round(peak / 1024 / 1024),
			digestRestored: restored,
			targets: { previewMs: 10_000, applyMs: 30_000 },
			machine: { cpus: cpus().length, load: loadavg()[0] },
			at: new Date().toISOString()
		};
		console.log(`${operations} operations, peak RSS ${result.peakRssMb} MB, digest ${restored ? 'restored' : 'NOT restored'}`);
		await mkdir('bench/results', { recursive: true });
		await writeFile(path.join('bench/results', 'imports.json'), `${JSON.stringify(result, null, '\t')}\n`);
		return restored ? 0 : 1;
	} finally {
		clearInterval(sampler);
		await database.close();
	}
}
