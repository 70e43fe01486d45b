import { analysisQuerySchema } from '$lib/domain/analysis';
import { describeIssues } from '$lib/domain/issues';
import { entitiesBehind } from '$lib/analysis/entities-behind';
import { explorerParameter } from '$lib/client/explorer-link';
import { communityPalette } from '$lib/analysis/colours';
import * as analysis from '$lib/server/analysis';
import { database } from '$lib/server/db/database';
import { answer, searchParamsObject } from '$lib/server/http/answer';
import type { PageServerLoad } from './$types';

/** /analyse?projection=&region=&theme= — the chosen projection, measured on the server. */
export const load: PageServerLoad = async ({ url }) => {
	const options = await answer(() => analysis.filterOptions(database()));
	const parsed = analysisQuerySchema.safeParse(searchParamsObject(url));
	const query = parsed.success ? parsed.data : analysisQuerySchema.parse({});
	const base = { options, query, prefix: analysis.propertyNames(query.projection).degree.replace(/Degree$/, '') };
	if (!parsed.success) {
		return { ...base, result: null, links: null, error: describeIssues(parsed.error.issues) };
	}
	try {
		const result = await answer(() => analysis.analyse(database(), query));
		// Links to the explorer for the whole network and each coloured community.
		const all = await explorerParameter(
			entitiesBehind(
				result,
				result.nodes.map((node) => node.id)
			)
		);
		const communities = await Promise.all(
			result.communities.slice(0, communityPalette.length).map((community) => explorerParameter(entitiesBehind(result, community.members)))
		);
		return { ...base, result, links: { all, communities }, error: null };
	} catch (caught) {
		if (caught instanceof analysis.UnknownFilterError) return { ...base, result: null, links: null, error: caught.message };
		throw caught;
	}
};
