import { afterAll, describe, expect, it } from 'vitest';
import * as entities from '$lib/server/entities';
import { connectTestDatabase } from './database';

const database = connectTestDatabase();
afterAll(() => database.close());

async function linksOf(id: string) {
	const detail = await entities.getEntity(database, id);
	if (!detail) throw new Error(`${id} is not in the test graph`);
	return detail;
}

describe('getEntity', () => {
	it('returns an entity with its kind, properties and sources', async () => {
		const detail = await linksOf('ecosystem-cleon-4-0');
		expect(detail.entity).toMatchObject({ id: 'ecosystem-cleon-4-0', name: 'Ecosystem Cléon 4.0', kind: 'Cluster' });
		expect(detail.citations.length).toBeGreaterThan(0);
		expect(detail.citations[0].source?.title).toBeTruthy();
	});

	it('lists who animates it, with the evidence excerpt and its source', async () => {
		const detail = await linksOf('ecosystem-cleon-4-0');
		const animates = detail.relationships.find((link) => link.type === 'ANIMATES' && link.other.id === 'cci-rouen-metropole');
		expect(animates?.direction).toBe('in');
		expect(animates?.citations[0].evidence).toMatch(/CCI Rouen Métropole/);
		expect(animates?.citations[0].source?.title).toMatch(/Cléon 4\.0/);
	});

	it('returns null for an unknown id', async () => {
		expect(await entities.getEntity(database, 'nexiste-pas')).toBeNull();
	});

	it('caps the relationships of a large place and says so, with complete counts', async () => {
		const detail = await linksOf('departement-76');
		const total = Object.values(detail.relationshipCounts).reduce((sum, count) => sum + count, 0);
		expect(total).toBeGreaterThan(entities.RELATIONSHIP_CAP);
		expect(detail.relationships).toHaveLength(entities.RELATIONSHIP_CAP);
		expect(detail.truncated).toBe(true);
	});

	it('maps every property to plain JSON (no driver integers)', async () => {
		const detail = await linksOf('commune-76178');
		expect(typeof detail.entity.properties.population).toBe('number');
		expect(JSON.parse(JSON.stringify(detail))).toEqual(detail);
	});
});
