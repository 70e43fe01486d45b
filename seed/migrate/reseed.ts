import { cypher } from '$lib/server/db/cypher';
import type { StatementRunner } from '$lib/server/db/neo4j';
import type { EntityRow, GraphRows, RelationshipRow } from '../rows';
import { writeBatches } from '../write';
import { sameProperties, withOwnCitations, type StoredProperties } from './own-citations';

const READ_ENTITIES = cypher('migrate/read-entities');
const READ_RELATIONSHIPS = cypher('migrate/read-relationships');
const LIST_CURATED_RELATIONSHIPS = cypher('migrate/list-curated-relationships');
const LIST_CURATED_LOOSE_ENTITIES = cypher('migrate/list-curated-loose-entities');
const DELETE_RELATIONSHIPS = cypher('migrate/delete-relationships');
const DELETE_LOOSE_ENTITIES = cypher('migrate/delete-loose-entities');

const noProgress = () => {};

/**
 * Writes the seed rows the graph lacks or holds otherwise, and only those, so that the count says
 * what changed and a second run writes nothing. As `npm run seed` does, the seed's properties
 * replace a seed node's or link's, except where the graph also cites the user's own sources
 * (see `withOwnCitations`). Returns how many entities and relationships were written.
 */
export async function reapplySeed(
	transaction: StatementRunner,
	rows: GraphRows,
	batchSize: number
): Promise<{ entities: number; relationships: number }> {
	const curated = new Set(curatedSourceIds(rows));
	const entities: EntityRow[] = [];
	for (let start = 0; start < rows.entities.length; start += batchSize) {
		const batch = rows.entities.slice(start, start + batchSize);
		const stored = new Map(
			(await transaction.run(READ_ENTITIES, { ids: batch.map((row) => row.id) })).map((row) => [
				String(row.id),
				{ labels: row.labels as string[], properties: row.properties as StoredProperties }
			])
		);
		for (const row of batch) {
			const before = stored.get(row.id);
			const properties = withOwnCitations(row.properties, before?.properties, curated);
			const missingLabel = row.labels.some((label) => !before?.labels.includes(label));
			if (!before || missingLabel || !sameProperties(properties, before.properties))
				entities.push({ ...row, properties: properties as EntityRow['properties'] });
		}
	}
	await writeBatches(transaction, { entities, relationships: [] }, { batchSize, onProgress: noProgress });

	const relationships: RelationshipRow[] = [];
	for (let start = 0; start < rows.relationships.length; start += batchSize) {
		const batch = rows.relationships.slice(start, start + batchSize);
		const found = await transaction.run(READ_RELATIONSHIPS, { rows: batch.map(({ type, from, to }) => ({ type, from, to })) });
		const stored = new Map(
			found.map((row) => [linkKey(String(row.type), String(row.from), String(row.to)), row.properties as StoredProperties])
		);
		for (const row of batch) {
			const before = stored.get(linkKey(row.type, row.from, row.to));
			const properties = withOwnCitations(row.properties, before, curated);
			if (!before || !sameProperties(properties, before))
				relationships.push({ ...row, properties: properties as RelationshipRow['properties'] });
		}
	}
	await writeBatches(transaction, { entities: [], relationships }, { batchSize, onProgress: noProgress });
	return { entities: entities.length, relationships: relationships.length };
}

/**
 * Retracts what the seed stated before and no longer does: a relationship every citation of which
 * is a curated document and that the seed does not produce any more, then a node cited only by
 * curated documents that the seed no longer defines and that nothing links to. Anything cited by
 * another source (the user's data, open data) is never touched. Returns the counts deleted.
 */
export async function retractWhatTheSeedNoLongerStates(
	transaction: StatementRunner,
	rows: GraphRows
): Promise<{ relationships: number; entities: number }> {
	const sourceIds = curatedSourceIds(rows);
	const stated = new Set(rows.relationships.map((row) => linkKey(row.type, row.from, row.to)));
	const curatedLinks = await transaction.run(LIST_CURATED_RELATIONSHIPS, { sourceIds });
	const staleLinks = curatedLinks
		.filter((row) => !stated.has(linkKey(String(row.type), String(row.from), String(row.to))))
		.map((row) => String(row.elementId));
	const [{ deleted: relationships }] =
		staleLinks.length > 0 ? await transaction.run(DELETE_RELATIONSHIPS, { elementIds: staleLinks }) : [{ deleted: 0 }];

	const defined = new Set(rows.entities.map((row) => row.id));
	const loose = await transaction.run(LIST_CURATED_LOOSE_ENTITIES, { sourceIds });
	const staleIds = loose.map((row) => String(row.id)).filter((id) => !defined.has(id));
	const [{ deleted: entities }] = staleIds.length > 0 ? await transaction.run(DELETE_LOOSE_ENTITIES, { ids: staleIds }) : [{ deleted: 0 }];
	return { relationships: Number(relationships), entities: Number(entities) };
}

/** The ids of the seed's curated sources: its documents and its vocabulary, not the open data. */
export function curatedSourceIds(rows: GraphRows): string[] {
	return rows.entities.filter((row) => row.labels[0] === 'Source' && row.properties.kind !== 'open-data').map((row) => row.id);
}

function linkKey(type: string, from: string, to: string): string {
	return `${type} ${from} ${to}`;
}
