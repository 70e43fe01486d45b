import { afterAll, describe, expect, it } from 'vitest';
import { participationRoles, personRoles } from '$lib/domain/model';
import * as entities from '$lib/server/entities';
import { cypher } from '$lib/server/db/cypher';
import { connectTestDatabase } from './database';

const database = connectTestDatabase();
afterAll(() => database.close());

describe('roles and funding, as loaded', () => {
	it('holds no role outside the controlled lists, no programme that funds, no funder without the label', async () => {
		const [violations] = await database.read(cypher('checks/list-model-violations'), {
			participationRoles: [...participationRoles],
			personRoles: [...personRoles]
		});
		expect(violations).toEqual({ rolesOutsideTheLists: 0, unknownRoles: [], programmesThatFund: 0, fundersWithoutTheLabel: 0 });
	});

	it('ADEME funds DECLYC through France 2030, which funds nothing itself', async () => {
		const declyc = await entities.getEntity(database, 'declyc');
		const funding = declyc?.relationships.filter((link) => link.type === 'FUNDS' && link.direction === 'in') ?? [];
		expect(funding.map((link) => [link.other.id, link.properties.programme])).toEqual([['ademe', 'france-2030']]);
		const france2030 = await entities.getEntity(database, 'france-2030');
		expect(france2030?.entity.labels ?? []).not.toContain('Funder');
	});

	it('a Territoire d’industrie that funds something is a funder', async () => {
		const territory = await entities.getEntity(database, 'ti-2023-2027-7603');
		expect(territory?.relationships.some((link) => link.type === 'FUNDS' && link.direction === 'out')).toBe(true);
		expect(territory?.entity.labels).toContain('Funder');
	});

	it('a person’s role is from the list, with the source’s own words beside it', async () => {
		const people = await database.read(cypher('checks/list-model-violations'), {
			participationRoles: [...participationRoles],
			personRoles: []
		});
		// With an empty list of person roles every ROLE_AT that has a role is counted: there are some.
		expect(people[0].rolesOutsideTheLists).toBeGreaterThan(0);
	});
});
