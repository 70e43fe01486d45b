import { cypher } from '$lib/server/db/cypher';
import { connect } from '$lib/server/db/neo4j';
import { readDatabaseSettings, testDatabaseEnvironment } from '$lib/server/db/settings';
import { buildSeed } from '../build';
import { readCommandLine } from '../command-line';
import { formatProblem } from '../problems';
import { applySchema } from '../schema';
import { migrate } from './migrate';
import { MODEL_VERSION, readModelVersion } from './model-version';
import { formatReport } from './report';

const USAGE = `Usage: npm run migrate -- [options]
  Brings an existing graph (your data, an imported export, a graph seeded by an earlier version)
  to the current model, in ONE transaction: a failure leaves the graph as it was. Stop the app
  first: this is maintenance, no changeset is recorded.
  --check, --dry-run  report what would change, write nothing
  --if-outdated       migrate only when the graph's model is older than the code's (used by npm start)
  --test              use the test database (NEO4J_TEST_URI, default bolt://127.0.0.1:7688)
  --seed-dir DIR      folder with themes.yaml and documents/ (default: seed)
  --open-data DIR     folder with the open data files (default: seed/open-data)`;

/** The options of `npm run migrate`, or the exit code to return at once (`--help`, a wrong option). */
export function readMigrateCommandLine(args: string[]) {
	const command = readCommandLine(args, {
		usage: USAGE,
		options: {
			check: { type: 'boolean', default: false },
			'dry-run': { type: 'boolean', default: false },
			'if-outdated': { type: 'boolean', default: false },
			test: { type: 'boolean', default: false },
			'seed-dir': { type: 'string', default: 'seed' },
			'open-data': { type: 'string', default: 'seed/open-data' }
		}
	});
	if ('exitCode' in command) return command;
	const { options } = command;
	return {
		options: {
			dryRun: options.check || options['dry-run'],
			ifOutdated: options['if-outdated'],
			test: options.test,
			seedDirectory: options['seed-dir'],
			openDataDirectory: options['open-data']
		}
	};
}

/** `npm run migrate`: moves an existing graph to the current model. Returns the exit code. */
export async function main(args: string[]): Promise<number> {
	const command = readMigrateCommandLine(args);
	if ('exitCode' in command) return command.exitCode;
	const { options } = command;

	const database = connect(readDatabaseSettings(options.test ? testDatabaseEnvironment(process.env) : process.env));
	try {
		await database.verify();
		if (options.ifOutdated) {
			const [{ count }] = await database.read(cypher('stats/count-entities'));
			const version = await readModelVersion(database);
			if (count === 0) {
				console.log('Le graphe est vide : rien à migrer.');
				return 0;
			}
			if (version >= MODEL_VERSION) {
				console.log(`Le graphe est au modèle ${version} (celui du code : ${MODEL_VERSION}) : pas de migration.`);
				return 0;
			}
		}
		const seed = await buildSeed(options.seedDirectory, options.openDataDirectory);
		if (seed.problems.length > 0) {
			console.error(`Les fichiers du semis ont ${seed.problems.length} problème(s) ; rien n’a été écrit :`);
			for (const problem of seed.problems) console.error(`  ${formatProblem(problem)}`);
			return 1;
		}
		if (!options.dryRun) await applySchema(database);
		const report = await migrate(database, {
			rows: seed.rows,
			dryRun: options.dryRun,
			onProgress: (message) => console.log(message)
		});
		for (const line of formatReport(report)) console.log(line);
		return 0;
	} catch (caught) {
		console.error(`La migration a échoué, le graphe est resté tel quel : ${caught instanceof Error ? caught.message : caught}`);
		return 1;
	} finally {
		await database.close();
	}
}
