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

describe('facts of the Clermont Vichy Auvergne workshop, as loaded', () => {
	it('Constellium Issoire works with Braincube, and takes part in the Issoire heat network', async () => {
		const partnership = (await links('constellium-issoire', 'COLLABORATES_WITH', 'out')).get('braincube');
		expect(partnership?.citations[0].evidence).toMatch(/Braincube/);
		expect((await links('constellium-issoire', 'PARTICIPATES_IN', 'out')).has('reseau-de-chaleur-issoire')).toBe(true);
	});

	it('Hall 32 collaborates with the Campus des métiers « Production industrielle de demain »', async () => {
		expect((await links('hall-32', 'COLLABORATES_WITH', 'out')).has('cmq-production-industrielle-de-demain')).toBe(true);
	});
});

describe('facts of the Mulhouse article, as loaded', () => {
	it('KMØ is located in Mulhouse', async () => {
		expect((await links('kmo-cite-du-numerique', 'LOCATED_IN', 'out')).has('commune-68224')).toBe(true);
	});

	// The article lists KMØ, the Maison de l'Industrie and the technology centre after Campus
	// Industrie 4.0 without placing them in it; only Be 4.0 gathers actors « sous l'égide de
	// "Campus Industrie 4.0" » (§12).
	it('of the projects listed, only Be 4.0 is part of Campus Industrie 4.0', async () => {
		const parts = await links('campus-industrie-4-0', 'PART_OF', 'in');
		expect(parts.has('be-4-0')).toBe(true);
		for (const project of ['kmo-cite-du-numerique', 'maison-de-l-industrie-mulhouse', 'centre-technologique-industrie-du-futur-mulhouse']) {
			expect(parts.has(project)).toBe(false);
		}
	});

	it('Campus Industrie 4.0 is located in Mulhouse Alsace Agglomération', async () => {
		expect((await links('campus-industrie-4-0', 'LOCATED_IN', 'out')).has('epci-200066009')).toBe(true);
	});
});
