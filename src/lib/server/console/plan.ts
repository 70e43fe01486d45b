import { ALLOWED_PROCEDURES } from '$lib/domain/query';
import { QueryRefusedError } from './refusal';

/** An operator of the plan EXPLAIN returns (the driver's `Plan`, reduced to what is checked). */
export interface PlanOperator {
	operatorType: string;
	arguments: { [key: string]: unknown };
	children: PlanOperator[];
}

const procedures = new Set<string>(ALLOWED_PROCEDURES.map((name) => name.toLowerCase()));

/**
 * The server's verdict on a statement it planned but did not run: anything but a read
 * (`queryType` 'r') is refused, and so are the reads that reach outside the graph — LOAD CSV,
 * SHOW and TERMINATE commands (they list or stop other people's transactions), batched
 * transactions, other databases, and every procedure that is not on the allow-list.
 */
export function checkPlan(queryType: string, plan: PlanOperator | null | false): void {
	// EXPLAIN always plans; a missing plan means a server this guard does not know how to read.
	if (!plan) throw new QueryRefusedError('write', 'une requête sans plan');
	const operators = flatten(plan);
	const names = operators.map((operator) => operatorName(operator.operatorType));
	if (names.includes('AdministrationCommand')) throw new QueryRefusedError('administration', 'commande système');
	if (queryType === 's') throw new QueryRefusedError('schema', names.find((name) => /^(Create|Drop)/.test(name)) ?? 'schéma');
	if (queryType !== 'r') throw new QueryRefusedError('write', writeOperator(names) ?? 'la requête');

	const databases = new Set(operators.map((operator) => databaseOf(operator.operatorType)).filter((name) => name !== undefined));
	if (databases.size > 1) throw new QueryRefusedError('use', [...databases].join(', '));

	for (const operator of operators) {
		const name = operatorName(operator.operatorType);
		if (name === 'LoadCSV') throw new QueryRefusedError('load-csv');
		if (name.startsWith('Transaction')) throw new QueryRefusedError('in-transactions');
		if (/^(Show|Terminate)/.test(name)) throw new QueryRefusedError('administration', name);
		if (name.startsWith('ProcedureCall') || name.startsWith('SystemProcedureCall')) {
			const procedure = procedureOf(operator);
			if (!procedure || !procedures.has(procedure.toLowerCase())) throw new QueryRefusedError('procedure', procedure ?? name);
		}
	}
}

/** Operators print as `Name@database` since Neo4j 5. */
function operatorName(type: string): string {
	return type.split('@')[0];
}

function databaseOf(type: string): string | undefined {
	const at = type.indexOf('@');
	return at === -1 ? undefined : type.slice(at + 1);
}

/** `Details` reads `db.labels() :: (label :: STRING)`: the name is what comes before the bracket. */
function procedureOf(operator: PlanOperator): string | undefined {
	const details = operator.arguments.Details ?? operator.arguments.details;
	if (typeof details !== 'string') return undefined;
	const match = /^\s*([\p{L}\p{N}_.`]+)\s*\(/u.exec(details);
	return match?.[1].replace(/`/g, '');
}

function writeOperator(names: string[]): string | undefined {
	return names.find((name) => /^(Create|Merge|Set|Remove|Delete|DetachDelete|Foreach)/.test(name));
}

function flatten(operator: PlanOperator): PlanOperator[] {
	return [operator, ...(operator.children ?? []).flatMap(flatten)];
}
