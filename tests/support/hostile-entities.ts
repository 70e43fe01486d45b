import { cypher } from '$lib/server/db/cypher';
import { connect } from '$lib/server/db/neo4j';
import { readDatabaseSettings, testDatabaseEnvironment } from '$lib/server/db/settings';
import { writeRows } from '../../seed/write';
import { HOSTILE_IDS, hostileRows } from './hostile-fixture';

const DELETE_ENTITIES = cypher('admin/delete-entities');

/** `add` writes the hostile entities into the test database, `remove` takes them out again. */
export async function main([action]: string[]): Promise<number> {
	const database = connect(readDatabaseSettings(testDatabaseEnvironment(process.env)));
	try {
		await database.write(DELETE_ENTITIES, { ids: HOSTILE_IDS });
		if (action === 'add') await writeRows(database, hostileRows);
		else if (action !== 'remove') throw new Error('Usage: hostile-entities.ts add|remove');
		return 0;
	} finally {
		await database.close();
	}
}
