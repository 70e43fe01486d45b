import { isHttpError } from '@sveltejs/kit';
import { afterAll, describe, expect, it } from 'vitest';
import { answer } from '$lib/server/http/answer';
import { QueryTimeoutError } from '$lib/server/db/neo4j';
import { connectTestDatabase } from './database';

/**
 * The app's own reads and writes run in transactions with a time-out (NEO4J_READ_TIMEOUT_MS,
 * NEO4J_WRITE_TIMEOUT_MS) that Neo4j enforces, and every route maps a cut statement to 504. Short
 * time-outs here, and a statement that would run for minutes (the query console's runaway example,
 * as a user would type it: the app's own files never run this long on the test graph).
 */
const RUNAWAY = 'MATCH (a)-[*]-(b) RETURN count(*) AS paths';

const database = connectTestDatabase({ NEO4J_READ_TIMEOUT_MS: '1500', NEO4J_WRITE_TIMEOUT_MS: '1500' });
afterAll(() => database.close());

describe('transaction time-outs', () => {
	it('cut a read that runs too long, as a QueryTimeoutError', async () => {
		await expect(database.read(RUNAWAY)).rejects.toBeInstanceOf(QueryTimeoutError);
	});

	it('cut a write transaction that runs too long', async () => {
		await expect(database.writeTransaction((runner) => runner.run(RUNAWAY))).rejects.toBeInstanceOf(QueryTimeoutError);
	});

	it('honour a per-call time-out shorter than the setting (the export pages use one)', async () => {
		const generous = connectTestDatabase({ NEO4J_READ_TIMEOUT_MS: '600000' });
		try {
			await expect(generous.read(RUNAWAY, {}, { timeoutMs: 1_500 })).rejects.toBeInstanceOf(QueryTimeoutError);
		} finally {
			await generous.close();
		}
	});

	it('become a 504 with a French message in every route that answers through `answer`', async () => {
		const caught = await answer(() => database.read(RUNAWAY)).catch((error: unknown) => error);
		expect(isHttpError(caught)).toBe(true);
		expect(caught).toMatchObject({ status: 504, body: { code: 'query-timeout', message: expect.stringContaining('temps maximal') } });
	});

	it('leave the connection usable for the next read', async () => {
		await expect(database.read('RETURN 1 AS one')).resolves.toEqual([{ one: 1 }]);
	});
});
