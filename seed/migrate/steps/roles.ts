import { participationRoles, personRoles, type ParticipationRole, type PersonRole } from '$lib/domain/model';
import { cypher } from '$lib/server/db/cypher';
import type { MigrationStep } from '../step';

const MAP_ROLES = cypher('migrate/map-roles');

/** Free-text roles of earlier graphs (lower case), and their value in the list of actors' roles. */
export const actorRoleWording: Record<string, ParticipationRole> = {
	porteur: 'lead',
	pilote: 'pilot',
	'territoire pilote et coordinateur (première phase)': 'pilot',
	coordinateur: 'coordinator',
	coordinatrice: 'coordinator',
	animateur: 'animator',
	animatrice: 'animator',
	partenaire: 'partner',
	bénéficiaire: 'beneficiary',
	financeur: 'funder',
	hébergeur: 'host',
	initiateur: 'initiator',
	initiatrice: 'initiator'
};

/** Free-text roles of people in earlier graphs (lower case), and their value in the list of people's roles. */
export const personRoleWording: Record<string, PersonRole> = {
	président: 'head',
	présidente: 'head',
	'vice-président': 'deputy-head',
	'vice-présidente': 'deputy-head',
	"1er vice-président, référent sur l'économie": 'deputy-head',
	'premier ministre': 'government',
	ministre: 'government',
	directeur: 'director',
	directrice: 'director',
	'directeur du site': 'director',
	fondateur: 'founder',
	fondatrice: 'founder',
	'co-fondateur': 'founder',
	'co-fondatrice': 'founder',
	'chef de projet': 'project-manager',
	'cheffe de projet': 'project-manager',
	'cheffe de mission immobilier productif': 'project-manager',
	"coordination de l'étude": 'project-manager',
	"appui à la coordination de l'étude": 'staff',
	"conseillère en développement d'entreprise": 'staff',
	'élu référent': 'elected-referent',
	'élue référente': 'elected-referent',
	'industriel référent': 'industrial-referent',
	'industrielle référente': 'industrial-referent'
};

const entries = (wording: Record<string, string>) => Object.entries(wording).map(([from, to]) => ({ from, to }));

/** Roles into the controlled lists; the old words are kept (`title` for people, `roleText` when unknown). */
export const rolesStep: MigrationStep = {
	id: 'controlled-roles',
	title: 'Rôles ramenés aux listes contrôlées',
	async run(transaction) {
		const [{ changed }] = await transaction.run(MAP_ROLES, {
			participationRoles: [...participationRoles],
			personRoles: [...personRoles],
			mapping: entries(actorRoleWording),
			personMapping: entries(personRoleWording)
		});
		return Number(changed);
	}
};
