import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { connect } from '$lib/server/db/neo4j';
import { readDatabaseSettings, testDatabaseEnvironment } from '$lib/server/db/settings';
import { digestGraph } from '$lib/server/db/graph-digest';
import { readCommandLine } from './command-line';
import { GraphNotEmptyError, importRows, readGraphExport } from './import';
import { formatProblem } from './problems';
import { progressBar } from './progress';
import { applySchema } from './schema';

const USAGE = `Usage: npm run import -- <file.json> [options]
  Loads a Maillage JSON export (GET /api/export?format=json) into a database that holds no
  entity yet, in one transaction: all of it, or nothing.
  --test              use the test database (NEO4J_TEST_URI, default bolt://127.0.0.1:7688)
  --batch-size N      rows per statement inside the transaction (default 2000)`;

const optionsSchema = z.object({
	file: z.string().min(1, 'name the JSON file to import'),
	test: z.boolean(),
	'batch-size': z.coerce.number().int().min(1).max(50_000)
});

/** `npm run import -- <file>`: validate the whole file, then write it in one transaction. Returns the exit code. */
export async function main(args: string[]): Promise<number> {
	const command = readCommandLine(args, {
		usage: USAGE,
		options: {
			test: { type: 'boolean', default: false },
			'batch-size': { type: 'string', default: '2000' }
		},
		positionals: true,
		check: ({ values, positionals }) =>
			optionsSchema.safeParse({ file: positionals[0] ?? '', test: values.test, 'batch-size': values['batch-size'] })
	});
	if ('exitCode' in command) return command.exitCode;
	const { options } = command;

	const started = performance.now();
	let text: string;
	try {
		text = await readFile(options.file, 'utf8');
	} catch (caught) {
		console.error(`${options.file}: cannot be read: ${caught instanceof Error ? caught.message : caught}`);
		return 1;
	}
	const { rows, problems } = readGraphExport(text, options.file);
	if (problems.length > 0) {
		console.error(`${options.file} is not a valid Maillage export (${problems.length} problem(s) shown); nothing was written:`);
		for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
		return 1;
	}
	console.log(
		`${options.file} is valid: ${rows.entities.length.toLocaleString('en')} entities, ${rows.relationships.length.toLocaleString('en')} relationships.`
	);

	const database = connect(readDatabaseSettings(options.test ? testDatabaseEnvironment(process.env) : process.env));
	try {
		await database.verify();
		await applySchema(database);
		const entityProgress = progressBar('Entities     ');
		const relationshipProgress = progressBar('Relationships');
		console.log('Writing everything in one transaction…');
		await importRows(database, rows, {
			batchSize: options['batch-size'],
			onProgress: ({ phase, done, total }) => (phase === 'entities' ? entityProgress : relationshipProgress)(done, total)
		});
		const digest = await digestGraph(database);
		console.log(`Imported: ${digest.entities} entities, ${digest.relationships} relationships, checksum ${digest.checksum}.`);
		console.log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
		return 0;
	} catch (caught) {
		if (caught instanceof GraphNotEmptyError) {
			console.error(`${caught.message} Nothing was written. Empty it first, or import into another database.`);
			return 1;
		}
		console.error(`Import failed, the graph was left as it was: ${caught instanceof Error ? caught.message : caught}`);
		return 1;
	} finally {
		await database.close();
	}
}
