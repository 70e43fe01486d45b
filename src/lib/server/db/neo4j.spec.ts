import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { DatabaseUnavailableError, QueryTimeoutError, translateError } from './neo4j';

const URI = 'bolt://127.0.0.1:7687';

/** A driver error as the server sends it (GQL status and description do not matter here). */
const driverError = (message: string, code: string) => new Neo4jError(message, code, '50N42', 'error: general processing exception');

describe('driver errors the interface explains', () => {
	it('a server that does not answer, a lost session, or a transient error past the retries mean « unavailable » (503)', () => {
		for (const code of [
			'ServiceUnavailable',
			'SessionExpired',
			'Neo.TransientError.General.DatabaseUnavailable',
			'Neo.TransientError.Transaction.Terminated'
		]) {
			expect(translateError(driverError('stopping', code), URI), code).toBeInstanceOf(DatabaseUnavailableError);
		}
	});

	it('a time-out is a time-out, and a syntax error passes through for its caller to explain', () => {
		expect(translateError(driverError('late', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'), URI)).toBeInstanceOf(
			QueryTimeoutError
		);
		const syntax = driverError('Invalid input', 'Neo.ClientError.Statement.SyntaxError');
		expect(translateError(syntax, URI)).toBe(syntax);
	});
});
