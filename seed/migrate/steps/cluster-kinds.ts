import { cypher } from '$lib/server/db/cypher';
import type { MigrationStep } from '../step';

const SET_CLUSTER_KINDS = cypher('migrate/set-cluster-kinds');

/** Every cluster gets a controlled kind (a pôle when its old `type` said so, else a cluster). */
export const clusterKindsStep: MigrationStep = {
	id: 'cluster-kinds',
	title: 'Types contrôlés donnés aux clusters qui n’en avaient pas',
	async run(transaction) {
		const [{ changed }] = await transaction.run(SET_CLUSTER_KINDS);
		return Number(changed);
	}
};
