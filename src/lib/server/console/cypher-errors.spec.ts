import { describe, expect, it } from 'vitest';
import { describeCypherError, frenchCypherMessage } from './cypher-errors';

// Neo4j 5.26's own messages, as the engine receives them when it plans with `EXPLAIN ` in front.
const SYNTAX = `Invalid input 'RETRUN': expected a graph pattern, 'FOREACH', ',', 'ORDER BY', 'WHERE', 'WITH' or <EOF> (line 1, column 19 (offset: 18))
"EXPLAIN MATCH (n) RETRUN n"
                   ^`;
const VARIABLE_ON_LINE_2 = `Variable \`m\` not defined (line 2, column 8 (offset: 25))
"RETURN m"
        ^`;
const TYPES = `Type mismatch: expected Float, Integer, String or List<T> but was Map (line 1, column 22 (offset: 21))
"EXPLAIN RETURN 'a' + {}"
                      ^`;
const JAVA = `Failed to invoke procedure \`db.index.fulltext.queryNodes\`: Caused by: java.lang.IllegalArgumentException: There is no such fulltext schema index: nope
Caused by: java.lang.IllegalArgumentException: There is no such fulltext schema index: nope
	at org.neo4j.kernel.impl.Something.method(Something.java:42)`;

describe('a Cypher error told in French', () => {
	it('gives the position in the person’s own text, not in the hidden EXPLAIN statement', () => {
		const described = describeCypherError('Neo.ClientError.Statement.SyntaxError', SYNTAX, 'EXPLAIN '.length);
		expect(described).toMatchObject({ problem: 'syntax', subject: 'RETRUN', line: 1, column: 11 });
		expect(frenchCypherMessage(described)).toBe(
			'Erreur de syntaxe : « RETRUN » n’est pas attendu ici (ligne 1, colonne 11).'.replace('’', "'")
		);
	});

	it('keeps Neo4j’s first line as the original, position corrected, without the excerpt or the prefix', () => {
		const { original } = describeCypherError('Neo.ClientError.Statement.SyntaxError', SYNTAX, 8);
		expect(original).toMatch(/^Invalid input 'RETRUN': expected .* \(line 1, column 11 \(offset: 10\)\)$/);
		expect(original).not.toContain('EXPLAIN');
		expect(original).not.toContain('\n');
	});

	it('shifts only the offset beyond line 1: the column of line 2 never counted the prefix', () => {
		const described = describeCypherError('Neo.ClientError.Statement.SyntaxError', VARIABLE_ON_LINE_2, 8);
		expect(described).toMatchObject({ problem: 'unknown-variable', subject: 'm', line: 2, column: 8 });
		expect(described.original).toContain('(line 2, column 8 (offset: 17))');
		expect(frenchCypherMessage(described)).toMatch(/^La variable « m » n'est pas définie.*\(ligne 2, colonne 8\)\.$/);
	});

	it('names the types of a mismatch in French words', () => {
		const described = describeCypherError('Neo.ClientError.Statement.SyntaxError', TYPES, 8);
		expect(frenchCypherMessage(described)).toBe(
			'Types incompatibles : Float, Integer, String ou List<T> attendu, Map reçu (ligne 1, colonne 14).'
		);
	});

	it('never shows Java internals, in the sentence or the original', () => {
		const described = describeCypherError('Neo.ClientError.Procedure.ProcedureCallFailed', JAVA);
		expect(described.problem).toBe('procedure');
		expect(frenchCypherMessage(described)).toBe("La procédure db.index.fulltext.queryNodes n'a pas pu être appelée.");
		expect(described.original).not.toMatch(/Caused by|java\.|org\.neo4j/);
	});

	it('says which parameters are missing, and falls back to a French sentence for what it does not know', () => {
		expect(frenchCypherMessage(describeCypherError('Neo.ClientError.Statement.ParameterMissing', 'Expected parameter(s): p, q'))).toBe(
			'Paramètre manquant : p, q (à donner dans le panneau des paramètres).'
		);
		expect(frenchCypherMessage(describeCypherError('Neo.ClientError.Statement.ArithmeticError', '/ by zero'))).toMatch(/^Erreur de calcul/);
		expect(frenchCypherMessage(describeCypherError('Neo.ClientError.Statement.Unknown', 'Something new'))).toBe(
			'La base a refusé la requête.'
		);
	});
});
