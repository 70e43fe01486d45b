import { error } from '@sveltejs/kit';
import { database } from '$lib/server/db/database';
import { writer } from '$lib/server/http/api-writes';
import { importAnswer, importOptions, settledIfAsked, uploadedSheet } from '$lib/server/http/imports';
import { jobs } from '$lib/server/imports';
import type { RequestHandler } from './$types';

/**
 * POST /api/imports — a spreadsheet to preview (a multipart form: file, preset, clusterId, sheet,
 * mapping, reason; or the file as the body and those in the query, with its `name`): 202 with the
 * import, read in the background (poll GET /api/imports/{id}, or add ?wait=true).
 */
export const POST: RequestHandler = async (event) => {
	const caller = writer(event, 'contributeur');
	const { file, fields } = await uploadedSheet(event.request, event.url);
	const options = await importOptions(database(), fields);
	const job = jobs.start(database(), caller.account, file.name, file.bytes, options);
	if (!job)
		error(429, {
			message: `Vous avez déjà ${jobs.MAX_PER_ACCOUNT} imports en cours de lecture : attendez qu’ils finissent.`,
			code: 'rate-limited'
		});
	await settledIfAsked(job, event.url);
	return importAnswer(job, event.url, 202);
};
