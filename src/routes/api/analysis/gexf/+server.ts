import { analysisQuerySchema } from '$lib/domain/analysis';
import * as analysis from '$lib/server/analysis';
import { database } from '$lib/server/db/database';
import { answer, invalidInput, parseInput, searchParamsObject } from '$lib/server/http/answer';
import { refuseOverRate } from '$lib/server/http/rate-limits';
import type { RequestHandler } from './$types';

/** GET /api/analysis/gexf?projection=&region=&theme= — the analysed network with its measures, for Gephi. */
export const GET: RequestHandler = async ({ url, getClientAddress }) => {
	const limited = refuseOverRate('analysis', getClientAddress());
	if (limited) return limited;
	const query = parseInput(analysisQuerySchema, searchParamsObject(url));
	try {
		const file = await answer(() => analysis.analysisFile(database(), query));
		return new Response(file.text, {
			headers: {
				'Content-Type': 'application/gexf+xml; charset=utf-8',
				'Content-Disposition': `attachment; filename="${file.name}"`,
				'Cache-Control': 'no-store'
			}
		});
	} catch (caught) {
		if (caught instanceof analysis.UnknownFilterError) invalidInput([caught.issue]);
		throw caught;
	}
};
