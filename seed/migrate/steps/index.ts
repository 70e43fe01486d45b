import type { MigrationStep } from '../step';
import { clusterKindsStep } from './cluster-kinds';
import { fundingStep } from './funding';
import { institutionsStep } from './institutions';
import { duplicatedMembershipsStep } from './memberships';
import { metropolitanPolesStep } from './metropolitan-poles';
import { rolesStep } from './roles';

/**
 * The steps of `npm run migrate`, in the order they run. Structural steps come first; the seed
 * (open data and curated files) is then applied again by the migration itself.
 */
export const migrationSteps: readonly MigrationStep[] = [
	institutionsStep,
	duplicatedMembershipsStep,
	metropolitanPolesStep,
	rolesStep,
	fundingStep,
	clusterKindsStep
];
