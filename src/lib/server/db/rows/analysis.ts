import { z } from 'zod';
import type { FilterOptions } from '$lib/domain/analysis';
import { graphSchemaSchema } from '$lib/domain/graph-schema';
import { compact, entityReference, optionalText, orAbsent, textList } from './values';

/**
 * `analysis/list-*`: one link of a projection, `source` and `target` node maps (`target` null
 * for a row that only names `source`), its weight and what it stands for. A node without an id
 * or a known kind reads as absent, and so does a weight that is no number (0: no link).
 */
export const projectionRow = z.object({
	source: orAbsent(entityReference),
	target: orAbsent(entityReference),
	weight: z.number().catch(0),
	via: textList
});
export type ProjectionRow = z.output<typeof projectionRow>;

/** `analysis/list-filter-options`: every région and theme an analysis can be restricted to. */
export const filterOptionsRow = z
	.object({
		regions: z.array(z.object({ id: z.string(), name: z.string() })),
		themes: z.array(z.object({ id: z.string(), name: z.string(), nameEn: optionalText, root: z.string() }))
	})
	.transform(({ regions, themes }): FilterOptions => ({ regions, themes: themes.map((theme) => compact(theme)) }));

/** `analysis/set-entity-properties`: how many entities were found and written. */
export const updatedRow = z.object({ updated: z.number() });

/** `analysis/clear-entity-properties`: how many entities carried the cleared analysis. */
export const clearedRow = z.object({ cleared: z.number() });

/** `console/list-schema-tokens`: the graph's labels, relationship types and property keys. */
export const schemaTokensRow = graphSchemaSchema;
