import { Neo4jError } from 'neo4j-driver';
import type { GraphNode } from '$lib/domain/graph';
import type { QueryResult } from '$lib/domain/query';
import { EXPLAIN_PREFIX, type Database, type SandboxTransaction } from '$lib/server/db/neo4j';
import { mapToPlain } from '$lib/server/db/records';
import { nodeByElementIdRow, statement } from '$lib/server/db/rows';
import { describeCypherError, frenchCypherMessage } from './cypher-errors';
import { checkPlan } from './plan';
import { QueryInvalidError, QueryRefusedError } from './refusal';
import { MAX_GRAPH_NODES, gather, missingEnds, toGraph, toRows, type Gathered } from './result';
import { checkStatement } from './rules';
import type { QueryLimits } from './settings';

const LIST_NODES_BY_ELEMENT_ID = statement('console/list-nodes-by-element-id', nodeByElementIdRow);
/** Errors raised while planning, whose positions are shifted by the prefix. */
const plannedWithPrefix = new WeakSet<Neo4jError>();

/**
 * Runs a statement someone wrote, read-only whatever it says:
 * 1. its words are checked (`rules.ts`): writes, administration, LOAD CSV, batched transactions,
 *    USE, procedures off the allow-list and several statements are refused with a reason;
 * 2. the server plans it (EXPLAIN) in a READ transaction and anything but a read, or a read that
 *    reaches outside the graph, is refused (`plan.ts`);
 * 3. it runs in that same READ transaction, under the time-out, and at most `rowCap` rows are read;
 * 4. the transaction is rolled back, never committed.
 * Throws QueryRefusedError (400/403), QueryInvalidError (400, Neo4j's message), QueryTimeoutError.
 */
export async function runQuery(
	database: Database,
	statement: string,
	params: Record<string, unknown>,
	limits: QueryLimits
): Promise<QueryResult> {
	const started = performance.now();
	checkStatement(statement);
	try {
		return await database.sandboxed(
			async (transaction) => {
				const { queryType, plan } = await transaction.explain(statement, params).catch((error: unknown) => {
					if (error instanceof Neo4jError) plannedWithPrefix.add(error);
					throw error;
				});
				checkPlan(queryType, plan);
				const streamed = await transaction.stream(statement, params, limits.rowCap);
				const gathered = gather(streamed.records);
				const graph = toGraph(gathered, await enrich(transaction, gathered));
				return {
					columns: streamed.keys,
					rows: toRows(streamed.keys, streamed.records),
					...(graph ? { graph } : {}),
					truncated: streamed.more,
					rowCap: limits.rowCap,
					ms: Math.round(performance.now() - started)
				};
			},
			{ timeoutMs: limits.timeoutMs, graceMs: limits.graceMs }
		);
	} catch (error) {
		throw explain(error);
	}
}

/** The entities of a result as the explorer draws them (degree, funding), relationship ends included. */
async function enrich(transaction: SandboxTransaction, gathered: Gathered): Promise<Map<string, GraphNode>> {
	if (gathered.nodes.size === 0 && gathered.relationships.size === 0) return new Map();
	const elementIds = [...gathered.nodes.keys(), ...missingEnds(gathered)].slice(0, MAX_GRAPH_NODES);
	const { records } = await transaction.stream(LIST_NODES_BY_ELEMENT_ID.text, { elementIds }, MAX_GRAPH_NODES);
	const rows = LIST_NODES_BY_ELEMENT_ID.parse(records.map((record) => mapToPlain(record.toObject())));
	return new Map(rows.flatMap(({ elementId, node }) => (node ? [[elementId, node] as const] : [])));
}

/** Server errors a person can act on, as refusals or as "invalid query" with Neo4j's words. */
function explain(error: unknown): unknown {
	if (!(error instanceof Neo4jError)) return error;
	const code = error.code;
	// The server's own guards, should a write get past the plan check: READ mode, or a reader's rights.
	if (code === 'Neo.ClientError.Statement.AccessMode' || code === 'Neo.ClientError.Security.Forbidden') {
		return new QueryRefusedError('write', 'la requête');
	}
	if (code.includes('MemoryPool') || code.includes('MemoryLimit')) {
		return new QueryInvalidError(
			'La requête demande plus de mémoire que le serveur ne lui en accorde : restreignez-la (LIMIT, WHERE).',
			code
		);
	}
	if (
		code.startsWith('Neo.ClientError.Statement.') ||
		code.startsWith('Neo.ClientError.Procedure.') ||
		code.startsWith('Neo.ClientError.Schema.')
	) {
		const description = describeCypherError(code, error.message, plannedWithPrefix.has(error) ? EXPLAIN_PREFIX.length : 0);
		return new QueryInvalidError(frenchCypherMessage(description), code, description);
	}
	return error;
}
