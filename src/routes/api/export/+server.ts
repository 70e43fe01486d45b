import { exportQuerySchema } from '$lib/domain/export';
import { database } from '$lib/server/db/database';
import * as exporting from '$lib/server/export';
import { answer, parseInput, searchParamsObject } from '$lib/server/http/answer';
import { refuseOverRate } from '$lib/server/http/rate-limits';
import type { RequestHandler } from './$types';

/**
 * GET /api/export?format=graphml|gexf|csv-nodes|csv-edges|json — the whole graph as a file,
 * streamed page by page from Neo4j, with the attribution of its sources inside.
 */
export const GET: RequestHandler = async ({ url, getClientAddress }) => {
	const limited = refuseOverRate('export', getClientAddress());
	if (limited) return limited;
	const { format } = parseInput(exportQuerySchema, searchParamsObject(url));
	// Once the first bytes are sent the status cannot change: say 503 now if the base is down.
	await answer(() => database().verify());
	const now = new Date();
	return new Response(exporting.exportStream(database(), format, { now }), {
		headers: {
			'Content-Type': exporting.formats[format].mime,
			'Content-Disposition': `attachment; filename="${exporting.exportFileName(format, now)}"`,
			'Cache-Control': 'no-store'
		}
	});
};
