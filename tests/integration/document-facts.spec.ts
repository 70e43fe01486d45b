import { afterAll, describe, expect, it } from 'vitest';
import * as entities from '$lib/server/entities';
import { connectTestDatabase } from './database';

const database = connectTestDatabase();
afterAll(() => database.close());

/** The relationships of `id` of one type and direction, by the id of the node at the other end. */
async function links(id: string, type: string, direction: 'in' | 'out') {
	const detail = await entities.getEntity(database, id);
	if (!detail) throw new Error(`${id} is not in the graph`);
	return new Map(
		detail.relationships.filter((link) => link.type === type && link.direction === direction).map((link) => [link.other.id, link])
	);
}

describe('facts of the France Clusters study, as loaded', () => {
	it('DKarbonation is funded by ADEME for 23.6 M€, with the sentence that says so', async () => {
		const funding = (await links('dkarbonation', 'FUNDS', 'in')).get('ademe');
		expect(funding?.properties.amountEur).toBe(23_600_000);
		expect(funding?.citations[0].evidence).toContain('23,6 millions');
	});

	it('IPARLA involves SOKOA', async () => {
		expect((await links('iparla', 'PARTICIPATES_IN', 'in')).has('sokoa')).toBe(true);
	});

	it('the Bièvre-Isère self-consumption study was funded by ANCT', async () => {
		expect((await links('etude-opportunite-autoconsommation-bievre-isere', 'FUNDS', 'in')).has('anct')).toBe(true);
	});

	it('the project was replicated in Pays d’Évian – vallée d’Abondance (Territoire d’industrie 2023-2027)', async () => {
		const replication = (await links('autoconsommation-collective-bievre-isere', 'REPLICATED_IN', 'out')).get('ti-2023-2027-8411');
		expect(replication?.other.kind).toBe('Territory');
		expect(replication?.other.name).toMatch(/Evian/i);
	});

	it('Tenerrdis collaborates with the Territoire d’industrie Saint-Marcellin Vercors Bièvre Isère since 2023', async () => {
		const collaboration = (await links('tenerrdis', 'COLLABORATES_WITH', 'in')).get('ti-2023-2027-8419');
		expect(collaboration?.properties.since).toBe(2023);
	});
});

describe('facts of the Cléon articles, as loaded', () => {
	it('Ecosystem Cléon 4.0 is animated by CCI Rouen Métropole and spans the Métropole Rouen Normandie', async () => {
		expect((await links('ecosystem-cleon-4-0', 'ANIMATES', 'in')).has('cci-rouen-metropole')).toBe(true);
		expect((await links('ecosystem-cleon-4-0', 'LOCATED_IN', 'out')).has('epci-200023414')).toBe(true);
	});
});
