import { describe, expect, it } from 'vitest';
import { checkPlan, type PlanOperator } from './plan';
import { QueryRefusedError } from './refusal';

/** A plan as EXPLAIN gives it: operators from the top (ProduceResults) down. */
function plan(...operators: (string | [string, string])[]): PlanOperator {
	const [first, ...rest] = operators;
	const [operatorType, details] = Array.isArray(first) ? first : [first, undefined];
	return {
		operatorType,
		arguments: details ? { Details: details } : {},
		children: rest.length > 0 ? [plan(...rest)] : []
	};
}

function verdict(queryType: string, tree: PlanOperator | null): string | null {
	try {
		checkPlan(queryType, tree);
		return null;
	} catch (error) {
		if (error instanceof QueryRefusedError) return error.code;
		throw error;
	}
}

describe('checkPlan', () => {
	it('lets a read of the graph through', () => {
		expect(verdict('r', plan('ProduceResults@neo4j', 'Limit@neo4j', 'AllNodesScan@neo4j'))).toBeNull();
		expect(verdict('r', plan('ProduceResults@neo4j', ['ProcedureCall@neo4j', 'db.labels() :: (label :: STRING)']))).toBeNull();
	});

	it('refuses anything the server does not call a read', () => {
		expect(verdict('w', plan('ProduceResults@neo4j', 'EmptyResult@neo4j', 'Create@neo4j'))).toBe('write');
		expect(verdict('rw', plan('ProduceResults@neo4j', 'SubqueryForeach@neo4j', 'DetachDelete@neo4j'))).toBe('write');
		expect(verdict('s', plan('CreateIndex@neo4j'))).toBe('schema');
		expect(verdict('s', plan('AdministrationCommand@system'))).toBe('administration');
	});

	it('refuses the reads that reach outside the graph', () => {
		expect(verdict('r', plan('ProduceResults@neo4j', 'LoadCSV@neo4j'))).toBe('load-csv');
		expect(verdict('r', plan('ProduceResults@neo4j', 'ShowTransactions@neo4j'))).toBe('administration');
		expect(verdict('r', plan('ProduceResults@neo4j', 'TerminateTransactions@neo4j'))).toBe('administration');
		expect(verdict('r', plan('ProduceResults@neo4j', 'TransactionForeach@neo4j', 'AllNodesScan@neo4j'))).toBe('in-transactions');
		expect(verdict('r', plan('ProduceResults@neo4j', 'AllNodesScan@other'))).toBe('use');
	});

	it('refuses procedures off the allow-list, whatever their mode', () => {
		expect(verdict('r', plan('ProduceResults@neo4j', ['ProcedureCall@neo4j', 'db.awaitIndexes() :: ()']))).toBe('procedure');
		expect(verdict('r', plan('ProduceResults@neo4j', ['ProcedureCall@neo4j', 'dbms.components() :: (name :: STRING)']))).toBe('procedure');
		expect(verdict('r', plan('ProduceResults@neo4j', 'ProcedureCall@neo4j'))).toBe('procedure');
	});

	it('refuses a statement without a plan', () => {
		expect(verdict('r', null)).toBe('write');
	});
});
