import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { describeIssues, type FieldIssue } from '$lib/domain/issues';
import { log } from './log';
import { DatabaseUnavailableError, QueryTimeoutError } from '$lib/server/db/neo4j';

const FRENCH_ZOD_ERRORS = z.locales.fr().localeError;

/** Message shown with every 503: what happened and what to do. */
export const UNAVAILABLE_MESSAGE =
	'La base de données Neo4j ne répond pas. Démarrez-la avec « npm run db:start » (ou vérifiez NEO4J_URI), puis rechargez la page : Maillage reprendra de lui-même.';

/**
 * Runs a server verb and turns the database conditions a person can act on into HTTP errors:
 * 503 when Neo4j is down or refuses us, 504 when a query outruns its time-out.
 */
export async function answer<T>(work: () => Promise<T>): Promise<T> {
	try {
		return await work();
	} catch (caught) {
		if (caught instanceof DatabaseUnavailableError) {
			log().error('database-unavailable', { message: caught.message });
			error(503, { message: UNAVAILABLE_MESSAGE, code: 'database-unavailable' });
		}
		if (caught instanceof QueryTimeoutError) {
			error(504, { message: 'La requête a dépassé son temps maximal et a été interrompue.', code: 'query-timeout' });
		}
		throw caught;
	}
}

/**
 * Validates input with a zod schema; on failure answers 400 with every wrong field named.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
	// zod's own messages in French; the schemas' custom messages are French already and take precedence.
	const parsed = schema.safeParse(input, { error: FRENCH_ZOD_ERRORS });
	if (parsed.success) return parsed.data;
	invalidInput(parsed.error.issues);
}

/** Answers 400 naming each field at fault, as `parseInput` does, for checks the schema could not make (an id the graph lacks). */
export function invalidInput(issues: readonly FieldIssue[]): never {
	error(400, { message: `Paramètres invalides — ${describeIssues(issues)}`, code: 'invalid-input' });
}

/** Query-string parameters as a plain object; repeated keys keep their last value. */
export function searchParamsObject(url: URL): Record<string, string> {
	return Object.fromEntries(url.searchParams.entries());
}

/**
 * What the client is told of an error no route answered (a bug, a fault below the app): never
 * its internals (Cypher, stack), in French, with the request's id to quote when reporting it.
 */
export function unexpectedError(status: number, requestId: string): App.Error {
	if (status === 404) return { message: 'Page introuvable.', code: 'not-found' };
	if (status >= 500) {
		return {
			message: `Erreur interne du serveur, consignée dans ses journaux. Réessayez ; si elle persiste, signalez-la avec l’identifiant de requête ${requestId}.`,
			code: 'internal'
		};
	}
	return { message: `La requête n’a pas abouti (HTTP ${status}).`, code: 'error' };
}
