import { queryResultSchema, type QueryResult } from '$lib/domain/query';

/** Why a query did not give a result, as the server said it. */
export interface QueryFailure {
	status: number;
	message: string;
	/** `query-refused`, `query-invalid`, `query-timeout`, `too-many-queries`, `invalid-input`… */
	code?: string;
	/** For refusals, the rule (`write`, `procedure`…) and what it caught (`CREATE`, `dbms.listConfig`). */
	reason?: string;
	subject?: string;
	/** For invalid Cypher: what is wrong (`syntax`, `unknown-variable`…), where in the text, and the database's own words. */
	problem?: string;
	expected?: string;
	line?: number;
	column?: number;
	original?: string;
}

export type QueryOutcome = { result: QueryResult } | { failure: QueryFailure };

/** POSTs a query (to /api/query or /api/queries/:id) and reads the answer, whatever it is. */
export async function postQuery(fetcher: typeof fetch, url: string, body: unknown): Promise<QueryOutcome> {
	let response: Response;
	try {
		response = await fetcher(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
	} catch (error) {
		return { failure: { status: 0, message: (error as Error).message, code: 'network' } };
	}
	const payload: unknown = await response.json().catch(() => null);
	if (response.ok) {
		const parsed = queryResultSchema.safeParse(payload);
		if (parsed.success) return { result: parsed.data };
		return { failure: { status: response.status, message: 'Réponse inattendue du serveur.', code: 'bad-response' } };
	}
	const error = (payload ?? {}) as Partial<QueryFailure>;
	return {
		failure: {
			status: response.status,
			message: typeof error.message === 'string' ? error.message : response.statusText,
			...(typeof error.code === 'string' ? { code: error.code } : {}),
			...(typeof error.reason === 'string' ? { reason: error.reason } : {}),
			...(typeof error.subject === 'string' ? { subject: error.subject } : {}),
			...(typeof error.problem === 'string' ? { problem: error.problem } : {}),
			...(typeof error.expected === 'string' ? { expected: error.expected } : {}),
			...(typeof error.line === 'number' ? { line: error.line } : {}),
			...(typeof error.column === 'number' ? { column: error.column } : {}),
			...(typeof error.original === 'string' ? { original: error.original } : {})
		}
	};
}

/** Reads the parameters panel: a JSON object, or the reason it is not one. */
export function parseParams(text: string): { params: Record<string, unknown> } | { problem: string } {
	if (text.trim() === '') return { params: {} };
	try {
		const value: unknown = JSON.parse(text);
		if (value === null || typeof value !== 'object' || Array.isArray(value)) return { problem: 'not-object' };
		return { params: value as Record<string, unknown> };
	} catch (error) {
		return { problem: (error as Error).message };
	}
}

/** A saved query's text without its leading comment lines (the metadata header). */
export function statementOf(cypher: string): string {
	const lines = cypher.split('\n');
	const start = lines.findIndex((line) => !line.trimStart().startsWith('//'));
	return start === -1 ? '' : lines.slice(start).join('\n').trim();
}
