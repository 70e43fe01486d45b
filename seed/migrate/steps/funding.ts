import { cypher } from '$lib/server/db/cypher';
import type { MigrationStep } from '../step';

const MOVE_PROGRAMME_FUNDING = cypher('migrate/move-programme-funding');
const SET_FUNDER_LABELS = cypher('migrate/set-funder-labels');

/**
 * Programmes are not funders: a programme's FUNDS becomes its operator's (with `programme`) when
 * the graph names a single one; `:Funder` then follows who funds.
 */
export const fundingStep: MigrationStep = {
	id: 'programmes-are-not-funders',
	title: 'Financements portés par les opérateurs, au titre des programmes',
	async run(transaction) {
		const [{ moved }] = await transaction.run(MOVE_PROGRAMME_FUNDING);
		const [{ changed }] = await transaction.run(SET_FUNDER_LABELS);
		return Number(moved) + Number(changed);
	}
};
