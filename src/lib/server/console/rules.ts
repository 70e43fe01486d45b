import { ALLOWED_FUNCTION_NAMESPACES, ALLOWED_PROCEDURES } from '$lib/domain/query';
import { tokenize, type Token } from './lexer';
import { QueryRefusedError } from './refusal';

/** Clauses that change the graph. `INSERT` is GQL's name for CREATE. */
const WRITE_CLAUSES = new Set(['CREATE', 'MERGE', 'SET', 'DELETE', 'DETACH', 'NODETACH', 'REMOVE', 'FOREACH', 'INSERT']);
/** Words that open an administration command when they start the statement. */
const ADMINISTRATION = new Set([
	'SHOW',
	'TERMINATE',
	'GRANT',
	'DENY',
	'REVOKE',
	'ALTER',
	'RENAME',
	'START',
	'STOP',
	'ENABLE',
	'DEALLOCATE',
	'REALLOCATE',
	'DRYRUN'
]);
/** What CREATE or DROP may be about, besides graph data. */
const SCHEMA_OBJECTS = new Set(['INDEX', 'CONSTRAINT']);
const ADMINISTRATION_OBJECTS = new Set(['USER', 'ROLE', 'DATABASE', 'ALIAS', 'SERVER', 'COMPOSITE']);
/** Words between CREATE/DROP and the object: `CREATE OR REPLACE`, `CREATE FULLTEXT INDEX`… */
const OBJECT_MODIFIERS = new Set([
	'OR',
	'REPLACE',
	'RANGE',
	'TEXT',
	'POINT',
	'LOOKUP',
	'FULLTEXT',
	'VECTOR',
	'BTREE',
	'IF',
	'NOT',
	'EXISTS'
]);

const procedures = new Set<string>(ALLOWED_PROCEDURES.map((name) => name.toLowerCase()));
const functionNamespaces = new Set<string>(ALLOWED_FUNCTION_NAMESPACES);

/**
 * Refuses what a read-only console must not run, by reading the statement's words: throws a
 * QueryRefusedError that names the first offence. A statement these rules pass is then planned
 * by the server, whose verdict is final (`plan.ts`): the two together make the guard.
 */
export function checkStatement(text: string): void {
	const tokens = withoutTrailingSemicolons(tokenize(text));
	const semicolon = tokens.find((token) => isSymbol(token, ';'));
	if (semicolon) throw new QueryRefusedError('multiple-statements');

	const first = tokens[0];
	if (first?.kind === 'word') {
		if (first.value === 'EXPLAIN' || first.value === 'PROFILE') throw new QueryRefusedError('explain-profile', first.value);
		if (first.value === 'CYPHER') throw new QueryRefusedError('query-options');
		if (ADMINISTRATION.has(first.value)) throw new QueryRefusedError('administration', phrase(tokens, 0, 2));
		if (first.value === 'DROP')
			throw new QueryRefusedError(objectOf(tokens, 0) === 'schema' ? 'schema' : 'administration', phrase(tokens, 0, 2));
	}

	tokens.forEach((token, index) => {
		if (!isKeyword(tokens, index)) return;
		const word = token.value;
		if (word === 'CREATE' || word === 'DROP') {
			const object = objectOf(tokens, index);
			if (object) throw new QueryRefusedError(object, phrase(tokens, index, 2));
		}
		if (WRITE_CLAUSES.has(word)) throw new QueryRefusedError('write', word === 'DETACH' || word === 'NODETACH' ? `${word} DELETE` : word);
		if (word === 'USE') throw new QueryRefusedError('use', nameAt(tokens, index + 1).name || '…');
		if (word === 'LOAD' && tokens[index + 1]?.value === 'CSV') throw new QueryRefusedError('load-csv');
		if (word === 'TRANSACTIONS' && tokens.slice(Math.max(0, index - 4), index).some((before) => before.value === 'IN')) {
			throw new QueryRefusedError('in-transactions');
		}
		if ((word === 'SHOW' || word === 'TERMINATE') && isClauseStart(tokens, index)) {
			throw new QueryRefusedError('administration', phrase(tokens, index, 2));
		}
		if (word === 'CALL') checkProcedure(tokens, index + 1);
	});
	checkFunctions(tokens);
}

/** `CALL name…`: the procedure must be on the allow-list. `CALL {` and `CALL (` open subqueries. */
function checkProcedure(tokens: Token[], index: number): void {
	const next = tokens[index];
	if (!next || isSymbol(next, '{') || isSymbol(next, '(')) return;
	const { name } = nameAt(tokens, index);
	if (!procedures.has(name.toLowerCase())) throw new QueryRefusedError('procedure', name);
}

/** A namespaced call `a.b(` outside CALL is a function: only built-in namespaces pass. */
function checkFunctions(tokens: Token[]): void {
	for (let index = 0; index < tokens.length; index++) {
		const token = tokens[index];
		if (token.kind !== 'word' && token.kind !== 'quoted') continue;
		const before = tokens[index - 1];
		if (before && (isSymbol(before, '.') || isSymbol(before, '$') || isSymbol(before, ':') || before.value === 'CALL')) continue;
		const { name, parts, end } = nameAt(tokens, index);
		if (parts > 1 && tokens[end] && isSymbol(tokens[end], '(')) {
			const namespace = name.split('.')[0].toLowerCase();
			if (!functionNamespaces.has(namespace)) throw new QueryRefusedError('function', name);
		}
		index = end - 1;
	}
}

/** A dotted name starting at `index` (`db.index.fulltext.queryNodes`, `` `apoc`.`do`.`it` ``). */
function nameAt(tokens: Token[], index: number): { name: string; parts: number; end: number } {
	const parts: string[] = [];
	let at = index;
	while (tokens[at] && (tokens[at].kind === 'word' || tokens[at].kind === 'quoted')) {
		const token = tokens[at];
		parts.push(token.text);
		if (!(tokens[at + 1] && isSymbol(tokens[at + 1], '.'))) {
			at++;
			break;
		}
		at += 2;
	}
	return { name: parts.join('.'), parts: parts.length, end: at };
}

/** What CREATE/DROP at `index` acts on: 'schema', 'administration', or undefined for graph data. */
function objectOf(tokens: Token[], index: number): 'schema' | 'administration' | undefined {
	for (let at = index + 1; at < tokens.length && at <= index + 4; at++) {
		const word = tokens[at].kind === 'word' ? tokens[at].value : '';
		if (SCHEMA_OBJECTS.has(word)) return 'schema';
		if (ADMINISTRATION_OBJECTS.has(word)) return 'administration';
		if (!OBJECT_MODIFIERS.has(word)) return undefined;
	}
	return undefined;
}

/**
 * A word is a keyword unless it is a property key (`n.set`), a label or type (`:Create`), a map
 * key (`{delete: 1}`) or an alias (`AS show`).
 */
function isKeyword(tokens: Token[], index: number): boolean {
	const token = tokens[index];
	if (token.kind !== 'word') return false;
	const before = tokens[index - 1];
	const after = tokens[index + 1];
	if (before && (isSymbol(before, '.') || isSymbol(before, ':') || isSymbol(before, '|') || isSymbol(before, '&') || isSymbol(before, '!')))
		return false;
	if (before?.kind === 'word' && before.value === 'AS') return false;
	if (after && isSymbol(after, ':')) return false;
	return true;
}

/** Where a clause may start: the statement's beginning, inside `{`, or after UNION. */
function isClauseStart(tokens: Token[], index: number): boolean {
	const before = tokens[index - 1];
	return !before || isSymbol(before, '{') || before.value === 'UNION' || before.value === 'ALL';
}

function withoutTrailingSemicolons(tokens: Token[]): Token[] {
	let end = tokens.length;
	while (end > 0 && isSymbol(tokens[end - 1], ';')) end--;
	return tokens.slice(0, end);
}

function isSymbol(token: Token, symbol: string): boolean {
	return token.kind === 'symbol' && token.value === symbol;
}

/** Up to `count` words from `index`, to name an offence ("SHOW USERS"). */
function phrase(tokens: Token[], index: number, count: number): string {
	return tokens
		.slice(index, index + count)
		.filter((token) => token.kind === 'word')
		.map((token) => token.value)
		.join(' ');
}
