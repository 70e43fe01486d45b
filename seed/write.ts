import { entityKinds, extraLabels, relationshipTypes } from '$lib/domain/model';
import { cypher } from '$lib/server/db/cypher';
import type { Database, StatementRunner } from '$lib/server/db/neo4j';
import type { GraphRows } from './rows';

const MERGE_ENTITIES = cypher('seed/merge-entities');
const MERGE_RELATIONSHIPS = cypher('seed/merge-relationships');

const knownLabels = new Set<string>([...entityKinds, ...extraLabels]);
const knownTypes = new Set<string>(relationshipTypes);

export interface WriteProgress {
	phase: 'entities' | 'relationships';
	done: number;
	total: number;
}

/**
 * Writes rows in ONE transaction, batch after batch: either every row is in the graph afterwards,
 * or (on any error, or if the process dies) none is. MERGE on ids makes a re-run a no-op.
 */
export async function writeRows(
	database: Database,
	rows: GraphRows,
	{
		batchSize = 2_000,
		onProgress = () => {}
	}: {
		batchSize?: number;
		onProgress?: (progress: WriteProgress) => void;
	} = {}
): Promise<void> {
	for (const row of rows.entities) {
		const unknown = row.labels.find((label) => !knownLabels.has(label));
		if (unknown) throw new Error(`Entity ${row.id}: unknown label ${unknown}`);
	}
	for (const row of rows.relationships) {
		if (!knownTypes.has(row.type)) throw new Error(`Relationship ${row.from} -> ${row.to}: unknown type ${row.type}`);
	}
	await database.writeTransaction((transaction) => writeBatches(transaction, rows, { batchSize, onProgress }));
}

/**
 * Writes rows batch after batch inside a transaction the caller opened (and commits), so that
 * other loaders (the importer) can check something first within the same transaction.
 */
export async function writeBatches(
	transaction: StatementRunner,
	rows: GraphRows,
	{ batchSize, onProgress }: { batchSize: number; onProgress: (progress: WriteProgress) => void }
): Promise<void> {
	const entities = rows.entities.map((row) => ({ ...row, labels: ['Entity', ...row.labels.filter((label) => label !== 'Entity')] }));
	for (let start = 0; start < entities.length; start += batchSize) {
		const batch = entities.slice(start, start + batchSize);
		await transaction.run(MERGE_ENTITIES, { rows: batch });
		onProgress({ phase: 'entities', done: start + batch.length, total: entities.length });
	}
	for (let start = 0; start < rows.relationships.length; start += batchSize) {
		const batch = rows.relationships.slice(start, start + batchSize);
		const [{ written }] = await transaction.run(MERGE_RELATIONSHIPS, { rows: batch });
		if (written !== batch.length) {
			const missing = batch.length - (written as number);
			throw new Error(
				`${missing} relationship(s) of batch ${start / batchSize + 1} point at a node that does not exist; nothing was written`
			);
		}
		onProgress({ phase: 'relationships', done: start + batch.length, total: rows.relationships.length });
	}
}
