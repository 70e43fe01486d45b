import * as accounts from '$lib/server/accounts';
import type { Database } from '$lib/server/db/neo4j';
import { log } from '$lib/server/http/log';
import * as views from '$lib/server/views';

/** Once an hour: expired sessions and expired anonymous views are forgotten. */
const EVERY_MS = 60 * 60 * 1000;

/** One pass; a database that does not answer is tried again at the next. */
export async function sweep(database: Database, now = new Date()): Promise<{ sessions: number; views: number }> {
	const [sessions, expired] = [await accounts.forgetExpiredSessions(database, now), await views.forgetExpiredViews(database, now)];
	if (sessions + expired > 0) log().info('housekeeping', { sessions, views: expired });
	return { sessions, views: expired };
}

/** Starts the hourly pass; it never keeps the process alive on its own. */
export function startHousekeeping(database: () => Database): void {
	const pass = () => void sweep(database()).catch((error: unknown) => log().warn('housekeeping-failed', { error: String(error) }));
	setInterval(pass, EVERY_MS).unref();
	setTimeout(pass, 5_000).unref();
}
