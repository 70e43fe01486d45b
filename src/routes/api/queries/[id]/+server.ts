import { error } from '@sveltejs/kit';
import { savedQueryRunSchema } from '$lib/domain/saved-query';
import * as queries from '$lib/server/console';
import { parseInput } from '$lib/server/http/answer';
import { readJsonBody } from '$lib/server/http/body';
import { refuseOverRate } from '$lib/server/http/rate-limits';
import type { RequestHandler } from './$types';

/** POST /api/queries/:id — `{ params? }`: runs a saved query, read-only, with its parameters checked against their types. */
export const POST: RequestHandler = async ({ params, request, getClientAddress }) => {
	const limited = refuseOverRate('query', getClientAddress());
	if (limited) return limited;
	const query = queries.savedQuery(params.id);
	if (!query) error(404, { message: `Aucune requête enregistrée « ${params.id} »`, code: 'not-found' });
	const body = parseInput(savedQueryRunSchema, await readJsonBody(request));
	const values = parseInput(queries.savedQueryParameters(query), body.params);
	return queries.answerQuery(
		() => queries.runForClient(getClientAddress(), query.cypher, values),
		queries.querySettings().QUERY_TIMEOUT_MS
	);
};
