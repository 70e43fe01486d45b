import { describe, expect, it } from 'vitest';
import { DatabaseUnavailableError, QueryTimeoutError } from '$lib/server/db/neo4j';
import { QueryBusyError, QueryInvalidError, QueryRefusedError } from './refusal';
import { answerQuery } from './answer';
import { outcome } from '../../../../tests/support/http-outcome';

describe('answerQuery', () => {
	const run = (error: Error) => outcome(() => answerQuery(() => Promise.reject(error), 2_500));

	it('answers a refused statement with its rule: 403 for what it would do, 400 for its shape', async () => {
		expect(await run(new QueryRefusedError('write', 'CREATE'))).toMatchObject({
			status: 403,
			code: 'query-refused',
			reason: 'write',
			subject: 'CREATE',
			message: expect.stringMatching(/^Lecture seule : CREATE modifierait le graphe/)
		});
		expect(await run(new QueryRefusedError('multiple-statements'))).toMatchObject({ status: 400, code: 'query-refused' });
	});

	it('answers 400 query-invalid with Neo4j’s code apart', async () => {
		expect(await run(new QueryInvalidError('Erreur de syntaxe.', 'Neo.ClientError.Statement.SyntaxError'))).toMatchObject({
			status: 400,
			code: 'query-invalid',
			reason: 'Neo.ClientError.Statement.SyntaxError',
			message: 'Erreur de syntaxe.'
		});
	});

	it('answers 429 too-many-queries with Retry-After past the concurrency limit', async () => {
		expect(await run(new QueryBusyError('Trop de requêtes en cours : 2 à la fois au plus.'))).toMatchObject({
			status: 429,
			retryAfter: '1',
			code: 'too-many-queries',
			message: 'Trop de requêtes en cours : 2 à la fois au plus.'
		});
	});

	it('answers 504 query-timeout naming the time-out, and 503 like every route when the base is down', async () => {
		expect(await run(new QueryTimeoutError('The query ran longer than its time-out.'))).toMatchObject({
			status: 504,
			code: 'query-timeout',
			message: expect.stringMatching(/^La requête a dépassé 2\.5 s et a été interrompue/)
		});
		expect(await run(new DatabaseUnavailableError('down'))).toMatchObject({ status: 503, code: 'database-unavailable' });
	});
});
