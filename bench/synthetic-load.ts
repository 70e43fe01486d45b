import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { connect } from '$lib/server/db/neo4j';
import { readDatabaseSettings, testDatabaseEnvironment } from '$lib/server/db/settings';
import { syntheticScales } from '../seed/synthetic/generate';
import { clearSyntheticGraph, countSynthetic, synthesize } from '../seed/synthetic/load';
import { rateProgress } from '../seed/synthetic/progress';

const SEED = 42;

/**
 * `npm run bench -- synth`: how long the national synthetic graph (issue 7: about 76,000 nodes and
 * 500,000 relationships, target under 5 minutes) takes to read its real base, generate and load,
 * and the peak memory of the process. Runs on the TEST database, which must hold the full real
 * seed (`npm run bench` runs `bench:seed` first, which loads it there). A synthetic graph already
 * present is cleared first, and that clearing is timed too; the new graph is left loaded.
 */
export async function main(): Promise<number> {
	const database = connect(readDatabaseSettings(testDatabaseEnvironment(process.env)));
	try {
		const loadBefore = loadavg()[0];
		const present = await countSynthetic(database);
		let clearMs: number | null = null;
		if (present.entities > 0) {
			const started = performance.now();
			await clearSyntheticGraph(database, { onProgress: rateProgress('Clearing the previous synthetic graph', present.entities) });
			clearMs = performance.now() - started;
		}

		const scale = syntheticScales.national;
		const started = performance.now();
		let progress: ((done: number) => void) | undefined;
		const report = await synthesize(database, scale, SEED, {
			onProgress: ({ done, total }) => {
				progress ??= rateProgress('Loading', total);
				progress(done);
			}
		});
		const totalMs = performance.now() - started;
		const inDatabase = await countSynthetic(database);
		if (inDatabase.entities !== report.entities || inDatabase.relationships !== report.relationships) {
			throw new Error(
				`the database holds ${JSON.stringify(inDatabase)}, the generator made ${report.entities} and ${report.relationships}`
			);
		}

		const result = {
			benchmark: 'synthetic-load',
			date: new Date().toISOString(),
			scale: scale.name,
			seed: SEED,
			entities: report.entities,
			relationships: report.relationships,
			entitiesByKind: report.entitiesByKind,
			relationshipsByType: report.relationshipsByType,
			readBaseMs: Math.round(report.readMs),
			generateMs: Math.round(report.generateMs),
			loadMs: Math.round(report.loadMs),
			totalMs: Math.round(totalMs),
			rowsPerSecond: Math.round((report.entities + report.relationships) / (report.loadMs / 1000)),
			targetMs: 300_000,
			withinTarget: totalMs <= 300_000,
			peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
			previousGraphCleared: clearMs === null ? null : { ...present, clearMs: Math.round(clearMs) },
			// The machine is shared: the one-minute load average says how contended it was.
			loadAverage: { before: round(loadBefore), after: round(loadavg()[0]), cores: navigator.hardwareConcurrency }
		};
		console.log(JSON.stringify(result, null, 2));
		await mkdir('bench/results', { recursive: true });
		await writeFile('bench/results/synthetic-load.json', `${JSON.stringify(result, null, '\t')}\n`);
		console.log(
			'Written to bench/results/synthetic-load.json. The national synthetic graph stays loaded; npm run synth -- --clear --test removes it.'
		);
		return 0;
	} finally {
		await database.close();
	}
}

function round(n: number): number {
	return Math.round(n * 100) / 100;
}
