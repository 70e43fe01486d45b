import { entityKinds } from '$lib/domain/model';
import { cypher } from '$lib/server/db/cypher';
import { connect } from '$lib/server/db/neo4j';
import { readDatabaseSettings, testDatabaseEnvironment } from '$lib/server/db/settings';
import { buildSeed } from './build';
import { readCommandLine } from './command-line';
import { findEvidenceMismatches } from './evidence';
import type { GraphRows } from './rows';
import type { DocumentCoverage } from './curated';
import { recordModelVersion } from './migrate/model-version';
import { formatProblem } from './problems';
import { progressBar } from './progress';
import { applySchema } from './schema';
import { writeRows } from './write';

const USAGE = `Usage: npm run seed -- [options]
  --check           validate the seed files and stop (writes nothing)
  --report          print, per source document, the entities and relationships drawn from it
  --if-empty        load only when the graph has no entity yet (used by npm start)
  --reset           delete the whole graph first (its own transaction: if the load then fails,
                    the graph is empty; run the seed again)
  --test            use the test database (NEO4J_TEST_URI, default bolt://127.0.0.1:7688)
  --documents DIR   check every evidence excerpt against the full texts of the source documents
                    in DIR (files named as in each source's \`file\`), then stop
  --seed-dir DIR    folder with themes.yaml and documents/ (default: seed)
  --open-data DIR   folder with the open data files (default: seed/open-data)`;

/** `npm run seed`: validate everything, then write it all in one transaction. Returns the exit code. */
export async function main(args: string[]): Promise<number> {
	const command = readCommandLine(args, {
		usage: USAGE,
		options: {
			check: { type: 'boolean', default: false },
			report: { type: 'boolean', default: false },
			'if-empty': { type: 'boolean', default: false },
			reset: { type: 'boolean', default: false },
			test: { type: 'boolean', default: false },
			'seed-dir': { type: 'string', default: 'seed' },
			documents: { type: 'string' },
			'open-data': { type: 'string', default: 'seed/open-data' }
		}
	});
	if ('exitCode' in command) return command.exitCode;
	const { options } = command;

	const started = performance.now();
	const seed = await buildSeed(options['seed-dir'], options['open-data']);
	if (seed.problems.length > 0) {
		console.error(`The seed files have ${seed.problems.length} problem(s); nothing was written:`);
		for (const problem of seed.problems) console.error(`  ${formatProblem(problem)}`);
		return 1;
	}
	const { rows } = seed;
	console.log(
		`Seed files are valid: ${rows.entities.length.toLocaleString('en')} entities and ${rows.relationships.length.toLocaleString('en')} relationships ` +
			`(${seed.curatedCounts.entities} curated entities, ${seed.curatedCounts.relationships} curated relationships).`
	);
	if (options.report) printCoverage(seed.coverage);
	if (options.documents) return verifyEvidence(seed.rows, options.documents);
	if (options.check) return 0;

	const environment = options.test ? testDatabaseEnvironment(process.env) : process.env;
	const database = connect(readDatabaseSettings(environment));
	try {
		await database.verify();
		const schemaCount = await applySchema(database);
		console.log(`Schema: ${schemaCount} constraints and indexes in place.`);
		const [{ count }] = await database.read(cypher('stats/count-entities'));
		if (options['if-empty'] && (count as number) > 0) {
			console.log(`The graph already holds ${count} entities: seeding skipped.`);
			return 0;
		}
		const entityProgress = progressBar('Entities     ');
		const relationshipProgress = progressBar('Relationships');
		if (options.reset) {
			// Deleting and re-creating 37,000 nodes in one transaction makes every index lookup
			// wade through the deletions (minutes instead of seconds): the reset commits first.
			await database.write(cypher('admin/delete-all-entities'));
			console.log('Graph emptied (--reset).');
		}
		await writeRows(database, rows, {
			onProgress: ({ phase, done, total }) => (phase === 'entities' ? entityProgress : relationshipProgress)(done, total)
		});
		// A graph loaded from nothing is in the current model: `npm run migrate --if-outdated` leaves it be.
		if (options.reset || count === 0) await database.writeTransaction((transaction) => recordModelVersion(transaction, { origin: 'seed' }));
		await printCounts(database);
		console.log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
		return 0;
	} catch (caught) {
		console.error(`Seeding failed, the graph was left as it was: ${caught instanceof Error ? caught.message : caught}`);
		return 1;
	} finally {
		await database.close();
	}
}

async function printCounts(database: ReturnType<typeof connect>): Promise<void> {
	const labels = await database.read(cypher('stats/count-nodes-per-label'), {
		kinds: [...entityKinds, 'Actor', 'Funder']
	});
	const types = await database.read(cypher('stats/count-relationships-by-type'));
	console.log('Nodes per label:');
	for (const row of labels) console.log(`  ${String(row.kind).padEnd(14)} ${row.count}`);
	console.log('Relationships per type:');
	for (const row of types) console.log(`  ${String(row.type).padEnd(18)} ${row.count}`);
}

async function verifyEvidence(rows: GraphRows, directory: string): Promise<number> {
	const documents = new Map(
		rows.entities
			.filter((row) => row.labels[0] === 'Source' && typeof row.properties.file === 'string')
			.map((row) => [row.id, row.properties.file as string])
	);
	const mismatches = await findEvidenceMismatches(rows, documents, directory);
	for (const mismatch of mismatches)
		console.error(`  ${mismatch.sourceId}: ${mismatch.relationship}: not found in the document: "${mismatch.excerpt}"`);
	console.log(`${documents.size} documents, ${mismatches.length} excerpt(s) not found word for word.`);
	return mismatches.length === 0 ? 0 : 1;
}

function printCoverage(coverage: DocumentCoverage[]): void {
	console.log('\nCoverage per source document:');
	for (const document of coverage) {
		const relationshipTotal = [...document.relationships.values()].reduce((sum, count) => sum + count, 0);
		console.log(`\n${document.sourceId} — ${document.title}`);
		console.log(`  ${document.entities.size} entities: ${[...document.entities].sort().join(', ')}`);
		console.log(
			`  ${relationshipTotal} relationships: ${[...document.relationships.entries()].map(([type, count]) => `${type} ${count}`).join(', ')}`
		);
	}
}
