import { z } from 'zod';
import { entityIdSchema, entityKindSchema } from './model';
import { parameterNameSchema } from './query';

/** A text in both languages of the interface. */
export const localizedSchema = z.strictObject({ fr: z.string().trim().min(1), en: z.string().trim().min(1) });
export type Localized = z.infer<typeof localizedSchema>;

const common = { label: localizedSchema, help: localizedSchema.optional() };

/**
 * One parameter of a saved query: its type (which the page turns into a form field and the
 * server into validation), its label, and the default the query runs with.
 */
export const savedQueryParameterSchema = z.discriminatedUnion('type', [
	z.strictObject({ type: z.literal('string'), ...common, default: z.string().max(500) }),
	z.strictObject({ type: z.literal('entity'), ...common, kind: entityKindSchema.optional(), default: entityIdSchema }),
	z.strictObject({
		type: z.literal('integer'),
		...common,
		default: z.int(),
		min: z.int().optional(),
		max: z.int().optional()
	}),
	z.strictObject({ type: z.literal('boolean'), ...common, default: z.boolean() }),
	z.strictObject({
		type: z.literal('enum'),
		...common,
		values: z.array(z.string()).min(1),
		/** Labels of the values, when they are codes. */
		valueLabels: z.record(z.string(), localizedSchema).optional(),
		default: z.string()
	})
]);
export type SavedQueryParameter = z.infer<typeof savedQueryParameterSchema>;

/** The metadata block at the head of a `cypher/queries/*.cypher` file (YAML in `//` comments). */
export const savedQueryMetadataSchema = z
	.strictObject({
		title: localizedSchema,
		description: localizedSchema,
		parameters: z.record(parameterNameSchema, savedQueryParameterSchema).default({})
	})
	.superRefine((metadata, context) => {
		for (const [name, parameter] of Object.entries(metadata.parameters)) {
			const problem = defaultProblem(parameter);
			if (problem) context.addIssue({ code: 'custom', path: ['parameters', name, 'default'], message: problem });
		}
	});
export type SavedQueryMetadata = z.infer<typeof savedQueryMetadataSchema>;

/** A saved query as `GET /api/queries` lists it. */
export const savedQuerySchema = z.object({
	id: z.string(),
	title: localizedSchema,
	description: localizedSchema,
	parameters: z.record(z.string(), savedQueryParameterSchema),
	/** The file's whole text, as it runs in Neo4j Browser or cypher-shell. */
	cypher: z.string()
});
export type SavedQuery = z.infer<typeof savedQuerySchema>;

export const savedQueryListSchema = z.object({ queries: z.array(savedQuerySchema) });

/** POST /api/queries/:id */
export const savedQueryRunSchema = z.object({ params: z.record(z.string(), z.unknown()).default({}) });

function defaultProblem(parameter: SavedQueryParameter): string | undefined {
	if (parameter.type === 'enum' && !parameter.values.includes(parameter.default)) return `must be one of ${parameter.values.join(', ')}`;
	if (parameter.type === 'integer') {
		if (parameter.min !== undefined && parameter.default < parameter.min) return `must be at least ${parameter.min}`;
		if (parameter.max !== undefined && parameter.default > parameter.max) return `must be at most ${parameter.max}`;
	}
	return undefined;
}

/** The zod schema of one parameter's value. */
function valueSchema(parameter: SavedQueryParameter): z.ZodType {
	switch (parameter.type) {
		case 'string':
			return z.string().max(500);
		case 'entity':
			return entityIdSchema;
		case 'integer': {
			let schema = z.coerce.number().int();
			if (parameter.min !== undefined) schema = schema.min(parameter.min);
			if (parameter.max !== undefined) schema = schema.max(parameter.max);
			return schema;
		}
		case 'boolean':
			return z.preprocess((value) => (value === 'true' ? true : value === 'false' ? false : value), z.boolean());
		case 'enum':
			return z.enum(parameter.values as [string, ...string[]]);
	}
}

/**
 * The schema of a saved query's parameters: each typed, missing ones take their default, unknown
 * ones are refused. Texts from a form or a command line (`"12"`, `"true"`) are read as their type.
 */
export function parametersSchema(parameters: Record<string, SavedQueryParameter>) {
	const shape: Record<string, z.ZodType> = {};
	for (const [name, parameter] of Object.entries(parameters)) shape[name] = valueSchema(parameter).default(parameter.default as never);
	return z.strictObject(shape);
}

/** The default value of every parameter, as the form starts and the query runs without input. */
export function defaultParameters(parameters: Record<string, SavedQueryParameter>): Record<string, string | number | boolean> {
	return Object.fromEntries(Object.entries(parameters).map(([name, parameter]) => [name, parameter.default]));
}
