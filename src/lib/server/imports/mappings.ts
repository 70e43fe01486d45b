import { randomBytes } from 'node:crypto';
import { mappingSchema, savedMappingSchema, type SavedMapping } from '$lib/domain/imports';
import type { Database } from '$lib/server/db/neo4j';
import { statement } from '$lib/server/db/rows';
import { deletedMappingsRow, mappingRow } from '$lib/server/db/rows/imports';

/**
 * Column mappings a person saves to reuse on the next file of the same shape (the monthly member
 * list, the Région's yearly table). Settings of an account, not facts: kept apart from the graph.
 */

const CREATE_MAPPING = statement('imports/create-mapping', mappingRow);
const LIST_MAPPINGS = statement('imports/list-mappings', mappingRow);
const DELETE_MAPPING = statement('imports/delete-mapping', deletedMappingsRow);

/** A stored mapping whose JSON no longer reads is left out rather than failing the whole list. */
function toSaved(row: ReturnType<typeof mappingRow.parse>): SavedMapping | null {
	try {
		const parsed = savedMappingSchema.safeParse({ ...row, mapping: mappingSchema.parse(JSON.parse(row.mapping)) });
		return parsed.success ? parsed.data : null;
	} catch {
		return null;
	}
}

export async function saveMapping(
	database: Database,
	ownerId: string,
	mapping: Omit<SavedMapping, 'id' | 'createdAt'>
): Promise<SavedMapping> {
	const [row] = await CREATE_MAPPING.write(database, {
		id: `map-${randomBytes(8).toString('hex')}`,
		ownerId,
		name: mapping.name,
		preset: mapping.preset,
		mapping: JSON.stringify(mapping.mapping)
	});
	return toSaved(row)!;
}

export async function listMappings(database: Database, ownerId: string): Promise<SavedMapping[]> {
	return (await LIST_MAPPINGS.read(database, { ownerId })).map(toSaved).filter((mapping): mapping is SavedMapping => mapping !== null);
}

/** Deletes one of the account's mappings; false when it has none by that id. */
export async function deleteMapping(database: Database, ownerId: string, id: string): Promise<boolean> {
	const [row] = await DELETE_MAPPING.write(database, { id, ownerId });
	return (row?.deleted ?? 0) > 0;
}
