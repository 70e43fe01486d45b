import { z } from 'zod';
import { queryInteger } from './query-integer';
import { changesetIdSchema } from './changesets';
import { entityIdSchema } from './model';

/**
 * A spreadsheet brought into the graph (issue 14): what the file is (a preset, or columns mapped by
 * hand), the preview row by row before anything is written (the match found for each organisation
 * and why, the place resolved, the errors with row, column and reason), the person's decisions
 * (rows excluded, ambiguous matches settled, values fixed), and the report of the changeset applied.
 */

/** What a file is: a cluster's members, actors, projects with their partners, fundings. */
export const importPresets = ['membres', 'acteurs', 'projets', 'financements'] as const;
export const importPresetSchema = z.enum(importPresets, { error: 'doit être membres, acteurs, projets ou financements' });
export type ImportPreset = z.infer<typeof importPresetSchema>;

/**
 * What a column can hold. `actor.*` is the organisation of the row (the member, the actor, the
 * partner, the beneficiary); `place.*` where it is; `project.*`, `participation.*`, `funder.*` and
 * `funding.*` the other ends and the link's values. A column mapped to nothing is ignored.
 */
export const importFields = [
	'actor.name',
	'actor.siret',
	'actor.siren',
	'actor.kind',
	'actor.website',
	'actor.description',
	'actor.aliases',
	'place.insee',
	'place.postalCode',
	'place.commune',
	'place.departement',
	'project.name',
	'project.description',
	'project.budget',
	'project.startYear',
	'project.endYear',
	'participation.role',
	'funder.name',
	'funding.amount',
	'funding.year',
	'funding.programme'
] as const;
export const importFieldSchema = z.enum(importFields, { error: 'doit être un champ connu de l’import' });
export type ImportField = z.infer<typeof importFieldSchema>;

/** The fields a preset requires: a row without them is an error naming the column. */
export const requiredFields: Readonly<Record<ImportPreset, readonly ImportField[]>> = {
	membres: ['actor.name'],
	acteurs: ['actor.name'],
	projets: ['project.name', 'actor.name'],
	financements: ['funder.name', 'funding.amount']
};

/** One column of the file and what it holds; a column is named by its header as written. */
export const columnMappingSchema = z.object({
	column: z.string().max(200),
	field: importFieldSchema.nullable()
});
export type ColumnMapping = z.infer<typeof columnMappingSchema>;
export const mappingSchema = z.array(columnMappingSchema).max(200, 'au plus 200 colonnes');

/** What the person says about the file when uploading it (or when changing their mind in the preview). */
export const importOptionsSchema = z
	.object({
		preset: importPresetSchema,
		/** For « membres »: the cluster or network the rows are members of. */
		clusterId: z.preprocess((value) => (value === '' ? undefined : value), entityIdSchema.optional()),
		/** For an Excel file with several sheets: which one (by name); the first by default. */
		sheet: z.preprocess((value) => (value === '' ? undefined : value), z.string().max(200).optional()),
		/** Columns mapped by hand; the preset's guess for the others. */
		mapping: mappingSchema.optional(),
		/** Why, in the person's words (the changeset's reason). */
		reason: z.preprocess((value) => (value === '' ? undefined : value), z.string().trim().max(500).optional())
	})
	.refine((options) => options.preset !== 'membres' || options.clusterId !== undefined, {
		path: ['clusterId'],
		message: 'est obligatoire pour une liste de membres : choisissez le cluster ou le réseau'
	});
export type ImportOptions = z.infer<typeof importOptionsSchema>;

/** A row number as the person sees it in their spreadsheet (1 is the first line of the file). */
const rowNumber = z.coerce.number().int().min(1).max(1_000_000);

/** The person's decisions on the preview: rows set aside, matches settled, values corrected. */
export const importDecisionsSchema = z.object({
	excluded: z.array(rowNumber).max(100_000).default([]),
	/** Per row, for an ambiguous (or any) organisation: the entity it is, or "new" for a new entity. */
	choices: z.record(z.string().regex(/^\d+$/), z.union([entityIdSchema, z.literal('new')])).default({}),
	/** Per row, corrected values by column header. */
	fixes: z.record(z.string().regex(/^\d+$/), z.record(z.string().max(200), z.string().max(2_000))).default({})
});
export type ImportDecisions = z.infer<typeof importDecisionsSchema>;

/** Why an organisation of a row is taken for an entity of the graph. */
export const matchReasons = ['siret', 'siren', 'name-and-place', 'name', 'close-name', 'chosen', 'same-as-row'] as const;
export type MatchReason = (typeof matchReasons)[number];

const choiceSchema = z.object({ id: z.string(), name: z.string(), reason: z.enum(matchReasons), score: z.number() });

/** What became of one organisation (or project) of a row. */
export const endMatchSchema = z.discriminatedUnion('outcome', [
	z.object({ outcome: z.literal('found'), id: z.string(), name: z.string(), reason: z.enum(matchReasons), score: z.number() }),
	z.object({ outcome: z.literal('ambiguous'), choices: z.array(choiceSchema) }),
	/** Not in the graph: created on apply; `sameAsRow` when an earlier row of the file names it already. */
	z.object({ outcome: z.literal('new'), name: z.string(), sameAsRow: z.number().optional() })
]);
export type EndMatch = z.infer<typeof endMatchSchema>;

/** The official place a row was resolved to, and how. */
export const resolvedPlaceSchema = z.object({
	communeId: z.string(),
	commune: z.string(),
	code: z.string(),
	by: z.enum(['insee', 'postal-code', 'name-and-departement', 'name']),
	departement: z.string().optional(),
	epci: z.string().optional(),
	region: z.string().optional(),
	territories: z.array(z.string()).default([])
});
export type ResolvedPlace = z.infer<typeof resolvedPlaceSchema>;

export const rowProblemSchema = z.object({ column: z.string(), message: z.string() });
export type RowProblem = z.infer<typeof rowProblemSchema>;

/**
 * A row of the preview. `error`: cannot be imported as it is (problems say why, by column);
 * `ambiguous`: waits for a choice; `duplicate`: states nothing another row does not; `excluded`: set
 * aside by the person; `ignored`: not data (an empty line, a total); `unchanged`: already in the graph.
 */
export const rowStatuses = ['ready', 'unchanged', 'ambiguous', 'error', 'duplicate', 'excluded', 'ignored'] as const;
export type RowStatus = (typeof rowStatuses)[number];
export const rowStatusSchema = z.enum(rowStatuses);

export const previewRowSchema = z.object({
	row: z.number(),
	status: rowStatusSchema,
	/** The row's values by column header, as read (after the person's fixes). */
	cells: z.record(z.string(), z.string()),
	actor: endMatchSchema.optional(),
	project: endMatchSchema.optional(),
	funder: endMatchSchema.optional(),
	place: resolvedPlaceSchema.optional(),
	problems: z.array(rowProblemSchema),
	/** What applying the row would write, in French (« lien “membre de” Tenerrdis »). */
	effects: z.array(z.string()).default([])
});
export type PreviewRow = z.infer<typeof previewRowSchema>;

export const importColumnSchema = z.object({
	index: z.number(),
	header: z.string(),
	field: importFieldSchema.nullable(),
	/** A few values of the column, to recognise it. */
	samples: z.array(z.string())
});
export type ImportColumn = z.infer<typeof importColumnSchema>;

/** Counts of the preview, and what applying it would write. */
export const importSummarySchema = z.object({
	rows: z.number(),
	byStatus: z.record(rowStatusSchema, z.number()),
	actors: z.object({ matched: z.number(), created: z.number(), ambiguous: z.number() }),
	projects: z.object({ matched: z.number(), created: z.number() }),
	/** New links by type (MEMBER_OF, PARTICIPATES_IN, FUNDS, LOCATED_IN). */
	links: z.record(z.string(), z.number()),
	/** « 312 acteurs (287 reconnus, 25 nouveaux), 312 liens “membre de”, 4 lignes écartées ». */
	sentence: z.string()
});
export type ImportSummary = z.infer<typeof importSummarySchema>;

export const importStates = ['reading', 'ready', 'applying', 'applied', 'failed'] as const;
export type ImportState = (typeof importStates)[number];

export const importProgressSchema = z.object({
	phase: z.enum(['reading', 'matching', 'applying', 'done']),
	done: z.number(),
	total: z.number(),
	rowsPerSecond: z.number()
});
export type ImportProgress = z.infer<typeof importProgressSchema>;

/** An import as the API and the page show it: the file, the options, the state, a page of rows. */
export const importViewSchema = z.object({
	id: z.string(),
	state: z.enum(importStates),
	progress: importProgressSchema,
	file: z.object({
		name: z.string(),
		format: z.enum(['csv', 'xlsx']),
		sheets: z.array(z.string()),
		sheet: z.string().optional(),
		encoding: z.string().optional(),
		delimiter: z.string().optional(),
		headerRow: z.number()
	}),
	options: z.object({
		preset: importPresetSchema,
		clusterId: z.string().optional(),
		sheet: z.string().optional(),
		reason: z.string().optional()
	}),
	columns: z.array(importColumnSchema),
	summary: importSummarySchema.optional(),
	rows: z.array(previewRowSchema),
	/** Rows matching the filter, for paging. */
	rowCount: z.number(),
	/** Set once applied: the changeset (published, or proposed for a contributeur). */
	changeset: z.object({ id: changesetIdSchema, status: z.enum(['published', 'proposed']) }).optional(),
	/** Set once applied when the graph already held everything the file states: nothing was written. */
	nothingToDo: z.boolean().optional(),
	/** Set once the applied import was undone: the revert's changeset. */
	revertedBy: z.string().optional(),
	/** Set when reading or applying failed: why, in French. */
	error: z.string().optional()
});
export type ImportView = z.infer<typeof importViewSchema>;

/** Paging and filtering of the preview's rows. */
export const rowFilterSchema = z.object({
	status: z.preprocess((value) => (value === '' ? undefined : value), rowStatusSchema.optional()),
	offset: queryInteger(0, 10_000_000, 0),
	limit: queryInteger(1, 1_000, 100)
});
export type RowFilter = z.infer<typeof rowFilterSchema>;

/** A saved mapping, to reuse on the next file of the same shape. */
export const savedMappingSchema = z.object({
	id: z.string(),
	name: z.string(),
	preset: importPresetSchema,
	mapping: mappingSchema,
	createdAt: z.string()
});
export type SavedMapping = z.infer<typeof savedMappingSchema>;
export const newMappingSchema = z.object({
	name: z.string().trim().min(1, 'est obligatoire').max(120, 'doit compter au plus 120 caractères'),
	preset: importPresetSchema,
	mapping: mappingSchema.min(1, 'doit associer au moins une colonne')
});
