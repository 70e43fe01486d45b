import { error, json, redirect } from '@sveltejs/kit';
import { entityEditSchema } from '$lib/domain/contributions';
import { entityParamsSchema } from '$lib/domain/entity';
import * as changesets from '$lib/server/changesets';
import * as contributions from '$lib/server/contributions';
import { database } from '$lib/server/db/database';
import * as entities from '$lib/server/entities';
import { writer } from '$lib/server/http/api-writes';
import { answer, parseInput } from '$lib/server/http/answer';
import { readJsonBody } from '$lib/server/http/body';
import { answerWrite } from '$lib/server/http/writes';
import type { RequestHandler } from './$types';

/** GET /api/entities/:id — an entity, its sources and its direct relationships. */
export const GET: RequestHandler = async ({ params }) => {
	const { id } = parseInput(entityParamsSchema, params);
	const detail = await answer(() => entities.getEntity(database(), id));
	if (!detail) {
		// A merged duplicate's address leads to the entity it was merged into.
		const hidden = await answer(() => changesets.readHidden(database(), id));
		if (hidden?.mergedInto) redirect(308, `/api/entities/${hidden.mergedInto}`);
		error(404, { message: `Aucune entité n’a l’identifiant « ${id} ».`, code: 'not-found' });
	}
	// The version an edit must send back (PATCH), in the body and as an ETag.
	const version = await answer(() => contributions.versionOfEntity(database(), id));
	return json({ ...detail, version }, { headers: version ? { ETag: `"${version}"` } : {} });
};

/**
 * PATCH /api/entities/:id {version, changes, citation, reason?} — edits properties; 409 with the
 * current values when `version` is not the entity's version now.
 */
export const PATCH: RequestHandler = async (event) => {
	const caller = writer(event, 'contributeur');
	const { id } = parseInput(entityParamsSchema, event.params);
	const request = parseInput(entityEditSchema, await readJsonBody(event.request, { allowEmpty: false }));
	const changeset = await answerWrite(() => contributions.editEntity(database(), caller.account, id, request));
	return json(changeset, { status: changeset.status === 'published' ? 200 : 202 });
};
