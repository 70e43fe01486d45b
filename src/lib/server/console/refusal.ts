import { ALLOWED_PROCEDURES, type RefusalCode } from '$lib/domain/query';
import type { CypherErrorDescription } from './cypher-errors';

/** Refusals about the shape of the request answer 400; refusals of what it would do answer 403. */
const STATUS: Record<RefusalCode, 400 | 403> = {
	write: 403,
	schema: 403,
	administration: 403,
	procedure: 403,
	function: 403,
	'load-csv': 403,
	'in-transactions': 403,
	use: 403,
	'multiple-statements': 400,
	'explain-profile': 400,
	'query-options': 400
};

const MESSAGES: Record<RefusalCode, (subject: string) => string> = {
	write: (subject) => `Lecture seule : ${subject} modifierait le graphe, la requête n'a pas été exécutée.`,
	schema: (subject) => `Lecture seule : les commandes de schéma (${subject}) ne sont pas permises.`,
	administration: (subject) => `Les commandes d'administration (${subject}) ne sont pas permises.`,
	procedure: (subject) => `La procédure ${subject} n'est pas permise. Procédures permises : ${ALLOWED_PROCEDURES.join(', ')}.`,
	function: (subject) => `La fonction ${subject} n'est pas permise : seules les fonctions intégrées de Cypher le sont.`,
	'load-csv': () => "LOAD CSV n'est pas permis : le serveur ne lit ni fichier ni adresse pour une requête.",
	'in-transactions': () => "CALL { … } IN TRANSACTIONS n'est pas permis : cette forme sert à écrire par lots.",
	use: (subject) => `USE ${subject} n'est pas permis : les requêtes portent sur le graphe de Maillage seulement.`,
	'multiple-statements': () => 'Une seule requête à la fois : retirez le « ; » et ce qui le suit.',
	'explain-profile': (subject) => `${subject} n'est pas proposé ici : écrivez la requête elle-même.`,
	'query-options': () => 'Les options CYPHER en tête de requête ne sont pas permises.'
};

/** Why a statement does not run: a stable code, a sentence for people, and what was at fault. */
export class QueryRefusedError extends Error {
	override name = 'QueryRefusedError';
	readonly status: 400 | 403;
	constructor(
		readonly code: RefusalCode,
		readonly subject = ''
	) {
		super(MESSAGES[code](subject));
		this.status = STATUS[code];
	}
}

/** The statement is not valid Cypher, or names what does not exist: told in French, Neo4j's words kept apart. */
export class QueryInvalidError extends Error {
	override name = 'QueryInvalidError';
	constructor(
		message: string,
		readonly neo4jCode: string,
		readonly description?: CypherErrorDescription
	) {
		super(message);
	}
}

/** Too many queries of one client (or of all of them) are running. */
export class QueryBusyError extends Error {
	override name = 'QueryBusyError';
}
