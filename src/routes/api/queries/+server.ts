import { json } from '@sveltejs/kit';
import * as queries from '$lib/server/console';
import type { RequestHandler } from './$types';

/** GET /api/queries — the saved-query library: titles, descriptions, typed parameters, Cypher. */
export const GET: RequestHandler = () => json({ queries: queries.listSavedQueries() });
