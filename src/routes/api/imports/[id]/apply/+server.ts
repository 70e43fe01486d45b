import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { importDecisionsSchema } from '$lib/domain/imports';
import { database } from '$lib/server/db/database';
import { parseInput } from '$lib/server/http/answer';
import { writer } from '$lib/server/http/api-writes';
import { readJsonBody } from '$lib/server/http/body';
import { importAnswer, ownImport, settledIfAsked } from '$lib/server/http/imports';
import { jobs } from '$lib/server/imports';
import type { RequestHandler } from './$types';

const applySchema = z.strictObject({ decisions: importDecisionsSchema.optional() });

/**
 * POST /api/imports/{id}/apply — writes the import as one changeset (published for a curator,
 * proposed for a contributeur), in the background: 202; GET shows the changeset once done.
 */
export const POST: RequestHandler = async (event) => {
	const caller = writer(event, 'contributeur');
	const job = ownImport(caller.account, event.params.id);
	const { decisions } = parseInput(applySchema, await readJsonBody(event.request, { maxChars: 2_000_000 }));
	try {
		jobs.apply(database(), caller.account, job, decisions);
	} catch (caught) {
		if (caught instanceof jobs.ImportBusyError)
			error(409, { message: `Impossible d’appliquer l’import : ${caught.message}.`, code: 'conflict' });
		throw caught;
	}
	await settledIfAsked(job, event.url);
	return importAnswer(job, event.url, 202);
};
