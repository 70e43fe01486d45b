import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { describeIssues } from '$lib/domain/issues';
import type { QueryResult } from '$lib/domain/query';
import { parametersSchema, type SavedQuery } from '$lib/domain/saved-query';
import { cellText, resultToCsv, resultToJson } from '$lib/export/query-result';
import { connect, DatabaseUnavailableError, QueryTimeoutError } from '$lib/server/db/neo4j';
import { readDatabaseSettings, testDatabaseEnvironment } from '$lib/server/db/settings';
import { runQuery } from './engine';
import { parseSavedQuery, SavedQueryFormatError } from './library';
import { QueryInvalidError, QueryRefusedError } from './refusal';
import { limitsOf, readQuerySettings } from './settings';

const USAGE = `Usage: npm run query -- FILE.cypher [--param name=value]… [--format table|csv|json] [--test]
  FILE.cypher        one read-only Cypher statement (a saved query of cypher/queries/ gives its
                     parameters' types and defaults)
  --param name=value a parameter; repeat for each. Values are read as JSON when they can be
                     (12, true, ["a","b"]), else as text; a saved query's types decide.
  --format           table (default), csv or json (the same JSON as POST /api/query)
  --test             use the test database (NEO4J_TEST_URI) instead of NEO4J_URI
The same rules as the web console: read-only, QUERY_TIMEOUT_MS (10 s) and QUERY_ROW_CAP (5,000).
Exit codes: 0 success, 1 the query was refused, invalid, too slow or the database is down, 2 usage.`;

const formats = ['table', 'csv', 'json'] as const;
type Format = (typeof formats)[number];

/** Where the command writes: standard output for results, standard error for messages. */
export interface Output {
	out(text: string): void;
	err(text: string): void;
}

class UsageError extends Error {}

/** `npm run query`: runs one file through the read-only engine. Returns the exit code. */
export async function main(args: string[]): Promise<number> {
	return runCli(args, process.env, { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) });
}

/** The command with its environment and output given, for tests. */
export async function runCli(args: string[], env: Record<string, string | undefined>, output: Output): Promise<number> {
	let request: { file: string; statement: string; params: Record<string, unknown>; format: Format; test: boolean };
	try {
		request = await readRequest(args);
	} catch (error) {
		if (!(error instanceof UsageError || error instanceof SavedQueryFormatError)) throw error;
		output.err(`${error.message}\n\n${USAGE}\n`);
		return 2;
	}
	let limits;
	let database;
	try {
		limits = limitsOf(readQuerySettings(env));
		database = connect(readDatabaseSettings(request.test ? testDatabaseEnvironment(env) : env));
	} catch (error) {
		output.err(`${(error as Error).message}\n`);
		return 2;
	}
	try {
		const result = await runQuery(database, request.statement, request.params, limits);
		output.out(render(result, request.format));
		if (result.truncated) output.err(`${request.file}: only the first ${result.rowCap} rows (QUERY_ROW_CAP); there are more.\n`);
		else output.err(`${result.rows.length} row${result.rows.length === 1 ? '' : 's'} in ${result.ms} ms\n`);
		return 0;
	} catch (error) {
		if (error instanceof QueryRefusedError) output.err(`${request.file}: refused (${error.code}) — ${error.message}\n`);
		else if (error instanceof QueryInvalidError) output.err(`${request.file}: Cypher invalide (${error.neo4jCode}) — ${error.message}\n`);
		else if (error instanceof QueryTimeoutError) output.err(`${request.file}: stopped after ${limits.timeoutMs} ms (QUERY_TIMEOUT_MS).\n`);
		else if (error instanceof DatabaseUnavailableError) output.err(`${error.message}\n`);
		else throw error;
		return 1;
	} finally {
		await database.close();
	}
}

async function readRequest(args: string[]) {
	let parsed;
	try {
		parsed = parseArgs({
			args,
			allowPositionals: true,
			options: {
				param: { type: 'string', multiple: true, default: [] },
				format: { type: 'string', default: 'table' },
				test: { type: 'boolean', default: false },
				help: { type: 'boolean', default: false }
			}
		});
	} catch (error) {
		throw new UsageError((error as Error).message);
	}
	const { values, positionals } = parsed;
	if (values.help) throw new UsageError('Help:');
	if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'Name one .cypher file.' : 'Name only one .cypher file.');
	const format = formats.find((candidate) => candidate === values.format);
	if (!format) throw new UsageError(`--format: "${values.format}" is not one of ${formats.join(', ')}.`);
	const file = positionals[0];
	let statement: string;
	try {
		statement = await readFile(file, 'utf8');
	} catch (error) {
		throw new UsageError(`${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
	}
	const given = Object.fromEntries(values.param.map((pair) => splitParam(pair)));
	const saved = savedQueryOf(file, statement);
	return { file, statement, params: saved ? typedParams(file, saved, given) : guessTypes(given), format, test: values.test };
}

function splitParam(pair: string): [string, string] {
	const at = pair.indexOf('=');
	if (at <= 0) throw new UsageError(`--param ${pair}: write it name=value.`);
	return [pair.slice(0, at), pair.slice(at + 1)];
}

/** A file with a metadata header is read as a saved query; a malformed header is reported. */
function savedQueryOf(file: string, statement: string): SavedQuery | undefined {
	if (!/^\s*\/\/\s*title\s*:/.test(statement)) return undefined;
	return parseSavedQuery(path.basename(file, '.cypher'), statement);
}

function typedParams(file: string, saved: SavedQuery, given: Record<string, string>): Record<string, unknown> {
	const parsed = parametersSchema(saved.parameters).safeParse(given);
	if (parsed.success) return parsed.data;
	throw new UsageError(`${file}: ${describeIssues(parsed.error.issues, { noun: 'paramètre' })}`);
}

function guessTypes(given: Record<string, string>): Record<string, unknown> {
	return Object.fromEntries(
		Object.entries(given).map(([name, text]) => {
			try {
				return [name, JSON.parse(text)];
			} catch {
				return [name, text];
			}
		})
	);
}

function render(result: QueryResult, format: Format): string {
	if (format === 'json') return resultToJson(result);
	if (format === 'csv') return resultToCsv(result).replace(/^\uFEFF/, '');
	return table(result);
}

/** Columns aligned, each cell cut at 60 characters. */
function table(result: QueryResult): string {
	const cut = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text).replace(/\s+/g, ' ');
	const cells = result.rows.map((row) => result.columns.map((column) => cut(cellText(row[column]))));
	const widths = result.columns.map((column, index) => Math.max(column.length, ...cells.map((line) => line[index].length)));
	const line = (values: string[]) =>
		values
			.map((value, index) => value.padEnd(widths[index]))
			.join('  ')
			.trimEnd();
	return [line(result.columns), line(widths.map((width) => '─'.repeat(width))), ...cells.map(line)].join('\n') + '\n';
}
