import { searchQuerySchema } from '$lib/domain/entity';
import { database } from '$lib/server/db/database';
import { answer, parseInput, searchParamsObject } from '$lib/server/http/answer';
import * as search from '$lib/server/search';
import * as stats from '$lib/server/stats';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const counts = await answer(() => stats.countEntitiesByKind(database()));
	if (!url.searchParams.get('q')?.trim()) return { counts, search: null };
	const query = parseInput(searchQuerySchema, { limit: '30', ...searchParamsObject(url) });
	return { counts, search: await answer(() => search.searchEntities(database(), query)) };
};
