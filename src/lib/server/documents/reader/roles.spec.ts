import { describe, expect, it } from 'vitest';
import { buildGazetteer } from './gazetteer';
import { readDocument } from './read';
import { entries } from './spec-fixtures';

/** Where people work: a role given before the name, a second role, a minister. */
describe('roles', () => {
	const gazetteer = buildGazetteer([
		...entries,
		{ id: 'gouvernement', name: 'Gouvernement', aliases: [], kind: 'Entity', institution: true }
	]);
	const roles = (text: string) =>
		readDocument(text, gazetteer)
			.proposals.filter((proposal) => proposal.type === 'ROLE_AT')
			.map((proposal) => `${proposal.from.name} → ${proposal.to.entityId ?? proposal.to.name} (${proposal.properties.title})`);

	it('place a role given before the name, after a possessive, at the organisation named just before', () => {
		expect(roles('La société Fictivia Énergie recrute. Sa directrice, Julie Exemple, arrive de Fictibourg.')).toEqual([
			'Julie Exemple → Fictivia Énergie (directrice)'
		]);
		expect(roles('Le Territoire d’industrie Vallée Fictive accueille sa cheffe de projet, Anne Exemple.')).toEqual([
			'Anne Exemple → ti-new (cheffe de projet)'
		]);
	});

	it('place a role after « une » at the subject of the sentence', () => {
		const text =
			'L’Écosystème Imaginor 4.0 est animé par la CCI Fictiville Métropole, qui met à sa disposition une chargée de mission, Léa Exemple.';
		expect(roles(text)).toEqual(['Léa Exemple → cluster-imaginor (chargée de mission)']);
	});

	it('say nothing of where after « le » or « la », except for a minister, who belongs to the Government', () => {
		expect(roles('Au forum de la CCI Fictiville Métropole, la directrice, Julie Exemple, a parlé.')).toEqual([]);
		expect(roles('Au forum de la CCI Fictiville Métropole, le Premier ministre Paul Exemple a parlé.')).toEqual([
			'Paul Exemple → gouvernement (Premier ministre)'
		]);
	});

	it('read a second role joined by « et » at the organisation that follows it', () => {
		const text =
			'« Nous avançons », résume Marc Exemple, président de la CCI Fictiville Métropole et dirigeant de la société Fictivia Énergie.';
		expect(roles(text)).toEqual(['Marc Exemple → cci-fictiville (président)', 'Marc Exemple → Fictivia Énergie (dirigeant)']);
	});

	it('read « et en charge du » a project as a part taken in it', () => {
		const text =
			'Julie Exemple, conseillère au sein de la CCI Fictiville Métropole et en charge de la Boucle de chaleur fictive, explique.';
		const read = readDocument(text, gazetteer).proposals.map((p) => `${p.type} ${p.from.name} → ${p.to.entityId} ${p.properties.role}`);
		expect(read).toEqual(
			expect.arrayContaining([
				'ROLE_AT Julie Exemple → cci-fictiville staff',
				'PARTICIPATES_IN Julie Exemple → projet-boucle project-manager'
			])
		);
	});

	it('read « présidée par X » as X heading the subject, and « X, qui dirige Y » as a role at Y', () => {
		const text = 'L’Écosystème Imaginor 4.0 est présidé par Hélène Exemple, qui dirige par ailleurs la société Fictiroues.';
		expect(roles(text)).toEqual(
			expect.arrayContaining(['Hélène Exemple → cluster-imaginor (présidé par)', 'Hélène Exemple → Fictiroues (qui dirige)'])
		);
		// An organisation after « présidé par » is no person.
		expect(roles('L’Écosystème Imaginor 4.0 est présidé par la CCI Fictiville Métropole.')).toEqual([]);
	});

	it('read a role after the name with its article (« Yann Exemple, le dirigeant de … »)', () => {
		expect(roles('« On y croit », se félicite Yann Exemple, le dirigeant de la CCI Fictiville Métropole.')).toEqual([
			'Yann Exemple → cci-fictiville (dirigeant)'
		]);
	});

	it('end a cued name at a comma (« La présidente du cluster, Céline Exemple »), whose verb gives a second role', () => {
		const text = 'Le cluster Exemplia Méca compte 40 membres. La présidente du cluster, Céline Exemple, dirige la société Fictimaille.';
		expect(roles(text)).toEqual(['Céline Exemple → Exemplia Méca (présidente du cluster)', 'Céline Exemple → Fictimaille (dirige)']);
	});

	it('place a role at a name found without a cue, and « de l’association » at the association in view', () => {
		const text =
			'L’association Imaginor Formation ouvre. « Il faut former », observe Claire Exemple, présidente de l’association et fondatrice de Fictimed.';
		expect(roles(text)).toEqual(['Claire Exemple → Imaginor Formation (présidente)', 'Claire Exemple → Fictimed (fondatrice)']);
	});
});
