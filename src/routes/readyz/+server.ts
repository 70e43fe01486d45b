import { json } from '@sveltejs/kit';
import { database } from '$lib/server/db/database';
import { DatabaseUnavailableError } from '$lib/server/db/neo4j';
import type { RequestHandler } from './$types';

/** Readiness: the database answers; 503 otherwise, so a load balancer stops sending traffic. */
export const GET: RequestHandler = async () => {
	try {
		await database().verify();
		return json({ status: 'ready' });
	} catch (caught) {
		if (!(caught instanceof DatabaseUnavailableError)) throw caught;
		return json({ status: 'unavailable', message: caught.message }, { status: 503 });
	}
};
