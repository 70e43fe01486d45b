import { z } from 'zod';
import { invalidCypherProblems, refusalCodes } from './query';

/**
 * Every error the API answers is `{ message, code }`: the message in French for people, the code
 * for programs. The codes below are the whole list and never change meaning; a new kind of error
 * gets a new code.
 */
export const apiErrorCodes = {
	'invalid-input': 'Paramètre ou corps de requête invalide : le message nomme chaque champ en cause.',
	'query-invalid': 'Cypher invalide : message de Neo4j en français, avec la ligne et la colonne.',
	'query-refused': 'Requête Cypher refusée avant exécution par la garde de lecture seule (`reason` nomme la règle).',
	unauthorized: 'Connexion requise : pas de session, de jeton d’API ou de jeton d’administration valide.',
	forbidden: 'Connecté, mais le rôle du compte ne permet pas cette action (le message dit lequel la permet).',
	'csrf-failed': 'Écriture par cookie de session sans le jeton anti-CSRF de la session (en-tête `X-CSRF-Token`).',
	conflict: 'Modification fondée sur une version périmée, ou annulation en conflit avec un changement plus récent : rien n’a changé.',
	'locked-out': 'Trop d’échecs de connexion pour ce compte : il est bloqué un moment (en-tête `Retry-After`).',
	'not-found': 'Identifiant inconnu (cité dans le message) ou chemin d’API inconnu.',
	'method-not-allowed': 'Méthode non permise pour ce point d’accès (en-tête `Allow`).',
	'too-large': 'Corps au-delà de la taille que le point d’accès accepte (une vue enregistrée).',
	'payload-too-large': 'Corps au-delà de la taille que le serveur accepte (BODY_SIZE_LIMIT).',
	'rate-limited': 'Budget de demandes de ce client épuisé (en-tête `Retry-After`).',
	'too-many-queries': 'Trop de requêtes Cypher de ce client en cours à la fois (en-tête `Retry-After`).',
	'database-unavailable': 'La base Neo4j ne répond pas ; le service reprend de lui-même quand elle revient.',
	'query-timeout': 'La lecture a dépassé son temps maximal et a été interrompue.',
	internal: 'Erreur interne du serveur, consignée dans ses journaux.',
	error: 'Toute autre erreur que le serveur HTTP répond lui-même, avant l’application.'
} as const;
export type ApiErrorCode = keyof typeof apiErrorCodes;

/** What every error answer carries (SvelteKit's `App.Error`, plus what a refused or invalid query adds). */
export const apiErrorSchema = z.object({
	message: z.string().describe('In French, for people; programs read `code`.'),
	code: z.enum(Object.keys(apiErrorCodes) as [ApiErrorCode, ...ApiErrorCode[]]).describe(
		`Stable: ${Object.entries(apiErrorCodes)
			.map(([code, when]) => `\`${code}\` — ${when}`)
			.join(' ')}`
	),
	reason: z
		.string()
		.optional()
		.describe(`For query-refused, the rule: ${refusalCodes.join(', ')}; for query-invalid, Neo4j's error code.`),
	subject: z
		.string()
		.optional()
		.describe(
			'For query-refused, what the rule caught: `CREATE`, `dbms.listConfig`…; for query-invalid, the word, variable or function at fault.'
		),
	problem: z.enum(invalidCypherProblems).optional().describe('For query-invalid, what is wrong with the statement.'),
	expected: z.string().optional().describe('For a query-invalid type mismatch, the types Neo4j expected (the subject is the one it got).'),
	line: z.number().int().optional().describe('For query-invalid, the 1-based line in the submitted text.'),
	column: z.number().int().optional().describe('For query-invalid, the 1-based column in the submitted text.'),
	original: z.string().optional().describe("For query-invalid, Neo4j's first line, its position in the submitted text, without internals.")
});
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;
