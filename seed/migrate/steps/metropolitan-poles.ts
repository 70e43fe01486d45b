import { cypher } from '$lib/server/db/cypher';
import type { MigrationStep } from '../step';

const MAKE_PUBLIC_BODIES = cypher('migrate/make-metropolitan-poles-public-bodies');

/** A pôle métropolitain is a syndicat mixte, an actor: no longer a Territory but a PublicBody. */
export const metropolitanPolesStep: MigrationStep = {
	id: 'metropolitan-poles',
	title: 'pôles métropolitains devenus des acteurs publics (syndicats mixtes)',
	async run(transaction) {
		const [{ changed }] = await transaction.run(MAKE_PUBLIC_BODIES);
		return Number(changed);
	}
};
