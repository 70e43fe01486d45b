import type { Database, StatementRunner } from '$lib/server/db/neo4j';
import type { GraphRows } from '../rows';
import type { MigrationStep } from './step';
import { migrationSteps } from './steps';
import { reapplySeed, retractWhatTheSeedNoLongerStates } from './reseed';
import { MODEL_VERSION, readModelVersion, recordModelVersion } from './model-version';

/** What one run of the migration changed (or, for a dry run, would have changed). */
export interface MigrationReport {
	fromVersion: number;
	toVersion: number;
	dryRun: boolean;
	/** Each step's own count, in the order they ran. */
	steps: { id: string; title: string; count: number }[];
	/** Seed rows written because the graph lacked them or held them otherwise. */
	seed: { entities: number; relationships: number };
	/** Curated facts deleted because the seed no longer states them. */
	retracted: { relationships: number; entities: number };
}

/** Every change a report counts. */
export function totalChanges(report: MigrationReport): number {
	return (
		report.steps.reduce((sum, step) => sum + step.count, 0) +
		report.seed.entities +
		report.seed.relationships +
		report.retracted.relationships +
		report.retracted.entities
	);
}

export interface MigrationOptions {
	/** The current seed (open data and curated files), as `buildSeed` gives it. */
	rows: GraphRows;
	/** Runs everything, reports, then rolls back: nothing is written. */
	dryRun?: boolean;
	steps?: readonly MigrationStep[];
	batchSize?: number;
	/** The whole migration's time-out; a maintenance run on a full graph takes longer than a request. */
	timeoutMs?: number;
	onProgress?: (message: string) => void;
}

/** Carries the report of a dry run out of its transaction, which it rolls back. */
class DryRunFinished extends Error {
	constructor(readonly report: MigrationReport) {
		super('dry run: rolled back');
	}
}

/**
 * Brings an existing graph to the current model in ONE write transaction: the steps in order, the
 * seed applied again, then the curated facts the seed no longer states retracted; the run is
 * recorded on the maintenance node. Any failure rolls everything back. A maintenance operation:
 * no changeset is recorded and the app should not be writing meanwhile (see docs/migration.md).
 */
export async function migrate(database: Database, options: MigrationOptions): Promise<MigrationReport> {
	const { rows, dryRun = false, steps = migrationSteps, batchSize = 2_000, timeoutMs = 600_000, onProgress = () => {} } = options;
	const fromVersion = await readModelVersion(database);
	try {
		return await database.writeTransaction(
			async (transaction) => {
				const report = await runMigration(transaction, { rows, steps, batchSize, onProgress });
				const finished = { ...report, fromVersion, dryRun };
				if (dryRun) throw new DryRunFinished(finished);
				return finished;
			},
			{ timeoutMs }
		);
	} catch (caught) {
		if (caught instanceof DryRunFinished) return caught.report;
		throw caught;
	}
}

async function runMigration(
	transaction: StatementRunner,
	{
		rows,
		steps,
		batchSize,
		onProgress
	}: { rows: GraphRows; steps: readonly MigrationStep[]; batchSize: number; onProgress: (message: string) => void }
): Promise<Omit<MigrationReport, 'fromVersion' | 'dryRun'>> {
	const stepCounts: MigrationReport['steps'] = [];
	for (const step of steps) {
		onProgress(`Étape ${step.id}…`);
		stepCounts.push({ id: step.id, title: step.title, count: await step.run(transaction) });
	}
	onProgress('Semis appliqué à nouveau…');
	const seed = await reapplySeed(transaction, rows, batchSize);
	onProgress('Faits retirés du semis…');
	const retracted = await retractWhatTheSeedNoLongerStates(transaction, rows);
	await recordModelVersion(transaction, { origin: 'migration', steps: steps.map((step) => step.id) });
	return { toVersion: MODEL_VERSION, steps: stepCounts, seed, retracted };
}
