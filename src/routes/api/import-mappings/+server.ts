import { json } from '@sveltejs/kit';
import { newMappingSchema } from '$lib/domain/imports';
import { reader } from '$lib/server/http/caller';
import { database } from '$lib/server/db/database';
import { answer, parseInput } from '$lib/server/http/answer';
import { writer } from '$lib/server/http/api-writes';
import { readJsonBody } from '$lib/server/http/body';
import { mappings } from '$lib/server/imports';
import type { RequestHandler } from './$types';

/** GET /api/import-mappings — the column mappings the caller saved, newest first. */
export const GET: RequestHandler = async (event) => {
	const account = reader(event, 'contributeur').account;
	return json(await answer(() => mappings.listMappings(database(), account.id)));
};

/** POST /api/import-mappings — saves a mapping (name, preset, columns) to reuse; 201. */
export const POST: RequestHandler = async (event) => {
	const caller = writer(event, 'contributeur');
	const mapping = parseInput(newMappingSchema, await readJsonBody(event.request, { allowEmpty: false, maxChars: 100_000 }));
	return json(await answer(() => mappings.saveMapping(database(), caller.account.id, mapping)), { status: 201 });
};
