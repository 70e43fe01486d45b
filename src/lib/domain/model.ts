import { z } from 'zod';

/** Kinds of organisation; each also carries the `:Actor` label. */
export const actorKinds = ['Company', 'Cluster', 'PublicBody', 'Support', 'Academic', 'Association'] as const;

/** Geography from official open data. */
export const placeKinds = ['Region', 'Department', 'EPCI', 'Commune'] as const;

/**
 * The primary label of every node: what the interface calls its "kind".
 * A node has exactly one of these (a place that acts also carries `PublicBody`), plus `:Entity` (and `:Actor` / `:Funder` where they apply).
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
	'ROLE_AT',
	'CONTINUES_AS',
	'ACTIVE_IN'
] as const;
export const relationshipTypeSchema = z.enum(relationshipTypes);
export type RelationshipType = z.infer<typeof relationshipTypeSchema>;

/**
 * The controlled list of roles an actor holds in a project, a structure or a territory (`role` on
 * PARTICIPATES_IN and on the other links that carry one). No free-text role: what the source says
 * word for word stays in the evidence.
 */
export const participationRoles = [
	'lead',
	'pilot',
	'coordinator',
	'animator',
	'partner',
	'beneficiary',
	'funder',
	'host',
	'initiator'
] as const;
export const participationRoleSchema = z.enum(participationRoles);
export type ParticipationRole = z.infer<typeof participationRoleSchema>;

/**
 * What a person does at an actor (`role` on ROLE_AT); the source's own wording, when it says more
 * (« 1er Vice-Président, référent sur l'économie »), is kept in `title`.
 */
export const personRoles = [
	'head',
	'deputy-head',
	'elected-referent',
	'industrial-referent',
	'project-manager',
	'director',
	'founder',
	'staff',
	'government'
] as const;
export const personRoleSchema = z.enum(personRoles);
export type PersonRole = z.infer<typeof personRoleSchema>;

/**
 * What kind of grouping a `:Cluster` is (its `clusterKind`, required): a pôle de compétitivité
 * labelled by the State, a cluster or grappe d'entreprises, a territorial industrial ecosystem, or
 * a network or animation body.
 */
export const clusterKinds = ['pole-de-competitivite', 'cluster', 'ecosysteme-industriel', 'reseau'] as const;
export const clusterKindSchema = z.enum(clusterKinds);
export type ClusterKind = z.infer<typeof clusterKindSchema>;

/** A pôle de compétitivité's State labelling (`labelStatus`, beside `labelPhase` such as « V (2023-2026) »). */
export const poleLabelStatuses = ['labellise', 'probation', 'absorbe'] as const;
export const poleLabelStatusSchema = z.enum(poleLabelStatuses);
export type PoleLabelStatus = z.infer<typeof poleLabelStatusSchema>;

/**
 * A link the source states as not in effect (`status` on a relationship; absent means in effect):
 * a prospect (« une perspective prometteuse ») or a link said not to be working (« n'est pas en
 * oeuvre »). Counts, paths and partner suggestions leave such links out unless asked.
 */
export const linkStatuses = ['prospect', 'not-in-effect'] as const;
export const linkStatusSchema = z.enum(linkStatuses);
export type LinkStatus = z.infer<typeof linkStatusSchema>;

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

/**
 * Whether labels hold one kind: exactly one, except that a place that acts as an institution (a
 * région, a département, an intercommunality, a commune) also carries `PublicBody`.
 */
export function holdsOneKind(labels: readonly string[]): boolean {
	const kinds = labels.filter((label) => (entityKinds as readonly string[]).includes(label));
	if (kinds.length === 1) return true;
	return kinds.length === 2 && kinds.includes('PublicBody') && kinds.some((kind) => (placeKinds as readonly string[]).includes(kind));
}

/**
 * Picks the kind among a node's labels; `undefined` when none is known. A place comes first: a
 * région, a département or an intercommunality that acts also carries `:Actor:PublicBody`, and
 * is still shown, placed and counted as the place it is.
 */
export function kindOf(labels: readonly string[]): EntityKind | undefined {
	return placeKinds.find((kind) => labels.includes(kind)) ?? entityKinds.find((kind) => labels.includes(kind));
}
