import { z } from 'zod';
import { connect, type Database } from '$lib/server/db/neo4j';
import { readDatabaseSettings, testDatabaseEnvironment } from '$lib/server/db/settings';
import { syntheticScales } from './generate';
import { clearSyntheticGraph, countSynthetic, MissingGeographyError, SyntheticGraphPresentError, synthesize } from './load';
import { readCommandLine } from '../command-line';
import { rateProgress } from './progress';

const USAGE = `Usage: npm run synth -- --scale national|regional [--seed N]
       npm run synth -- --clear
Generates a synthetic graph (every node and relationship flagged synthetic: true) on top of the
real geography, territories and themes, which must be loaded first (npm run seed).
  --scale S         national (about 76,000 nodes, 500,000 relationships) or regional (a tenth)
  --seed N          integer seed of the generator (default 42): the same seed gives the same graph
  --clear           delete every synthetic node and relationship, and nothing else
  --batch-size N    rows per write transaction (default 10000)
  --test            use the test database (NEO4J_TEST_URI, default bolt://127.0.0.1:7688)`;

const argsSchema = z
	.object({
		scale: z.enum(Object.keys(syntheticScales) as [keyof typeof syntheticScales]).optional(),
		seed: z
			.string()
			.regex(/^\d{1,10}$/, 'must be a non-negative integer')
			.transform(Number)
			.refine((n) => n <= 0xffffffff, 'must be at most 4294967295')
			.default(42),
		'batch-size': z
			.string()
			.regex(/^\d+$/, 'must be a positive integer')
			.transform(Number)
			.refine((n) => n >= 1 && n <= 100_000, 'must be between 1 and 100000')
			.default(10_000),
		clear: z.boolean(),
		test: z.boolean()
	})
	.refine((args) => args.clear !== (args.scale !== undefined), {
		message: 'give either --scale national|regional (to generate) or --clear (to delete), not both',
		path: ['scale']
	});

/** `npm run synth`: generate and load the synthetic graph, or clear it. Returns the exit code. */
export async function main(args: string[]): Promise<number> {
	const command = readCommandLine(args, {
		usage: USAGE,
		options: {
			scale: { type: 'string' },
			seed: { type: 'string' },
			'batch-size': { type: 'string' },
			clear: { type: 'boolean', default: false },
			test: { type: 'boolean', default: false }
		},
		check: ({ values }) => argsSchema.safeParse(values)
	});
	if ('exitCode' in command) return command.exitCode;
	const { options } = command;

	const database = connect(readDatabaseSettings(options.test ? testDatabaseEnvironment(process.env) : process.env));
	try {
		await database.verify();
		return options.scale ? await generate(database, options.scale, options.seed, options['batch-size']) : await clear(database);
	} catch (caught) {
		if (caught instanceof MissingGeographyError || caught instanceof SyntheticGraphPresentError) {
			console.error(`Nothing was written: ${caught.message}.`);
		} else {
			console.error(
				`The synthetic load failed: ${caught instanceof Error ? caught.message : caught}\n` +
					'Batches already written are flagged synthetic: npm run synth -- --clear removes them.'
			);
		}
		return 1;
	} finally {
		await database.close();
	}
}

async function generate(database: Database, scaleName: keyof typeof syntheticScales, seed: number, batchSize: number): Promise<number> {
	const started = performance.now();
	const scale = syntheticScales[scaleName];
	let progress: ((done: number) => void) | undefined;
	const report = await synthesize(database, scale, seed, {
		batchSize,
		onProgress: ({ done, total }) => {
			progress ??= rateProgress('Loading', total);
			progress(done);
		}
	});
	console.log(`Synthetic graph (scale ${scale.name}, seed ${seed}):`);
	console.log(`  ${report.entities.toLocaleString('en')} nodes:`);
	for (const [kind, count] of Object.entries(report.entitiesByKind)) console.log(`    ${kind.padEnd(18)} ${count.toLocaleString('en')}`);
	console.log(`  ${report.relationships.toLocaleString('en')} relationships:`);
	for (const [type, count] of Object.entries(report.relationshipsByType))
		console.log(`    ${type.padEnd(18)} ${count.toLocaleString('en')}`);
	console.log(
		`Read the real base in ${seconds(report.readMs)}, generated in ${seconds(report.generateMs)}, loaded in ${seconds(report.loadMs)}; ` +
			`done in ${seconds(performance.now() - started)}.`
	);
	return 0;
}

async function clear(database: Database): Promise<number> {
	const started = performance.now();
	const { entities: total } = await countSynthetic(database);
	const progress = rateProgress('Deleting', total);
	const deleted = await clearSyntheticGraph(database, { onProgress: progress });
	console.log(
		deleted.entities === 0
			? 'No synthetic graph in the database: nothing to clear.'
			: `Deleted ${deleted.entities.toLocaleString('en')} synthetic nodes and ${deleted.relationships.toLocaleString('en')} synthetic relationships ` +
					`in ${seconds(performance.now() - started)}; the real graph is untouched.`
	);
	return 0;
}

function seconds(ms: number): string {
	return `${(ms / 1000).toFixed(1)} s`;
}
