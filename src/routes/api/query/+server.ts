import { queryRequestSchema } from '$lib/domain/query';
import * as queries from '$lib/server/console';
import { parseInput } from '$lib/server/http/answer';
import { readJsonBody } from '$lib/server/http/body';
import { refuseOverRate } from '$lib/server/http/rate-limits';
import type { RequestHandler } from './$types';

/** POST /api/query — `{ cypher, params? }` run read-only: `{ columns, rows, graph?, truncated, rowCap, ms }`. */
export const POST: RequestHandler = async ({ request, getClientAddress }) => {
	const limited = refuseOverRate('query', getClientAddress());
	if (limited) return limited;
	const input = parseInput(queryRequestSchema, await readJsonBody(request));
	return queries.answerQuery(
		() => queries.runForClient(getClientAddress(), input.cypher, input.params),
		queries.querySettings().QUERY_TIMEOUT_MS
	);
};
