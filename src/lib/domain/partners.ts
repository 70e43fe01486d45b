import { z } from 'zod';
import { sourceSchema } from './entity';
import { clusterKindSchema, entityIdSchema, entityKindSchema, type EntityKind } from './model';
import { graphEdgeSchema, graphNodeSchema } from './graph';

/**
 * The partner finder's contract, shared by `POST /api/partners`, the server ranking and the
 * `/partenaires` page. Kinds of partner a person may ask for, in the words of the form: `Pole`
 * is the clusters that are pôles de compétitivité, `Funder` whoever funds.
 */
export const partnerKinds = ['Cluster', 'Pole', 'Company', 'Academic', 'Support', 'PublicBody', 'Funder', 'Association'] as const;
export const partnerKindSchema = z.enum(partnerKinds);
export type PartnerKind = z.infer<typeof partnerKindSchema>;

/** What the person describes. At least one of text, words, themes or self must say something. */
export const partnersRequestSchema = z
	.object({
		/** Free French text describing the project; themes and places are recognised in it. */
		text: z.string().trim().max(2_000).optional(),
		/** Theme ids from the vocabulary (seed/themes.yaml). */
		themes: z.array(entityIdSchema).max(20).default([]),
		/** Id of a Region, Department, EPCI, Commune or Territory node. */
		place: entityIdSchema.optional(),
		kinds: z.array(partnerKindSchema).max(partnerKinds.length).default([]),
		/** "Who we are": an actor or project already in the graph. */
		self: entityIdSchema.optional(),
		/** Words searched in the graph's descriptions when no theme is asked for (the page's text, its places left out). */
		words: z.string().trim().max(2_000).optional(),
		limit: z.number().int().min(1).max(100).default(20)
	})
	.refine(
		(request) => Boolean(request.text?.length) || Boolean(request.words?.length) || request.themes.length > 0 || request.self !== undefined,
		{ message: 'décrivez le projet : donnez text, words, themes ou self', path: ['text'] }
	)
	// The same rule for the OpenAPI description, which a refinement does not reach.
	.meta({
		anyOf: [
			{ required: ['text'], properties: { text: { pattern: '\\S' } } },
			{ required: ['words'], properties: { words: { pattern: '\\S' } } },
			{ required: ['themes'], properties: { themes: { minItems: 1 } } },
			{ required: ['self'] }
		]
	});
export type PartnersRequest = z.infer<typeof partnersRequestSchema>;

/** Each component lies in [0, 1]; the score is the weighted sum with the weights of `scoreWeights`. */
export const scoreBreakdownSchema = z.object({
	theme: z.number(),
	geography: z.number(),
	network: z.number(),
	trackRecord: z.number(),
	complementarity: z.number()
});
export type ScoreBreakdown = z.infer<typeof scoreBreakdownSchema>;

/**
 * The one weights configuration of the partner finder (they sum to 1). A score is
 * `Σ scoreWeights[c] × breakdown[c]`, each component in [0, 1].
 * - `theme` (0.3): what the candidate works on (its own themes, its projects', half its
 *   structures'), against the themes asked for, through the vocabulary's hierarchy.
 * - `network` (0.3): how close it already is to "who we are" (shortest path, Adamic-Adar over
 *   common neighbours), geography and vocabulary left out: introductions go through partners.
 * - `geography` (0.25): the smallest unit it shares with the place asked for, else distance.
 * - `trackRecord` (0.05): projects done, roles held, funding obtained. Kept low: experience says
 *   little about fit, and a weight on it favours the hubs of the graph.
 * - `complementarity` (0.1): a kind of actor, or themes, that "who we are" and its partners lack.
 * Without "who we are", network and complementarity are 0 for every candidate and the ranking
 * rests on the other three. The first weights (0.35, 0.2, 0.25, 0.1, 0.1) were moved to these after
 * the leave-one-out evaluation (`bench/partners-evaluation.ts`), which reports both, and what each
 * component brings.
 */
export const scoreWeights: Readonly<ScoreBreakdown> = Object.freeze({
	theme: 0.3,
	geography: 0.25,
	network: 0.3,
	trackRecord: 0.05,
	complementarity: 0.1
});

const recognisedItemSchema = z.object({
	id: z.string(),
	name: z.string(),
	kind: entityKindSchema,
	/** The words of the text that matched, empty when the item came from the structured fields. */
	matched: z.array(z.string()).default([])
});

export const partnerCandidateSchema = z.object({
	id: z.string(),
	name: z.string(),
	kind: entityKindSchema,
	/** A cluster's controlled kind: a pôle de compétitivité is told apart from a cluster. */
	clusterKind: clusterKindSchema.optional(),
	score: z.number(),
	breakdown: scoreBreakdownSchema,
	/** Sentences in the request's locale that say why, each from a fact of the graph. */
	reasons: z.array(z.string()),
	/** The small graph that backs the reasons: the candidate, what links it to the request. */
	evidence: z.object({ nodes: z.array(graphNodeSchema), edges: z.array(graphEdgeSchema) }),
	/** `"<source id>#<section>"` citations behind the reasons. */
	sources: z.array(z.string()),
	/** True when the candidate already works with `self` ("déjà partenaires"). */
	alreadyPartner: z.boolean(),
	/** Below the score floor: shown apart, folded, as « N autres résultats faibles ». */
	weak: z.boolean().optional()
});
export type PartnerCandidate = z.infer<typeof partnerCandidateSchema>;

export const funderSuggestionSchema = z.object({
	id: z.string(),
	name: z.string(),
	kind: entityKindSchema,
	score: z.number(),
	/**
	 * The most similar projects (20 at most) this funder or programme supported, with amounts where
	 * the sources give them; `projectCount` and `totalAmountEur` count them all.
	 */
	projects: z.array(
		z.object({
			id: z.string(),
			name: z.string(),
			amountEur: z.number().optional(),
			year: z.number().optional(),
			/** The programme through which the funder (its operator) funded it, when the source names one. */
			programme: z.string().optional(),
			sources: z.array(z.string())
		})
	),
	/** How many similar projects it supported. */
	projectCount: z.number().int(),
	totalAmountEur: z.number().optional(),
	reasons: z.array(z.string())
});
export type FunderSuggestion = z.infer<typeof funderSuggestionSchema>;

export const partnersResponseSchema = z.object({
	recognised: z.object({ themes: z.array(recognisedItemSchema), places: z.array(recognisedItemSchema) }),
	candidates: z.array(partnerCandidateSchema),
	funders: z.array(funderSuggestionSchema),
	/** Every source document the candidates and funders cite, with its title and link, for showing citations. */
	documents: z.array(sourceSchema).default([])
});
export type PartnersResponse = z.infer<typeof partnersResponseSchema>;

/** `POST /api/partners/recognise` with `{ text }`: what the text names, shown as chips before searching. */
export const recogniseRequestSchema = z.object({ text: z.string().trim().min(1).max(2_000) });
export const recogniseResponseSchema = partnersResponseSchema.shape.recognised;
export type RecogniseResponse = z.infer<typeof recogniseResponseSchema>;
export type RecognisedItem = z.infer<typeof recognisedItemSchema>;

/** A theme as the page's picker offers it: named in the page's language, under its top-level theme. */
export interface ThemeChoice {
	id: string;
	name: string;
	/** The name of its top-level theme (itself for a top-level theme). */
	group: string;
}

/** Kinds of place a request may name, from the most precise: the page keeps the most precise one a text names. */
export const placeSpecificity: readonly EntityKind[] = ['Commune', 'EPCI', 'Territory', 'Department', 'Region'];

/** The most precise of several places (the first written when two are as precise). */
export function mostPrecisePlace<T extends { kind: EntityKind }>(places: readonly T[]): T | undefined {
	const rank = (place: T) => {
		const index = placeSpecificity.indexOf(place.kind);
		return index === -1 ? placeSpecificity.length : index;
	};
	return [...places].sort((a, b) => rank(a) - rank(b))[0];
}
