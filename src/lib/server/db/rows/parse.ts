import type { z } from 'zod';
import { cypher, cypherPerBound } from '../cypher';
import type { Database, Parameters, Row } from '../neo4j';

/**
 * Rows arrive as plain JSON (`records.ts`); each statement's rows are then parsed by the zod
 * schema of its shape (the other files of this folder). The two kinds of value are told apart:
 * - what the statement itself guarantees and the app relies on (a count, a flag, the id it
 *   matched on, a collected list) is strict: a row that breaks it is a bug, and parsing throws
 *   RowShapeError naming the statement;
 * - what the graph stores is lenient, because a node may lack a property or hold it mistyped:
 *   such a value reads as absent (`.catch`), and an item that cannot be used at all (no id, no
 *   known kind, a relationship type the model does not know) is left out.
 */

/** A row did not have the shape its statement promises; the message names the statement, the row and the fields. */
export class RowShapeError extends Error {
	override name = 'RowShapeError';
	constructor(
		readonly statement: string,
		readonly row: number,
		readonly issues: readonly z.core.$ZodIssue[]
	) {
		const problems = issues.map((issue) => `${issue.path.join('.') || 'row'}: ${issue.message}`);
		super(`cypher/${statement}.cypher returned a malformed row ${row}: ${problems.join('; ')}`);
	}
}

/** What a row schema gives; a schema may give undefined for a row to leave out. */
export type Parsed<S extends z.ZodType> = Exclude<z.output<S>, undefined>;

/**
 * Parses each row with `schema`, in order; rows it reads as undefined are left out. Throws
 * RowShapeError, naming `statement`, at the first row that does not parse.
 */
export function parseRows<S extends z.ZodType>(schema: S, rows: readonly Row[], statement: string): Parsed<S>[] {
	const parsed: Parsed<S>[] = [];
	rows.forEach((row, index) => {
		const result = schema.safeParse(row);
		if (!result.success) throw new RowShapeError(statement, index, result.error.issues);
		if (result.data !== undefined) parsed.push(result.data as Parsed<S>);
	});
	return parsed;
}

/** A Cypher statement with the schema of its rows: run it, and get its rows parsed. */
export interface Statement<S extends z.ZodType> {
	/** The file under `cypher/`, as `explore/list-nodes`. */
	readonly name: string;
	readonly text: string;
	/** Rows this statement returned (from a transaction's runner, say), parsed. */
	parse(rows: readonly Row[]): Parsed<S>[];
	/** Runs the statement in a READ transaction; its rows come parsed. */
	read(database: Database, parameters?: Parameters, options?: { timeoutMs?: number }): Promise<Parsed<S>[]>;
	/** Runs the statement in its own WRITE transaction; its rows come parsed. */
	write(database: Database, parameters?: Parameters): Promise<Parsed<S>[]>;
}

/**
 * The statement of `cypher/<name>.cypher` and the schema of one of its rows. Like `cypher()`, it
 * throws at import time when the file does not exist.
 */
export function statement<S extends z.ZodType>(name: string, row: S): Statement<S> {
	return statementOf(name, cypher(name), row);
}

/**
 * The statements of `cypher/<name>.cypher` written once per bound of its search (see
 * `cypherPerBound`), each with the schema of its rows: `boundedStatement(name, row, 8)(6)` is the
 * statement searching up to 6 links. Throws at import time like `statement()`.
 */
export function boundedStatement<S extends z.ZodType>(name: string, row: S, longest: number): (bound: number) => Statement<S> {
	const statements = new Map([...cypherPerBound(name, longest)].map(([bound, text]) => [bound, statementOf(name, text, row)]));
	return (bound) => {
		const found = statements.get(bound);
		if (!found) throw new RangeError(`cypher/${name}.cypher searches 1 to ${longest} links, not ${bound}`);
		return found;
	};
}

function statementOf<S extends z.ZodType>(name: string, text: string, row: S): Statement<S> {
	const parse = (rows: readonly Row[]) => parseRows(row, rows, name);
	return {
		name,
		text,
		parse,
		read: async (database, parameters = {}, options = {}) => parse(await database.read(text, parameters, options)),
		write: async (database, parameters = {}) => parse(await database.write(text, parameters))
	};
}
