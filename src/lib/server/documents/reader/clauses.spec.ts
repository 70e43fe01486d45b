import { describe, expect, it } from 'vitest';
import { buildGazetteer } from './gazetteer';
import { readDocument } from './read';
import { entries, gazetteer, proposals } from './spec-fixtures';

/** Which names a cue joins, clause by clause. */
describe('clauses', () => {
	it('relate a cue set off by a comma (« , avec le soutien de ») to the sentence’s subject, not to the nearest name', () => {
		const text =
			'La Boucle de chaleur fictive est menée par la CCI Fictiville Métropole et la CCI Seine-Fictive, avec le soutien financier de l’Agence Exemple de la transition.';
		expect(proposals(text)).toContain('FUNDS agence-exemple → projet-boucle');
		expect(proposals(text)).not.toContain('FUNDS agence-exemple → cci-seine-fictive');
	});

	it('follow a list through « mais aussi » and items named by no one (« des incubateurs »)', () => {
		const text = 'L’Écosystème Imaginor 4.0 regroupe la CCI Fictiville Métropole mais aussi des incubateurs et la CCI Seine-Fictive.';
		expect(proposals(text)).toEqual(
			expect.arrayContaining(['MEMBER_OF cci-fictiville → cluster-imaginor', 'MEMBER_OF cci-seine-fictive → cluster-imaginor'])
		);
		// A clause with a verb is no list item: « qui emploie des salariés et » ends the list.
		expect(
			proposals('L’Écosystème Imaginor 4.0 regroupe la CCI Fictiville Métropole, qui emploie des salariés et forme la CCI Seine-Fictive.')
		).not.toContain('MEMBER_OF cci-seine-fictive → cluster-imaginor');
	});

	it('read a place cue a few words after the name (« (2019) : située au cœur de »)', () => {
		expect(proposals('La Boucle de chaleur fictive (2019) : située au cœur de Fictibourg, elle chauffe les ateliers.')).toContain(
			'LOCATED_IN projet-boucle → commune-fictibourg'
		);
	});

	it('take « ce rendez-vous », « ce centre » for the last project named, in the same sentence too', () => {
		const text =
			'La Boucle de chaleur fictive a été lancée en 2024 par des industriels du bassin, ce rendez-vous ancré à Fictibourg réunit 300 personnes.';
		expect(proposals(text)).toContain('LOCATED_IN projet-boucle → commune-fictibourg');
		expect(proposals('La Boucle de chaleur fictive ouvre. Ce centre est porté par la CCI Fictiville Métropole.')).toContain(
			'PARTICIPATES_IN cci-fictiville → projet-boucle'
		);
	});

	it('give two coordinated participles the same head (« financée par A et portée par B »)', () => {
		const text =
			'La CCI Seine-Fictive suit la Boucle de chaleur fictive, financée par l’Agence Exemple de la transition et portée par la CCI Fictiville Métropole.';
		expect(proposals(text)).toEqual(
			expect.arrayContaining(['FUNDS agence-exemple → projet-boucle', 'PARTICIPATES_IN cci-fictiville → projet-boucle'])
		);
		expect(proposals(text)).not.toContain('PARTICIPATES_IN cci-fictiville → agence-exemple');
	});

	it('take the organisations listed in parentheses after another as its parts, through « et de la »', () => {
		const text =
			'L’Écosystème Imaginor 4.0 couvre l’Agence Exemple de la transition (territoires de Fictibourg et de la CCI Seine-Fictive).';
		expect(proposals(text)).toContain('PART_OF cci-seine-fictive → agence-exemple');
	});

	it('take « l’événement » for the last event named, not the last project', () => {
		const text =
			'La CCI Seine-Fictive a organisé le Forum fictif de l’industrie. La Boucle de chaleur fictive y a été présentée. ' +
			'L’événement s’est tenu chez la CCI Fictiville Métropole.';
		const gazetteer = buildGazetteer([
			...entries,
			{ id: 'forum-fictif', name: 'Forum fictif de l’industrie', aliases: [], kind: 'Project' }
		]);
		const ends = readDocument(text, gazetteer).proposals.map((p) => `${p.type} ${p.from.entityId} → ${p.to.entityId}`);
		expect(ends).toContain('PARTICIPATES_IN cci-fictiville → forum-fictif');
		expect(ends).not.toContain('PARTICIPATES_IN cci-fictiville → projet-boucle');
	});

	it('follow a list through « & »', () => {
		expect(proposals('L’Écosystème Imaginor 4.0 regroupe la CCI Fictiville Métropole & la CCI Seine-Fictive.')).toContain(
			'MEMBER_OF cci-seine-fictive → cluster-imaginor'
		);
	});

	it('relate the two names of « des échanges entre A et B », coordinated as they are', () => {
		expect(proposals('Le label a permis des échanges entre la CCI Fictiville Métropole et l’Écosystème Imaginor 4.0.')).toContain(
			'COLLABORATES_WITH cci-fictiville → cluster-imaginor'
		);
	});

	it('give each funder of a list its own amount, and fund a programme (« le programme est financé par A (x €) et par B (y €) »)', () => {
		const text =
			'La CCI Seine-Fictive lance le programme « Fictiforme ». Le programme est financé par la CCI Fictiville Métropole (180 000 €) et par l’Agence Exemple de la transition (95 000 €).';
		const funds = readDocument(text, gazetteer)
			.proposals.filter((proposal) => proposal.type === 'FUNDS')
			.map((proposal) => `${proposal.from.entityId} → ${proposal.to.name} ${proposal.properties.amountEur}`);
		expect(funds).toEqual(expect.arrayContaining(['cci-fictiville → Fictiforme 180000', 'agence-exemple → Fictiforme 95000']));
	});

	it('take « le cluster » named once for the last cluster named before', () => {
		const text = 'Le cluster Exemplia Méca est né en 2020 à Fictibourg. Le cluster collabore avec la CCI Fictiville Métropole.';
		expect(proposals(text)).toContain('COLLABORATES_WITH Exemplia Méca → cci-fictiville');
	});

	it('make each organisation of « Parmi ses adhérents, on compte A et B » a member of the cluster in view, not of each other', () => {
		const text =
			'Le cluster Exemplia Méca réunit 40 entreprises. Parmi ses adhérents, on compte la société Fictivia Forge et la CCI Seine-Fictive.';
		const lines = proposals(text);
		expect(lines).toEqual(
			expect.arrayContaining(['MEMBER_OF Fictivia Forge → Exemplia Méca', 'MEMBER_OF cci-seine-fictive → Exemplia Méca'])
		);
		expect(lines.some((line) => line.startsWith('MEMBER_OF Fictivia Forge → cci'))).toBe(false);
		// « Parmi eux » speaks of members only after a sentence that does.
		expect(proposals('Le cluster Exemplia Méca est né en 2020. Parmi eux, la société Fictivia Forge.')).not.toContain(
			'MEMBER_OF Fictivia Forge → Exemplia Méca'
		);
		expect(proposals('Le cluster Exemplia Méca compte 40 membres. Parmi eux, la société Fictivia Forge.')).toContain(
			'MEMBER_OF Fictivia Forge → Exemplia Méca'
		);
	});

	it('place the subject of a sentence opened by a participle of place (« Installée … à Fictibourg, la société X »)', () => {
		const text = 'Installée depuis 1998 dans la zone des Fictiprés, à Fictibourg, la société Fictivia Forge usine des pièces.';
		expect(proposals(text)).toContain('LOCATED_IN Fictivia Forge → commune-fictibourg');
		expect(proposals(text.replace('Installée', 'Présente'))).not.toContain('LOCATED_IN Fictivia Forge → commune-fictibourg');
	});

	it('give two coordinated predicates the same subject (« X, membre de A et adhérente de B »)', () => {
		const text = 'La société Fictivia Forge, membre de la CCI Fictiville Métropole et adhérente de l’Écosystème Imaginor 4.0, recrute.';
		expect(proposals(text)).toContain('MEMBER_OF Fictivia Forge → cluster-imaginor');
		expect(proposals(text)).not.toContain('MEMBER_OF cci-fictiville → cluster-imaginor');
	});

	it('take « l’entreprise » inside a clause for the company the text is about', () => {
		const text = 'La société Fictivia Forge recrute. Le Fictilab collabore avec l’entreprise sur les capteurs.';
		const gazetteer = buildGazetteer([...entries, { id: 'fictilab', name: 'Fictilab', aliases: [], kind: 'Academic' }]);
		const ends = readDocument(text, gazetteer).proposals.map(
			(p) => `${p.type} ${p.from.entityId ?? p.from.name} → ${p.to.entityId ?? p.to.name}`
		);
		expect(ends).toContain('COLLABORATES_WITH fictilab → Fictivia Forge');
	});

	it('relate the names under a label to the project, not to one another by their kinds', () => {
		const text =
			'Action 2 : Atelier fictif de Seine-Fictive\n\nPartenaires : la société Fictivia Forge de Fictibourg et ses sous-traitants, l’Écosystème Imaginor 4.0';
		expect(proposals(text)).toContain('PARTICIPATES_IN cluster-imaginor → Atelier fictif de Seine-Fictive');
		expect(proposals(text)).not.toContain('MEMBER_OF Fictivia Forge de Fictibourg → cluster-imaginor');
	});

	it('read « une subvention de », « labellisé par » as funding, and « le dossier » as the project in sight', () => {
		const text =
			'La Boucle de chaleur fictive est présentée. Le projet bénéficie d’une subvention de 1,1 million d’euros de l’Agence Exemple de la transition. ' +
			'La CCI Fictiville Métropole suit le dossier de près.';
		expect(proposals(text)).toEqual(
			expect.arrayContaining(['FUNDS agence-exemple → projet-boucle', 'PARTICIPATES_IN cci-fictiville → projet-boucle'])
		);
	});

	it('read « a reçu A € de X et B € de Y », and take « Il » for the project the sentence before spoke of without naming it', () => {
		const text =
			'Le projet Fil Fictif, lancé en 2023, vise à recycler. Le projet a reçu 350 000 € de la CCI Fictiville Métropole et 150 000 € ' +
			'de l’Agence Exemple de la transition. Il est également soutenu par la CCI Seine-Fictive.';
		const funds = readDocument(text, gazetteer)
			.proposals.filter((proposal) => proposal.type === 'FUNDS')
			.map((proposal) => `${proposal.from.entityId} → ${proposal.to.name} ${proposal.properties.amountEur ?? ''}`.trim());
		expect(funds).toEqual(['cci-fictiville → Fil Fictif 350000', 'agence-exemple → Fil Fictif 150000', 'cci-seine-fictive → Fil Fictif']);
	});

	it('read « son animation est assurée par » for the subject before, and « la CCI X » as a cued name', () => {
		const text = 'Le cluster Exemplia Méca compte 40 membres. Son animation est assurée par la CCI Fictiaube.';
		expect(proposals(text)).toContain('ANIMATES CCI Fictiaube → Exemplia Méca');
	});

	it('read an action heading’s name up to its subtitle, and relate every name listed under « Partenaires : », even without a cue', () => {
		const text =
			'Action 1 — Fictiport Énergies : un démonstrateur portuaire\n\nPartenaires : le Grand Port Fictif de l’Estuaire, la CCI Seine-Fictive';
		expect(proposals(text)).toEqual(
			expect.arrayContaining([
				'PARTICIPATES_IN Grand Port Fictif de l’Estuaire → Fictiport Énergies',
				'PARTICIPATES_IN cci-seine-fictive → Fictiport Énergies'
			])
		);
	});

	it('read « copiloté par » as animating', () => {
		expect(proposals('Le Territoire d’industrie Vallée Fictive est copiloté par la CCI Fictiville Métropole.')).toContain(
			'ANIMATES cci-fictiville → ti-new'
		);
	});

	it('read « ont créé l’association X » as the founders being its members', () => {
		expect(proposals('La CCI Fictiville Métropole a créé l’association Imaginor Formation en 2024.')).toContain(
			'MEMBER_OF cci-fictiville → Imaginor Formation'
		);
	});
});
