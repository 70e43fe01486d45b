import { json } from '@sveltejs/kit';
import type { ApiErrorBody } from '$lib/domain/api-error';
import { QueryTimeoutError } from '$lib/server/db/neo4j';
import { answer } from '$lib/server/http/answer';
import { QueryBusyError, QueryInvalidError, QueryRefusedError } from './refusal';

/**
 * Runs a console query and answers with its result, or with why it did not run: 403 or 400 for a
 * refused statement (`code: query-refused`, `reason` names the rule), 400 for invalid Cypher with
 * Neo4j's message, 429 (with Retry-After) beyond the concurrency limit, 504 past the time-out.
 */
export async function answerQuery(work: () => Promise<unknown>, timeoutMs: number): Promise<Response> {
	try {
		return json(await work());
	} catch (caught) {
		if (caught instanceof QueryRefusedError) {
			return json({ message: caught.message, code: 'query-refused', reason: caught.code, subject: caught.subject } satisfies ApiErrorBody, {
				status: caught.status
			});
		}
		if (caught instanceof QueryInvalidError) {
			const { problem, subject, expected, line, column, original } = caught.description ?? {};
			return json(
				{
					message: caught.message,
					code: 'query-invalid',
					reason: caught.neo4jCode,
					problem,
					subject,
					expected,
					line,
					column,
					original
				} satisfies ApiErrorBody,
				{ status: 400 }
			);
		}
		if (caught instanceof QueryBusyError) {
			return json({ message: caught.message, code: 'too-many-queries' } satisfies ApiErrorBody, {
				status: 429,
				headers: { 'Retry-After': '1' }
			});
		}
		if (caught instanceof QueryTimeoutError) {
			const seconds = Math.round(timeoutMs / 100) / 10;
			const message = `La requête a dépassé ${seconds} s et a été interrompue : restreignez-la (LIMIT, WHERE, longueur des chemins).`;
			return json({ message, code: 'query-timeout' } satisfies ApiErrorBody, { status: 504 });
		}
		// Database outages and the rest: the same answers as every other route.
		return json(await answer(() => Promise.reject(caught)));
	}
}
