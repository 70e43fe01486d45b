import { z } from 'zod';
import { viewStateSchema } from '$lib/domain/view';

/**
 * A saved explorer view: the state `?vue=` would carry, stored in Neo4j under a random id so that
 * a view too large for a link (over a few hundred nodes) can still be shared as `?vue-id=<id>`.
 */

/** 16 random bytes in base64url: 22 characters, 128 bits, not guessable. */
export const savedViewIdSchema = z
	.string()
	.regex(/^[A-Za-z0-9_-]{22}$/, 'doit être l’identifiant d’une vue enregistrée (22 caractères A-Z a-z 0-9 - _)');

/** Longest request body accepted by POST /api/views, in characters (about 5,000 nodes with positions). */
export const SAVED_VIEW_MAX_CHARS = 500_000;

/** POST /api/views answers with where the view now lives. */
export const savedViewCreatedSchema = z.object({
	id: savedViewIdSchema,
	createdAt: z.string().describe('ISO 8601 date and time of the save'),
	href: z.string().describe('The explorer link that opens it: `/explorer?vue-id=<id>`')
});
export type SavedViewCreated = z.infer<typeof savedViewCreatedSchema>;

/** GET /api/views/<id> answers with the view as it was saved. */
export const savedViewSchema = z.object({
	id: savedViewIdSchema,
	createdAt: z.string(),
	state: viewStateSchema
});
export type SavedView = z.infer<typeof savedViewSchema>;

/** GET /api/views/<id> */
export const savedViewParamsSchema = z.object({ id: savedViewIdSchema });

/** The query parameter of an explorer link that opens a saved view. */
export const SAVED_VIEW_PARAMETER = 'vue-id';

/** The explorer link of a saved view, relative to the site. */
export function savedViewHref(id: string): string {
	return `/explorer?${SAVED_VIEW_PARAMETER}=${id}`;
}
