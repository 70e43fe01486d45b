import type { StatementRunner } from '$lib/server/db/neo4j';

/**
 * One change of model that `npm run migrate` applies to an existing graph. A step must be
 * idempotent: run on a graph already in the new model, it changes nothing and reports 0.
 */
export interface MigrationStep {
	/** Stable, kebab-case: it names the step in the report and in the graph's migration record. */
	id: string;
	/** What the step does, in French, for the report printed to the person running it. */
	title: string;
	/** Runs inside the migration's single write transaction; returns how many things it changed. */
	run(transaction: StatementRunner): Promise<number>;
}
