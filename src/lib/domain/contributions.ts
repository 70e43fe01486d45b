import { z } from 'zod';
import { sirenProblem, siretProblem, compactIdentifier } from './identifiers';
import { clusterKindSchema, entityIdSchema, participationRoleSchema, personRoleSchema, linkStatusSchema } from './model';

/**
 * What a contributor asks for, before it becomes operations: create an entity, edit one, add a
 * link. Every new fact names its source (an existing one, or a new one described here) and the
 * short excerpt of it that supports the fact.
 */

/** The kinds a person may create; places, territories, themes and programmes come from reference data. */
export const contributedKinds = ['Company', 'Cluster', 'PublicBody', 'Support', 'Academic', 'Association', 'Project', 'Person'] as const;
export const contributedKindSchema = z.enum(contributedKinds);
export type ContributedKind = z.infer<typeof contributedKindSchema>;

/** The link types a person may add, each between the kinds it joins (checked on the server against the graph). */
export const contributedRelationshipTypes = [
	'MEMBER_OF',
	'PARTICIPATES_IN',
	'FUNDS',
	'COLLABORATES_WITH',
	'ANIMATES',
	'SELECTED_BY',
	'LOCATED_IN',
	'ADDRESSES',
	'ROLE_AT',
	'ACTIVE_IN'
] as const;
export const contributedRelationshipTypeSchema = z.enum(contributedRelationshipTypes);
export type ContributedRelationshipType = z.infer<typeof contributedRelationshipTypeSchema>;

/** Longest excerpt: one or two sentences, as the seed's evidence is. */
export const EXCERPT_MAX_LENGTH = 600;

const text = (max: number) => z.string().trim().max(max, `doit compter au plus ${max} caractères`);
const optionalText = (max: number) =>
	z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), text(max).optional());

const httpUrl = z.preprocess(
	(value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
	z
		.url({ protocol: /^https?$/, error: 'doit être une adresse web complète (https://…)' })
		.max(2_000, 'doit compter au plus 2 000 caractères')
		.optional()
);

/** A new source, described by the person: at least a title; a date as AAAA, AAAA-MM or AAAA-MM-JJ. */
export const newSourceSchema = z.object({
	title: text(300).min(1, 'est obligatoire'),
	publisher: optionalText(200),
	date: z.preprocess(
		(value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
		z
			.string()
			.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'doit être une date AAAA, AAAA-MM ou AAAA-MM-JJ')
			.optional()
	),
	url: httpUrl,
	/** A file kept on the server as the source itself (its stored name, set by the server from the upload). */
	upload: z
		.string()
		.regex(/^[0-9a-f]{8}-[a-z0-9][a-z0-9.-]{0,120}$/, 'doit être le nom d’un fichier déposé')
		.optional()
});
export type NewSource = z.infer<typeof newSourceSchema>;

/** Where a new fact comes from: an existing source's id or a new source, plus the excerpt that supports it. */
export const citationSchema = z
	.object({
		sourceId: z.preprocess((value) => (value === '' ? undefined : value), entityIdSchema.optional()),
		newSource: newSourceSchema.optional(),
		section: optionalText(200),
		excerpt: text(EXCERPT_MAX_LENGTH).min(1, 'est obligatoire : citez le passage de la source qui établit le fait')
	})
	.refine((citation) => (citation.sourceId === undefined) !== (citation.newSource === undefined), {
		path: ['sourceId'],
		message: 'choisissez une source existante ou décrivez-en une nouvelle (une des deux)'
	});
export type Citation = z.infer<typeof citationSchema>;

const siren = z.preprocess(
	(value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
	z
		.string()
		.superRefine((value, context) => {
			const problem = sirenProblem(value);
			if (problem) context.addIssue({ code: 'custom', message: problem });
		})
		.transform(compactIdentifier)
		.optional()
);
const siret = z.preprocess(
	(value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
	z
		.string()
		.superRefine((value, context) => {
			const problem = siretProblem(value);
			if (problem) context.addIssue({ code: 'custom', message: problem });
		})
		.transform(compactIdentifier)
		.optional()
);

const aliases = z.preprocess(
	(value) => (typeof value === 'string' ? value.split(/[\n;]/) : value),
	z
		.array(text(200))
		.max(20, 'au plus 20 autres noms')
		.transform((names) => [...new Set(names.filter((name) => name.length > 0))])
		.default([])
);

/** The properties a person may set on an entity. */
export const editablePropertiesSchema = z.object({
	name: text(200).min(1, 'est obligatoire'),
	aliases,
	description: optionalText(2_000),
	siren,
	siret,
	website: httpUrl,
	clusterKind: clusterKindSchema.optional()
});

export const reasonSchema = optionalText(500);

export const newEntitySchema = editablePropertiesSchema
	.extend({
		kind: contributedKindSchema,
		/** The commune (or other place) it is located in: an entity id, linked LOCATED_IN. */
		place: z.preprocess((value) => (value === '' ? undefined : value), entityIdSchema.optional()),
		/** A first link from the new entity (member of a cluster, partner of a project…), on the same source. */
		link: z
			.object({
				type: contributedRelationshipTypeSchema,
				to: entityIdSchema,
				role: z.preprocess((value) => (value === '' ? undefined : value), z.union([participationRoleSchema, personRoleSchema]).optional())
			})
			.optional(),
		citation: citationSchema,
		reason: reasonSchema
	})
	.refine((entity) => entity.kind !== 'Cluster' || entity.clusterKind !== undefined, {
		path: ['clusterKind'],
		message: 'est obligatoire pour un cluster : pôle de compétitivité, cluster, écosystème industriel ou réseau'
	})
	.refine((entity) => !entity.siret || !entity.siren || entity.siret.startsWith(entity.siren), {
		path: ['siret'],
		message: 'doit commencer par le SIREN donné'
	});
export type NewEntity = z.infer<typeof newEntitySchema>;

/** An edit of an entity's properties, based on the version the person saw (optimistic concurrency). */
export const entityEditSchema = z.object({
	version: z.string().regex(/^[0-9a-f]{16}$/, 'doit être la version lue avec la fiche (16 chiffres hexadécimaux)'),
	changes: editablePropertiesSchema.partial(),
	citation: citationSchema,
	reason: reasonSchema
});
export type EntityEdit = z.infer<typeof entityEditSchema>;

const year = z.coerce
	.number()
	.int('doit être une année entière')
	.min(1800, 'doit être une année après 1800')
	.max(2100, 'doit être une année avant 2100');
const optionalNumber = <S extends z.ZodType>(schema: S) =>
	z.preprocess((value) => (value === '' || value === null ? undefined : value), schema.optional());

export const newRelationshipSchema = z
	.object({
		type: contributedRelationshipTypeSchema,
		from: entityIdSchema,
		to: entityIdSchema,
		role: z.preprocess((value) => (value === '' ? undefined : value), z.union([participationRoleSchema, personRoleSchema]).optional()),
		/** ROLE_AT: the person's title as the source words it (« président »). */
		title: optionalText(200),
		status: z.preprocess((value) => (value === '' ? undefined : value), linkStatusSchema.optional()),
		amountEur: optionalNumber(z.coerce.number().positive('doit être un montant positif en euros').max(1e12, 'semble trop grand')),
		year: optionalNumber(year),
		startYear: optionalNumber(year),
		endYear: optionalNumber(year),
		citation: citationSchema,
		reason: reasonSchema
	})
	.refine((link) => link.from !== link.to, { path: ['to'], message: 'doit différer de l’entité de départ' })
	.refine((link) => !link.startYear || !link.endYear || link.startYear <= link.endYear, {
		path: ['endYear'],
		message: 'doit suivre l’année de début'
	});
export type NewRelationship = z.infer<typeof newRelationshipSchema>;

/** A curator's review of a proposal, or a reason for a revert. */
export const reviewSchema = z.object({ note: optionalText(500) });
export const rejectionSchema = z.object({ note: text(500).min(1, 'est obligatoire : dites à l’auteur pourquoi') });
export const revertSchema = z.object({ reason: text(500).min(1, 'est obligatoire : dites pourquoi vous annulez ce changement') });

/** A merge of the duplicate `with` into the entity of the address; `dryRun` only previews it. */
export const mergeRequestSchema = z.object({
	with: entityIdSchema,
	reason: text(500).min(1, 'est obligatoire : dites pourquoi ces deux entités n’en font qu’une'),
	dryRun: z.boolean().default(false)
});
