import { cypher } from '$lib/server/db/cypher';
import type { MigrationStep } from '../step';

const DELETE_DUPLICATED_MEMBERSHIPS = cypher('migrate/delete-duplicated-memberships');

/**
 * No duplicated membership: an intercommunality's MEMBER_OF a Territoire d'industrie that the
 * open data already states (the territory INCLUDES it) is deleted.
 */
export const duplicatedMembershipsStep: MigrationStep = {
	id: 'duplicated-memberships',
	title: 'appartenances à un Territoire d’industrie en double supprimées (déjà dans les données ouvertes)',
	async run(transaction) {
		const [{ deleted }] = await transaction.run(DELETE_DUPLICATED_MEMBERSHIPS);
		return Number(deleted);
	}
};
