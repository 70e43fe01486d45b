import { z } from 'zod';
import {
	actorKinds,
	clusterKindSchema,
	entityIdSchema,
	linkStatusSchema,
	participationRoleSchema,
	personRoleSchema,
	projectStatusSchema,
	relationshipTypeSchema,
	type RelationshipType
} from './model';

/** Kinds a curated seed file may define; geography and territories come from open data. */
export const seedNodeLabels = [...actorKinds, 'Territory', 'Project', 'Programme', 'Person'] as const;

/** Relationship types that belong to open data and the vocabulary, not to curated files. */
const openDataRelationshipTypes: readonly RelationshipType[] = ['INCLUDES', 'IN', 'BROADER'];
/** Relationship types whose evidence excerpt may be left out (the link is self-evident). */
const evidenceOptional: readonly RelationshipType[] = ['ADDRESSES', 'LOCATED_IN'];

const year = z.number().int().min(1800).max(2100);
const sentenceList = z.array(z.string().trim().min(1));
const propertyName = z
	.string()
	.regex(/^[a-z][A-Za-z0-9]*$/, 'property names are camelCase')
	.refine((name) => !reservedPropertyNames.has(name), 'this name is reserved: use the typed field');
const reservedPropertyNames = new Set(['id', 'name', 'aliases', 'description', 'sources', 'labels', 'evidence', 'synthetic']);
const propertyValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.array(z.number())]);

/** A citation in a seed file: the document (defaults to the file's own) and its section. */
export const seedSourceSchema = z.strictObject({
	doc: entityIdSchema.optional(),
	section: z.string().trim().min(1, 'section must not be empty')
});

export const seedNodeSchema = z
	.strictObject({
		id: entityIdSchema,
		label: z.enum(seedNodeLabels),
		name: z.string().trim().min(1, 'name must not be empty'),
		aliases: z.array(z.string().trim().min(1)).optional(),
		description: z.string().trim().min(1).optional(),
		funder: z.boolean().optional(),
		status: projectStatusSchema.optional(),
		startYear: year.optional(),
		endYear: year.optional(),
		budgetEur: z.number().nonnegative().optional(),
		indicators: sentenceList.optional(),
		successFactors: sentenceList.optional(),
		difficulties: sentenceList.optional(),
		properties: z.record(propertyName, propertyValue).optional(),
		sources: z.array(seedSourceSchema).min(1, 'every node needs at least one source')
	})
	.superRefine((node, context) => {
		const projectOnly = ['status', 'startYear', 'endYear', 'budgetEur', 'indicators'] as const;
		if (node.label !== 'Project') {
			for (const field of projectOnly) {
				if (node[field] !== undefined) {
					context.addIssue({ code: 'custom', path: [field], message: `only a Project has ${field}` });
				}
			}
		}
		if (node.label === 'Cluster' && !clusterKindSchema.safeParse(node.properties?.clusterKind).success) {
			context.addIssue({
				code: 'custom',
				path: ['properties', 'clusterKind'],
				message: `un Cluster doit donner properties.clusterKind / a Cluster needs properties.clusterKind: ${clusterKindSchema.options.join(', ')}`
			});
		}
		if (node.label === 'Programme' && node.funder) {
			context.addIssue({
				code: 'custom',
				path: ['funder'],
				message: 'a programme is not a funder: its operator funds through it (FUNDS from the operator with programme: <this id>)'
			});
		}
		if (node.startYear && node.endYear && node.endYear < node.startYear) {
			context.addIssue({ code: 'custom', path: ['endYear'], message: 'endYear is before startYear' });
		}
	});
export type SeedNode = z.infer<typeof seedNodeSchema>;

export const seedRelationshipSchema = z
	.strictObject({
		type: relationshipTypeSchema,
		from: entityIdSchema,
		to: entityIdSchema,
		doc: entityIdSchema.optional(),
		section: z.string().trim().min(1, 'section must not be empty'),
		evidence: z.string().trim().min(1).max(600, 'evidence is one short excerpt (600 characters at most)').optional(),
		role: z.string().trim().min(1).optional(),
		title: z.string().trim().min(1).optional(),
		amountEur: z.number().nonnegative().optional(),
		programme: entityIdSchema.optional(),
		year: year.optional(),
		since: year.optional(),
		status: linkStatusSchema.optional(),
		successFactors: sentenceList.optional(),
		difficulties: sentenceList.optional(),
		properties: z.record(propertyName, propertyValue).optional()
	})
	.superRefine((relationship, context) => {
		if (openDataRelationshipTypes.includes(relationship.type)) {
			context.addIssue({ code: 'custom', path: ['type'], message: `${relationship.type} comes from open data, not from a seed file` });
		}
		if (!relationship.evidence && !evidenceOptional.includes(relationship.type)) {
			context.addIssue({ code: 'custom', path: ['evidence'], message: `a ${relationship.type} relationship needs an evidence excerpt` });
		}
		if (relationship.role !== undefined) {
			// A person's role and an actor's role are two controlled lists; no free-text role.
			const roles = relationship.type === 'ROLE_AT' ? personRoleSchema : participationRoleSchema;
			if (!roles.safeParse(relationship.role).success) {
				context.addIssue({ code: 'custom', path: ['role'], message: `role must be one of ${roles.options.join(', ')}` });
			}
		}
		if (relationship.type !== 'ROLE_AT' && relationship.title !== undefined) {
			context.addIssue({
				code: 'custom',
				path: ['title'],
				message: "only ROLE_AT carries a title (the source's wording of a person's role)"
			});
		}
		for (const field of ['amountEur', 'programme'] as const) {
			if (relationship.type !== 'FUNDS' && relationship[field] !== undefined) {
				context.addIssue({
					code: 'custom',
					path: [field],
					message: `only FUNDS carries ${field === 'amountEur' ? 'an amount' : 'a programme'}`
				});
			}
		}
		if (relationship.from === relationship.to) {
			context.addIssue({ code: 'custom', path: ['to'], message: 'a relationship cannot point at its own start' });
		}
	});
export type SeedRelationship = z.infer<typeof seedRelationshipSchema>;

export const seedSourceDocumentSchema = z.strictObject({
	id: entityIdSchema,
	title: z.string().trim().min(1),
	publisher: z.string().trim().min(1).optional(),
	/** The people or bodies that wrote it, as the document names them. */
	authors: z.array(z.string().trim().min(1)).min(1).optional(),
	/** True when the document gives no title and Maillage wrote the one shown (never quoted as the source's). */
	titleSupplied: z.boolean().optional(),
	date: z
		.string()
		.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'date is YYYY, YYYY-MM or YYYY-MM-DD')
		.optional(),
	file: z.string().trim().min(1).optional(),
	url: z.url().optional(),
	kind: z.enum(['article', 'study', 'report', 'web-page', 'open-data'])
});
export type SeedSourceDocument = z.infer<typeof seedSourceDocumentSchema>;

/** `seed/documents/<source-id>.yaml`: one source document and what it states. */
export const seedDocumentFileSchema = z.strictObject({
	source: seedSourceDocumentSchema,
	nodes: z.array(seedNodeSchema).default([]),
	relationships: z.array(seedRelationshipSchema).default([])
});
export type SeedDocumentFile = z.infer<typeof seedDocumentFileSchema>;

/** In `shared.yaml` every citation must name its document. */
export const sharedSeedNodeSchema = seedNodeSchema.superRefine((node, context) => {
	node.sources.forEach((source, index) => {
		if (!source.doc) context.addIssue({ code: 'custom', path: ['sources', index, 'doc'], message: 'doc is required in shared.yaml' });
	});
});
export const sharedSeedRelationshipSchema = seedRelationshipSchema.superRefine((relationship, context) => {
	if (!relationship.doc) context.addIssue({ code: 'custom', path: ['doc'], message: 'doc is required in shared.yaml' });
});

/** `seed/documents/shared.yaml`: entities several documents mention. */
export const seedSharedFileSchema = z.strictObject({
	nodes: z.array(sharedSeedNodeSchema).default([]),
	relationships: z.array(sharedSeedRelationshipSchema).default([])
});
export type SeedSharedFile = z.infer<typeof seedSharedFileSchema>;

/**
 * The outline of a seed file, checked before its parts: each node and relationship is then
 * validated on its own, so one bad entry does not hide the problems of the others.
 */
export const seedFileOutlineSchema = z.strictObject({
	source: z.unknown().optional(),
	nodes: z.array(z.unknown()).default([]),
	relationships: z.array(z.unknown()).default([])
});

export const seedThemeSchema = z.strictObject({
	id: entityIdSchema,
	fr: z.string().trim().min(1),
	en: z.string().trim().min(1),
	broader: entityIdSchema.optional(),
	description: z.string().trim().min(1).optional(),
	synonyms: z.array(z.string().trim().min(1)).optional(),
	synonymsEn: z.array(z.string().trim().min(1)).optional()
});
export type SeedTheme = z.infer<typeof seedThemeSchema>;

/** `seed/themes.yaml`: the controlled vocabulary. */
export const seedThemesFileSchema = z.strictObject({ themes: z.array(seedThemeSchema).min(1) });
