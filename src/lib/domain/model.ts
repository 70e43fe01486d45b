import { z } from 'zod';

/** Kinds of organisation; each also carries the `:Actor` label. */
export const actorKinds = ['Company', 'Cluster', 'PublicBody', 'Support', 'Academic', 'Association'] as const;

/** Geography from official open data. */
export const placeKinds = ['Region', 'Department', 'EPCI', 'Commune'] as const;

/**
 * The primary label of every node: what the interface calls its "kind".
 * A node has exactly one of these, plus `:Entity` (and `:Actor` / `:Funder` where they apply).
 */
export const entityKinds = [...actorKinds, 'Territory', 'Project', 'Programme', ...placeKinds, 'Theme', 'Source', 'Person'] as const;

export const actorKindSchema = z.enum(actorKinds);
export const entityKindSchema = z.enum(entityKinds);
export type ActorKind = z.infer<typeof actorKindSchema>;
export type EntityKind = z.infer<typeof entityKindSchema>;

/** Labels a node may carry beside its kind. */
export const extraLabels = ['Entity', 'Actor', 'Funder'] as const;

export const relationshipTypes = [
	'MEMBER_OF',
	'PARTICIPATES_IN',
	'FUNDS',
	'COLLABORATES_WITH',
	'ANIMATES',
	'PART_OF',
	'SELECTED_BY',
	'REPLICATED_IN',
	'LOCATED_IN',
	'INCLUDES',
	'IN',
	'ADDRESSES',
	'BROADER',
	'ROLE_AT'
] as const;
export const relationshipTypeSchema = z.enum(relationshipTypes);
export type RelationshipType = z.infer<typeof relationshipTypeSchema>;

export const participationRoles = ['lead', 'partner', 'pilot', 'coordinator', 'animator', 'beneficiary'] as const;
export const participationRoleSchema = z.enum(participationRoles);

export const territoryPhases = ['2019-2022', '2023-2027'] as const;
export const territoryPhaseSchema = z.enum(territoryPhases);
export type TerritoryPhase = z.infer<typeof territoryPhaseSchema>;

export const projectStatuses = ['planned', 'ongoing', 'completed', 'unknown'] as const;
export const projectStatusSchema = z.enum(projectStatuses);
export type ProjectStatus = z.infer<typeof projectStatusSchema>;

/** Stable identifier of a node: lower-case ASCII slug, unique across the graph. */
export const entityIdSchema = z
	.string()
	.min(1, 'ne doit pas être vide')
	.max(120, 'doit tenir en 120 caractères au plus')
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'doit être un identifiant : minuscules, chiffres et tirets simples');

/** Picks the kind among a node's labels; `undefined` when none is known. */
export function kindOf(labels: readonly string[]): EntityKind | undefined {
	return entityKinds.find((kind) => labels.includes(kind));
}
