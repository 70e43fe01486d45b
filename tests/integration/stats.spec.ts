import { afterAll, describe, expect, it } from 'vitest';
import { cypher } from '$lib/server/db/cypher';
import * as stats from '$lib/server/stats';
import { connectTestDatabase } from './database';

const database = connectTestDatabase();
afterAll(() => database.close());

describe('the counts of the home page', () => {
	it('count each entity once: an institution that acts is counted as the place it is', async () => {
		const counts = await stats.countEntitiesByKind(database);
		const [{ count: entities }] = await database.read(cypher('stats/count-entities'));
		expect(counts.reduce((sum, { count }) => sum + count, 0)).toBe(entities);
		const publicBodies = counts.find(({ kind }) => kind === 'PublicBody')?.count ?? 0;
		const [{ count: labelled }] = (await database.read(cypher('stats/count-entities-by-kind'), { kinds: ['PublicBody'] })) as {
			count: number;
		}[];
		expect(publicBodies).toBeLessThan(labelled);
	});
});
