import { z } from 'zod';
import type { GraphEdge } from '$lib/domain/graph';
import type { EntityKind } from '$lib/domain/model';
import { graphEdgeRow } from './graph';
import { compact, entityReference, listOf, optionalNumber, optionalText, orAbsent, textList } from './values';

/**
 * The rows of the partner finder's funder statements: the supported projects ranking reads, then
 * the links of the supporters shown.
 */

/** `cypher/partners/list-supported-projects`: one who supported a project, as ranking needs it. */
export interface ProjectSupporter {
	id: string;
	type: 'FUNDS' | 'SELECTED_BY';
	amountEur?: number;
}

/** `cypher/partners/list-supported-projects`: a project on the requested themes and who supported it. */
export interface SupportedProject {
	id: string;
	themes: string[];
	places: string[];
	supporters: ProjectSupporter[];
}

/** `cypher/partners/list-supports`: a shown supporter of a project, and the link that says so. */
export interface SupportFact {
	supporter: { id: string; name: string; kind: EntityKind; labels: string[] };
	project: { id: string; name: string };
	edge: GraphEdge;
	/** The programme through which the supporter funds the project, when the link names one. */
	programme?: { id: string; name: string };
}

const projectSupporter = z
	.object({ id: z.string(), type: z.enum(['FUNDS', 'SELECTED_BY']), amountEur: optionalNumber })
	.transform((supporter): ProjectSupporter => compact(supporter));

/** `partners/list-supported-projects`: a project and its supporters; left out without an id or a supporter. */
export const supportedProjectRow = z
	.object({
		project: orAbsent(
			z
				.object({ id: z.string(), themes: textList, places: textList, supporters: listOf(projectSupporter) })
				.refine((project) => project.supporters.length > 0)
		)
	})
	.transform((row) => row.project);

/** `partners/list-supports`: one supporter of one project; left out when any of the three cannot be used. */
export const supportRow = orAbsent(
	z.object({
		supporter: entityReference,
		project: z.object({ id: z.string(), name: optionalText }).transform(({ id, name }) => ({ id, name: name ?? id })),
		edge: graphEdgeRow,
		programme: orAbsent(z.object({ id: z.string(), name: optionalText }).transform(({ id, name }) => ({ id, name: name ?? id })))
	})
);
