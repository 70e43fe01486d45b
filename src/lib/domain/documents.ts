import { z } from 'zod';
import { changesetIdSchema } from './changesets';
import { entityIdSchema } from './model';

/**
 * A document read into proposed facts (issue 15): an article, a study or an action plan is given
 * as text or as a file; the reader finds the organisations, places, projects, people, amounts and
 * years it names (mentions), links them to the graph, and proposes the relationships the text
 * states, each with the sentence that supports it. A person then accepts (with edits) or rejects
 * each proposal; an accepted one becomes facts through a changeset citing the document.
 */

export const documentKinds = ['article', 'study', 'report', 'action-plan', 'web-page'] as const;
export const documentKindSchema = z.enum(documentKinds, { error: 'doit être article, study, report, action-plan ou web-page' });
export type DocumentKind = z.infer<typeof documentKindSchema>;

/** The longest text read: a 200-page report is about 600,000 characters. */
export const DOCUMENT_MAX_CHARACTERS = 1_000_000;
/** The largest file accepted for upload (PDF, HTML, DOCX, text): the size of a kept source file. */
export const DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;

const optionalText = (max: number) =>
	z
		.string()
		.trim()
		.max(max, `doit faire au plus ${max} caractères`)
		.optional()
		.transform((value) => value || undefined);

/** A year (AAAA) or a date (AAAA-MM-JJ), as sources give them. */
export const publishedAtSchema = z
	.string()
	.trim()
	.regex(/^\d{4}(-\d{2}-\d{2})?$/, 'doit être une année (AAAA) ou une date (AAAA-MM-JJ)');

/** What a person says of a document; `text` is absent when a file brings it. */
export const documentMetadataSchema = z.object({
	title: z.string().trim().min(1, 'le titre est obligatoire').max(300, 'doit faire au plus 300 caractères'),
	url: z
		.url({ protocol: /^https?$/, error: 'doit être une adresse http(s)' })
		.max(2000)
		.optional()
		.or(z.literal('').transform(() => undefined)),
	publisher: optionalText(200),
	publishedAt: publishedAtSchema.optional().or(z.literal('').transform(() => undefined)),
	kind: documentKindSchema.default('article')
});
export type DocumentMetadata = z.infer<typeof documentMetadataSchema>;

/**
 * What a person says of a file (or a saved page): the title may be left out, the file's own (PDF
 * properties, the page's « title ») or else its name is taken.
 */
export const fileMetadataSchema = documentMetadataSchema.extend({ title: optionalText(300) });
export type FileMetadata = z.infer<typeof fileMetadataSchema>;

/** `POST /api/documents` as JSON, or the paste form. */
export const documentInputSchema = documentMetadataSchema.extend({
	text: z
		.string()
		.min(1, 'le texte est vide')
		.max(DOCUMENT_MAX_CHARACTERS, `le texte dépasse ${DOCUMENT_MAX_CHARACTERS.toLocaleString('fr-FR')} caractères`)
});
export type DocumentInput = z.input<typeof documentInputSchema>;

/** A part of the text under a heading; `start`/`end` are offsets in the text. */
export const sectionSchema = z.object({ title: z.string(), start: z.number().int(), end: z.number().int() });
export type Section = z.infer<typeof sectionSchema>;

/**
 * The kinds of what the reader recognises. Entities take their graph kind (Company, Cluster,
 * Commune…); new organisations the kind proposed from their cue; the others are plain values.
 */
export const mentionCategories = ['known', 'new', 'person', 'amount', 'year', 'date'] as const;
export const mentionCategorySchema = z.enum(mentionCategories);
export type MentionCategory = z.infer<typeof mentionCategorySchema>;

export const mentionSchema = z.object({
	text: z.string(),
	start: z.number().int(),
	end: z.number().int(),
	/** The entity of the graph, for a known mention. */
	entityId: entityIdSchema.optional(),
	/** The entity's name (known), the name read (new), the person, or the value as written. */
	name: z.string(),
	/** Company, Cluster, Commune, Person, Amount, Year, Date… */
	kind: z.string(),
	category: mentionCategorySchema,
	/** An amount in euros, a year. */
	value: z.number().optional(),
	/** Why it was taken: « nom connu », « cue : la société », « avec son département »… */
	reason: z.string().optional()
});
export type Mention = z.infer<typeof mentionSchema>;

/** The relationships the reader proposes, with the French wording a person reads. */
export const proposalTypes = [
	'MEMBER_OF',
	'PARTICIPATES_IN',
	'FUNDS',
	'ANIMATES',
	'COLLABORATES_WITH',
	'SELECTED_BY',
	'PART_OF',
	'LOCATED_IN',
	'ROLE_AT'
] as const;
export const proposalTypeSchema = z.enum(proposalTypes, { error: 'doit être un type de lien proposé (MEMBER_OF, FUNDS…)' });
export type ProposalType = z.infer<typeof proposalTypeSchema>;

/** The kinds a new end can be created as. */
export const newEntityKinds = [
	'Company',
	'Cluster',
	'PublicBody',
	'Support',
	'Academic',
	'Association',
	'Project',
	'Programme',
	'Person'
] as const;
export const newEntityKindSchema = z.enum(newEntityKinds, { error: 'doit être un type d’entité (Company, Cluster, PublicBody…)' });

/** An end of a proposal: an entity of the graph, or a new one to create on acceptance. */
export const proposalEndSchema = z.object({
	entityId: entityIdSchema.optional(),
	name: z.string().min(1),
	kind: z.string(),
	/** For a new end: entities of the graph with a close name, so a person can pick one instead. */
	similar: z.array(z.object({ id: entityIdSchema, name: z.string(), score: z.number() })).optional()
});
export type ProposalEnd = z.infer<typeof proposalEndSchema>;

export const proposalStatuses = ['pending', 'accepted', 'proposed', 'rejected'] as const;
export const proposalStatusSchema = z.enum(proposalStatuses);
export type ProposalStatus = z.infer<typeof proposalStatusSchema>;

export const proposalPropertiesSchema = z.object({
	role: z.string().optional(),
	title: z.string().optional(),
	amountEur: z.number().optional(),
	year: z.number().int().optional()
});
export type ProposalProperties = z.infer<typeof proposalPropertiesSchema>;

export const proposalSchema = z.object({
	id: z.string().regex(/^p\d+$/),
	type: proposalTypeSchema,
	from: proposalEndSchema,
	to: proposalEndSchema,
	properties: proposalPropertiesSchema,
	/** One or two sentences of the text, verbatim. */
	evidence: z.string(),
	start: z.number().int(),
	end: z.number().int(),
	/** The section the evidence is in. */
	section: z.string().optional(),
	/** 0 to 1: how sure the reader is (a cue verb between the two ends is surer than co-occurrence). */
	confidence: z.number().min(0).max(1),
	/** The cue that made the proposal, in words. */
	cue: z.string().optional(),
	status: proposalStatusSchema.default('pending'),
	/** The changeset an accepted (published or proposed) proposal became. */
	changesetId: changesetIdSchema.optional(),
	decidedBy: z.object({ id: z.string(), name: z.string() }).optional(),
	decidedAt: z.string().optional(),
	/** What the decision said: the reason of a rejection, the edits of an acceptance. */
	note: z.string().optional()
});
export type Proposal = z.infer<typeof proposalSchema>;

/** An end as a person edits it: an entity of the graph, or a new one with its name and kind. */
export const endEditSchema = z.union([
	z.object({ entityId: entityIdSchema }),
	z.object({ name: z.string().trim().min(1, 'le nom est obligatoire').max(200), kind: newEntityKindSchema })
]);
export type EndEdit = z.infer<typeof endEditSchema>;

/** `POST /api/documents/:id/proposals/:pid`: accept (with edits) or reject. */
export const proposalDecisionSchema = z.discriminatedUnion('action', [
	z.object({
		action: z.literal('accept'),
		edits: z
			.object({
				type: proposalTypeSchema.optional(),
				from: endEditSchema.optional(),
				to: endEditSchema.optional(),
				role: z.string().trim().max(60).optional(),
				amountEur: z.number().nonnegative('doit être un montant positif').optional(),
				year: z.number().int().min(1900, 'doit être une année').max(2100, 'doit être une année').optional()
			})
			.default({}),
		reason: z.string().trim().max(500).optional()
	}),
	z.object({ action: z.literal('reject'), reason: z.string().trim().max(500).optional() })
]);
export type ProposalDecision = z.infer<typeof proposalDecisionSchema>;

/** `POST /api/documents/:id/accept-above`: every pending proposal at or above a confidence. */
export const acceptAboveSchema = z.object({ confidence: z.coerce.number().min(0).max(1) });

/** A document with what was read in it. */
export const documentViewSchema = z.object({
	id: entityIdSchema,
	title: z.string(),
	url: z.string().optional(),
	publisher: z.string().optional(),
	publishedAt: z.string().optional(),
	kind: documentKindSchema,
	/** The uploaded file, served at /sources/fichiers/<upload>. */
	upload: z.string().optional(),
	fileName: z.string().optional(),
	text: z.string(),
	sections: z.array(sectionSchema),
	mentions: z.array(mentionSchema),
	proposals: z.array(proposalSchema),
	addedBy: z.object({ id: z.string(), name: z.string() }),
	addedAt: z.string(),
	/** How long the reading took, in milliseconds. */
	readingMs: z.number().optional()
});
export type DocumentView = z.infer<typeof documentViewSchema>;

/** A line of the list of documents. */
export const documentSummarySchema = documentViewSchema
	.pick({ id: true, title: true, publisher: true, publishedAt: true, kind: true, addedBy: true, addedAt: true })
	.extend({
		characters: z.number(),
		counts: z.object({ pending: z.number(), accepted: z.number(), proposed: z.number(), rejected: z.number() })
	});
export type DocumentSummary = z.infer<typeof documentSummarySchema>;

/** A document's id: `doc-`, a slug of its title and a random suffix. */
export const documentIdSchema = z.string().regex(/^doc-[a-z0-9-]{1,80}$/, 'doit être l’identifiant d’un document (doc-…)');
export const documentParamsSchema = z.object({ id: documentIdSchema });
export const proposalParamsSchema = z.object({
	id: documentIdSchema,
	pid: z.string().regex(/^p\d{1,5}$/, 'doit être l’identifiant d’un fait proposé (p1, p2…)')
});

/** A proposal's span in the text, to link a fact's source back to its highlighted passage. */
export function passageAnchor(start: number, end: number): string {
	return `passage-${start}-${end}`;
}
