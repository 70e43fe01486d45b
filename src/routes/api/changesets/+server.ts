import { json } from '@sveltejs/kit';
import { hasRole } from '$lib/domain/accounts';
import { changesetFiltersSchema } from '$lib/domain/changesets';
import * as changesets from '$lib/server/changesets';
import { database } from '$lib/server/db/database';
import { answer, parseInput, searchParamsObject } from '$lib/server/http/answer';
import type { RequestHandler } from './$types';

/** GET /api/changesets?author&kind&status&entity&since&until&limit — the history; proposals and refusals for curators only. */
export const GET: RequestHandler = async ({ url, locals }) => {
	const filters = parseInput(changesetFiltersSchema, searchParamsObject(url));
	const curator = locals.identity.caller ? hasRole(locals.identity.caller.account.role, 'curateur') : false;
	const list = await answer(() => changesets.listChangesets(database(), curator ? filters : { ...filters, status: 'published' }));
	return json({ changesets: list });
};
