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

/** The properties and citations of `id`, as its page shows them. */
async function entity(id: string) {
	const detail = await entities.getEntity(database, id);
	if (!detail) throw new Error(`${id} is not in the graph`);
	return detail;
}

describe('facts of the France Clusters study, each as strong as its passage', () => {
	it('Reuze is a prospect of DKarbonation (« une perspective prometteuse »), not a collaboration in effect', async () => {
		const prospect = (await links('dkarbonation', 'COLLABORATES_WITH', 'out')).get('reuze');
		expect(prospect?.properties.status).toBe('prospect');
		expect(prospect?.citations[0].evidence).toContain('perspective prometteuse');
	});

	it('the CCI is one of the actors of DKarbonation, beside the Grand Port Maritime', async () => {
		const actors = await links('dkarbonation', 'PARTICIPATES_IN', 'in');
		expect(actors.get('cci-projet-dkarbonation')?.citations[0].evidence).toContain("Chambre de Commerce et d'Industrie (CCI)");
		expect(actors.has('grand-port-maritime-de-dunkerque')).toBe(true);
	});

	it('Mecanic Vallée is active in Nouvelle-Aquitaine and Occitanie (« rayonnant sur deux régions »), located in neither', async () => {
		expect([...(await links('mecanic-vallee', 'ACTIVE_IN', 'out')).keys()].sort()).toEqual(['region-75', 'region-76']);
		expect((await links('mecanic-vallee', 'LOCATED_IN', 'out')).size).toBe(0);
	});

	it('Aurillac – Figeac – Rodez gathers 17 EPCI in 3 départements, with the sentence’s source', async () => {
		const territory = await entity('ti-2023-2027-7603');
		expect(territory.entity.properties).toMatchObject({ epciCount: 17, departementCount: 3, phase: '2023-2027' });
		expect(territory.citations.map((citation) => citation.section)).toContainEqual(expect.stringContaining('Mecanic Vallée'));
	});

	it('IPARLA is no longer said to involve Pays Basque Industrie, which the passage does not name', async () => {
		const participants = await links('iparla', 'PARTICIPATES_IN', 'in');
		expect(participants.has('pays-basque-industrie')).toBe(false);
		expect(participants.has('sokoa')).toBe(true);
	});

	it('TI Pays Basque had a first phase from 2019 to 2023, then a second launched in 2023', async () => {
		expect((await entity('ti-2019-2022-7511')).entity.properties).toMatchObject({ launchYear: 2019, statedPeriod: '2019-2023' });
		expect((await entity('ti-2023-2027-7514')).entity.properties).toMatchObject({ launchYear: 2023 });
	});

	it('the Bièvre-Isère viability study is funded by the councillors of the communauté de communes and by ANCT, not selected by anyone', async () => {
		const funders = await links('etude-opportunite-autoconsommation-bievre-isere', 'FUNDS', 'in');
		expect(funders.get('epci-200059392')?.citations[0].evidence).toContain('les élus ont décidé de financer');
		expect(funders.has('anct')).toBe(true);
		const project = await entity('autoconsommation-collective-bievre-isere');
		expect(project.entity.properties.startYear).toBe(2023);
		expect(project.relationships.some((link) => link.type === 'SELECTED_BY')).toBe(false);
		expect(project.relationships.some((link) => link.type === 'PART_OF' && link.other.id === 'programme-territoires-d-industrie')).toBe(
			true
		);
	});

	it('the study itself is funded by ANCT through its programme, not selected by it', async () => {
		const study = await entity('etude-clusters-territoires-industrie');
		const funding = study.relationships.find((link) => link.type === 'FUNDS' && link.other.id === 'anct');
		expect(funding?.properties.programme).toBe('programme-territoires-d-industrie');
		expect(study.relationships.some((link) => link.type === 'SELECTED_BY')).toBe(false);
	});

	it('the community of communes Bièvre-Isère pilots Saint-Marcellin Vercors Bièvre Isère', async () => {
		const animators = await links('ti-2023-2027-8419', 'ANIMATES', 'in');
		expect(animators.get('epci-200059392')?.citations[0].evidence).toContain('pilote le TI');
	});

	it('DECLYC is in the Vallée de la Chimie', async () => {
		expect((await links('declyc', 'LOCATED_IN', 'out')).has('vallee-de-la-chimie')).toBe(true);
	});

	it('the Brit’Inov – Lamballe Terre & Mer collaboration « n’est pas en oeuvre »', async () => {
		const collaboration = (await links('brit-inov', 'COLLABORATES_WITH', 'in')).get('ti-2023-2027-5301');
		expect(collaboration?.properties.status).toBe('not-in-effect');
		expect(collaboration?.citations[0].evidence).toContain("n'est pas en oeuvre");
	});

	it('the FNEP defines the steps of the Dieppe school; it is not said to take part in it', async () => {
		expect((await links('ecole-de-production-dieppe', 'PARTICIPATES_IN', 'in')).has('fnep')).toBe(false);
		expect((await entity('fnep')).entity.description).toMatch(/Définit les étapes/);
	});
});

describe('facts of the Cléon articles, as loaded', () => {
	it('Ecosystem Cléon 4.0 is animated by CCI Rouen Métropole and spans the Métropole Rouen Normandie', async () => {
		expect((await links('ecosystem-cleon-4-0', 'ANIMATES', 'in')).has('cci-rouen-metropole')).toBe(true);
		expect((await links('ecosystem-cleon-4-0', 'LOCATED_IN', 'out')).has('epci-200023414')).toBe(true);
	});
});

describe('the Forum Digitalisation of Ecosystem Cléon 4.0 (Cléon forum article)', () => {
	// « Organisé dans les locaux du Village by CA » and « un premier rendez-vous organisé l'année
	// dernière sur le site de Renault Cléon » (§2): the venues host the forum, they are not partners.
	it('is hosted by the Village by CA, and was first held at Renault Cléon the year before', async () => {
		const participants = await links('forum-digitalisation-ecosystem-cleon-4-0', 'PARTICIPATES_IN', 'in');
		expect(participants.get('village-by-ca-rouen')?.properties.role).toBe('host');
		expect(participants.get('ampere-cleon')?.properties.role).toBe('host');
		expect(participants.get('ecosystem-cleon-4-0')?.properties.role).toBe('lead');
		const forum = await entity('forum-digitalisation-ecosystem-cleon-4-0');
		expect(forum.entity.properties.startYear).toBe(2018);
		expect(forum.entity.properties.editionYears).toEqual([2018, 2019]);
	});
});

describe('the documents themselves', () => {
	it('name their authors where the text does, and say when Maillage supplied the title', async () => {
		const sources = new Map(
			(
				await entities.listSources(database, [
					'cleon-4-0-forum-digitalisation',
					'clermont-vichy-workshop-industrie-du-futur',
					'clusters-territoires-industrie',
					'mulhouse-territoire-d-industrie'
				])
			).map((source) => [source.id, source])
		);
		expect(sources.get('cleon-4-0-forum-digitalisation')?.authors).toEqual(['Jacques-Olivier Gasly']);
		expect(sources.get('clermont-vichy-workshop-industrie-du-futur')?.authors?.[0]).toMatch(/^Christel Estragnat/);
		expect(sources.get('clusters-territoires-industrie')?.authors).toHaveLength(3);
		expect(sources.get('clusters-territoires-industrie')?.publisher).toBe('France Clusters');
		expect(sources.get('mulhouse-territoire-d-industrie')?.titleSupplied).toBe(true);
		expect(sources.get('cleon-4-0-forum-digitalisation')?.titleSupplied).toBeUndefined();
	});
});

describe('facts of the Clermont Vichy Auvergne workshop, as loaded', () => {
	it('is hosted by Hall 32, and the people the article interviews about it are linked to it', async () => {
		const participants = await links('workshop-industrie-du-futur-clermont-vichy-2023', 'PARTICIPATES_IN', 'in');
		expect(participants.get('hall-32')?.properties.role).toBe('host');
		for (const person of [
			'frederic-bonnichon',
			'dominique-adenot',
			'muyinat-ogboye-vazieux',
			'yoann-dhome',
			'jean-francois-valles',
			'stephane-corre'
		]) {
			expect(participants.get(person)?.citations[0].evidence).toMatch(/^Ecoutez l'interview de/);
		}
		const workshop = await entity('workshop-industrie-du-futur-clermont-vichy-2023');
		expect(workshop.entity.properties.interviewees).toContain(
			"la cheffe de projet Territoire d'industrie de l'EPT Grand-Orly Seine Bièvre (non nommée)"
		);
	});

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

	it('Campus Industrie 4.0 counts the CCI among its members, and incubators as a group', async () => {
		expect((await links('campus-industrie-4-0', 'MEMBER_OF', 'in')).get('cci-campus-industrie-4-0')?.citations[0].evidence).toMatch(
			/la CCI mais aussi des incubateurs/
		);
		expect((await entity('campus-industrie-4-0')).entity.properties.memberGroups).toEqual(['entreprises du Sud Alsace', 'incubateurs']);
	});

	it('Campus Industrie 4.0 is located in Mulhouse Alsace Agglomération', async () => {
		expect((await links('campus-industrie-4-0', 'LOCATED_IN', 'out')).has('epci-200066009')).toBe(true);
	});
});
