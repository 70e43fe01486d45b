import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { importDecisionsSchema } from '$lib/domain/imports';
import { reader } from '$lib/server/http/caller';
import { database } from '$lib/server/db/database';
import { parseInput } from '$lib/server/http/answer';
import { writer } from '$lib/server/http/api-writes';
import { readJsonBody } from '$lib/server/http/body';
import { checkCluster, importAnswer, ownImport, settledIfAsked } from '$lib/server/http/imports';
import { jobs } from '$lib/server/imports';
import { importOptionsSchema } from '$lib/domain/imports';
import type { RequestHandler } from './$types';

/** GET /api/imports/{id} — the import: its state and progress, its columns, its summary, a page of its rows (?status=&offset=&limit=). */
export const GET: RequestHandler = async (event) => {
	const job = ownImport(reader(event, 'contributeur').account, event.params.id);
	return importAnswer(job, event.url);
};

const revisionSchema = z.strictObject({ options: importOptionsSchema.optional(), decisions: importDecisionsSchema.optional() });

/** PATCH /api/imports/{id} — other options (preset, cluster, sheet, mapping) or decisions (rows excluded, matches chosen, values fixed): read again, 202. */
export const PATCH: RequestHandler = async (event) => {
	const caller = writer(event, 'contributeur');
	const job = ownImport(caller.account, event.params.id);
	const revision = parseInput(revisionSchema, await readJsonBody(event.request, { allowEmpty: false, maxChars: 2_000_000 }));
	await checkCluster(database(), revision.options?.clusterId);
	try {
		jobs.revise(database(), job, revision);
	} catch (caught) {
		if (caught instanceof jobs.ImportBusyError)
			error(409, { message: `Impossible de modifier l’import : ${caught.message}.`, code: 'conflict' });
		throw caught;
	}
	await settledIfAsked(job, event.url);
	return importAnswer(job, event.url, 202);
};

/** DELETE /api/imports/{id} — forgets an import not applied (or applied: its changeset stays); 204. */
export const DELETE: RequestHandler = async (event) => {
	const caller = writer(event, 'contributeur');
	const job = ownImport(caller.account, event.params.id);
	if (job.state === 'applying') error(409, { message: 'L’import est en cours d’application : attendez qu’il finisse.', code: 'conflict' });
	jobs.forget(job);
	return new Response(null, { status: 204 });
};
