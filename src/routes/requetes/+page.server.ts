import { DatabaseUnavailableError } from '$lib/server/db/neo4j';
import * as queries from '$lib/server/console';
import type { PageServerLoad } from './$types';

/** The saved-query library, and the graph's vocabulary for completion (none while the database is down: the page still opens). */
export const load: PageServerLoad = async () => {
	const schema = await queries.graphSchema().catch((error: unknown) => {
		if (error instanceof DatabaseUnavailableError) return null;
		throw error;
	});
	return { queries: queries.listSavedQueries(), schema, limits: { rowCap: queries.querySettings().QUERY_ROW_CAP } };
};
