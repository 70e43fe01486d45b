// Size: one declarative table, `operations`, describes every endpoint of the API (about half the
// file), beside the shared error answers; the code that turns them into the document is the last
// ~200 lines. Read top to bottom, the table is the API's reference; cut up, it would not be.
import { z } from 'zod';
import { accountSchema, newAccountSchema, passwordSchema, type Role } from '$lib/domain/accounts';
import { apiErrorSchema } from '$lib/domain/api-error';
import { changesetFiltersSchema, changesetIdSchema, changesetSchema, operationSchema, propertiesSchema } from '$lib/domain/changesets';
import {
	entityEditSchema,
	newEntitySchema,
	newRelationshipSchema,
	rejectionSchema,
	mergeRequestSchema,
	revertSchema,
	reviewSchema
} from '$lib/domain/contributions';
import { entityDetailSchema, entityParamsSchema, searchQuerySchema, searchResponseSchema } from '$lib/domain/entity';
import {
	graphEdgeSchema,
	graphNodeSchema,
	graphPayloadSchema,
	neighbourCountsQuerySchema,
	neighbourCountsSchema,
	neighbourhoodQuerySchema,
	pathsPayloadSchema,
	pathsQuerySchema,
	HUB_DEGREE,
	SECOND_HOP_PER_NEIGHBOUR,
	subgraphGetQuerySchema,
	subgraphQuerySchema
} from '$lib/domain/graph';
import { partnersRequestSchema, partnersResponseSchema, recogniseRequestSchema, recogniseResponseSchema } from '$lib/domain/partners';
import { ALLOWED_PROCEDURES, queryRequestSchema, queryResultSchema } from '$lib/domain/query';
import { savedQueryListSchema, savedQueryRunSchema } from '$lib/domain/saved-query';
import { analysisQuerySchema, analysisResultSchema, analysisWriteRequestSchema, analysisWriteResultSchema } from '$lib/domain/analysis';
import { exportQuerySchema, graphJsonSchema } from '$lib/domain/export';
import {
	importDecisionsSchema,
	importOptionsSchema,
	importViewSchema,
	newMappingSchema,
	rowFilterSchema,
	savedMappingSchema
} from '$lib/domain/imports';
import {
	acceptAboveSchema,
	documentInputSchema,
	fileMetadataSchema,
	documentParamsSchema,
	documentSummarySchema,
	documentViewSchema,
	proposalDecisionSchema,
	proposalParamsSchema,
	proposalSchema
} from '$lib/domain/documents';
import { SAVED_VIEW_MAX_CHARS, savedViewCreatedSchema, savedViewParamsSchema, savedViewSchema } from '$lib/domain/saved-view';
import { viewStateSchema } from '$lib/domain/view';
import { ADMIN_TOKEN_MIN_LENGTH } from '$lib/server/db/settings';
import { PATH_CAP } from '$lib/server/explore';
import { ANONYMOUS_VIEW_DAYS } from '$lib/server/views';
import { SESSION_COOKIE } from './caller';

type JsonSchema = { [key: string]: unknown };

const healthSchema = z.object({ status: z.literal('ok') });
const readinessSchema = z.object({ status: z.enum(['ready', 'unavailable']), message: z.string().optional() });

/** GET /api/entities/{id} also gives the version an edit must send back (PATCH), as the ETag does. */
const versionedEntitySchema = entityDetailSchema.extend({
	version: z
		.string()
		.nullable()
		.describe('The version to send back with PATCH /api/entities/{id} (16 hex digits); also the ETag of the answer.')
});

/**
 * What an error answer may carry beyond `{ message, code }`: the refusals of a write add the field
 * at fault and, for a conflict, what changed (see `$lib/server/http/writes`).
 */
const errorBodySchema = apiErrorSchema.extend({
	field: z.string().optional().describe('For invalid-input from a write, the field at fault: `citation.sourceId`, `link.to`, `email`…'),
	current: z
		.object({ version: z.string(), properties: propertiesSchema })
		.optional()
		.describe('For a conflict on PATCH /api/entities/{id}: the entity as it is now, with the version to edit from.'),
	conflicts: z
		.array(z.object({ operation: z.number().int().min(0), message: z.string() }))
		.optional()
		.describe('For a conflict on a revert (or a publication): each operation the graph no longer allows, by its index, and why.')
});

const listedAccountSchema = z.object({
	account: accountSchema,
	sessions: z.number().int().min(0).describe('Sessions open now.'),
	tokens: z.number().int().min(0).describe('API tokens not revoked.')
});
const accountListSchema = z.object({ accounts: z.array(listedAccountSchema) });
const accountCreatedSchema = z.object({
	account: accountSchema,
	temporaryPassword: z
		.string()
		.nullable()
		.describe('Shown once, when no password was given: to hand over; the first sign-in must choose another.')
});
const changesetListSchema = z.object({ changesets: z.array(changesetSchema) });
const changesetParamsSchema = z.object({ id: changesetIdSchema });
const importParamsSchema = z.object({ id: z.string().regex(/^imp-[0-9a-f]{16}$/) });
const documentUploadSchema = fileMetadataSchema.extend({
	title: fileMetadataSchema.shape.title.describe(
		'Required with `text`; with a `file`, the file’s own title (PDF, HTML) or its name when left out.'
	),
	file: z.string().optional(),
	text: z.string().optional()
});
const documentAddedSchema = documentViewSchema.pick({
	id: true,
	title: true,
	mentions: true,
	proposals: true,
	sections: true,
	readingMs: true
});
const proposalDecidedSchema = z.object({ proposal: proposalSchema, changeset: changesetSchema.nullable() });
const acceptedAboveSchema = z.object({
	accepted: z.number(),
	failed: z.array(z.object({ id: z.string(), message: z.string() })),
	proposals: z.array(proposalSchema)
});
const mappingParamsSchema = z.object({ id: z.string() });
const importQuerySchema = rowFilterSchema.extend({ wait: z.enum(['true', 'false']).optional() });
const waitQuerySchema = z.object({ wait: z.enum(['true', 'false']).optional() });
const uploadQuerySchema = waitQuerySchema.extend({
	name: z.string().optional(),
	preset: z.string().optional(),
	clusterId: z.string().optional(),
	sheet: z.string().optional(),
	mapping: z.string().optional(),
	reason: z.string().optional()
});
const importUploadSchema = z.object({
	file: z.string().describe('Le fichier : .xlsx, .csv, .tsv ou .txt, 10 Mo au plus.'),
	...importOptionsSchema.shape,
	mapping: z
		.string()
		.optional()
		.describe('Les colonnes associées à la main, en JSON : [{ "column": "Raison sociale", "field": "actor.name" }, …].')
});
const importRevisionSchema = z.strictObject({ options: importOptionsSchema.optional(), decisions: importDecisionsSchema.optional() });
const importApplySchema = z.strictObject({ decisions: importDecisionsSchema.optional() });
const mappingListSchema = z.array(savedMappingSchema);
/** The body POST /api/accounts takes: an account, and its password when the administrator sets one. */
const accountRequestSchema = newAccountSchema.extend({ password: passwordSchema.optional() });

/**
 * The response bodies, named once: the registry turns each into `#/components/schemas/<id>` and
 * every use of a named schema inside another (a GraphNode in a GraphPayload) into a `$ref`.
 */
const components = z.registry<{ id: string }>();
components.add(graphNodeSchema, { id: 'GraphNode' });
components.add(graphEdgeSchema, { id: 'GraphEdge' });
components.add(graphPayloadSchema, { id: 'GraphPayload' });
components.add(pathsPayloadSchema, { id: 'PathsPayload' });
components.add(neighbourCountsSchema, { id: 'NeighbourCounts' });
components.add(searchResponseSchema, { id: 'SearchResponse' });
components.add(versionedEntitySchema, { id: 'EntityDetail' });
components.add(partnersResponseSchema, { id: 'PartnersResponse' });
components.add(recogniseResponseSchema, { id: 'RecogniseResponse' });
components.add(queryResultSchema, { id: 'QueryResult' });
components.add(savedQueryListSchema, { id: 'SavedQueryList' });
components.add(errorBodySchema, { id: 'Error' });
components.add(healthSchema, { id: 'Health' });
components.add(readinessSchema, { id: 'Readiness' });
components.add(analysisResultSchema, { id: 'AnalysisResult' });
components.add(analysisWriteRequestSchema, { id: 'AnalysisWriteRequest' });
components.add(analysisWriteResultSchema, { id: 'AnalysisWriteResult' });
components.add(graphJsonSchema, { id: 'GraphExport' });
components.add(viewStateSchema, { id: 'ViewState' });
components.add(savedViewSchema, { id: 'SavedView' });
components.add(savedViewCreatedSchema, { id: 'SavedViewCreated' });
components.add(accountSchema, { id: 'Account' });
components.add(accountListSchema, { id: 'AccountList' });
components.add(accountCreatedSchema, { id: 'AccountCreated' });
components.add(operationSchema, { id: 'ChangesetOperation' });
components.add(changesetSchema, { id: 'Changeset' });
components.add(changesetListSchema, { id: 'ChangesetList' });
components.add(importViewSchema, { id: 'Import' });
components.add(savedMappingSchema, { id: 'ImportMapping' });
components.add(mappingListSchema, { id: 'ImportMappingList' });
components.add(documentViewSchema, { id: 'Document' });
components.add(z.array(documentSummarySchema), { id: 'DocumentList' });
components.add(documentAddedSchema, { id: 'DocumentRead' });
components.add(proposalDecidedSchema, { id: 'ProposalDecided' });
components.add(acceptedAboveSchema, { id: 'ProposalsAccepted' });

type Status = 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 503 | 504;

const errorResponses: Record<Status, { name: string; description: string }> = {
	400: {
		name: 'InvalidInput',
		description:
			'Paramètre invalide : le message nomme chaque champ en cause, `Paramètres invalides — champ « limit » : …` (code `invalid-input`) ; ' +
			'pour une écriture, aussi un fait que le graphe ne permet pas — source, lieu ou entité inconnus, rien à changer —, `field` nommant le champ ; ' +
			'pour une requête Cypher, aussi Cypher invalide ' +
			'(code `query-invalid`, message de Neo4j) ou forme refusée — plusieurs instructions, EXPLAIN/PROFILE, options CYPHER (code `query-refused`).'
	},
	401: {
		name: 'Unauthorized',
		description:
			'Connexion requise (code `unauthorized`) : ni session, ni jeton d’API valide — ni, pour /api/accounts, le jeton d’amorçage. ' +
			'Un jeton d’API inconnu, révoqué ou dont le compte est désactivé est refusé de même. L’en-tête ' +
			'`WWW-Authenticate: Bearer realm="maillage"` le demande, avec `error="invalid_token"` quand le jeton envoyé est refusé.'
	},
	403: {
		name: 'Forbidden',
		description:
			'Connecté, mais pas permis (code `forbidden`) : rôle trop bas (le message dit lequel il faut), mot de passe à changer d’abord, ' +
			'vue enregistrée par quelqu’un d’autre ; écriture par cookie de session sans le jeton anti-CSRF de la session dans l’en-tête ' +
			'`X-CSRF-Token` (code `csrf-failed`) ; ' +
			'ou requête Cypher refusée avant exécution (code `query-refused`, `reason` nomme la règle) : écriture, schéma, administration, USE, LOAD CSV, ' +
			`IN TRANSACTIONS, fonction d’extension ou procédure hors de la liste permise (${ALLOWED_PROCEDURES.join(', ')}).`
	},
	404: { name: 'NotFound', description: 'Identifiant inconnu : le message le cite (code `not-found`).' },
	409: {
		name: 'Conflict',
		description:
			'Rien n’a changé (code `conflict`) : le graphe n’est plus tel que l’écriture le suppose. Modification fondée sur une version ' +
			'périmée : `current` donne la fiche telle qu’elle est, avec sa `version`, pour reprendre. Annulation, publication ou contribution ' +
			'qu’un changement plus récent empêche (une valeur modifiée depuis, un lien ajouté à une entité créée, une entité qui existe déjà) : ' +
			'`conflicts` liste chaque opération en cause (`operation`, son rang) et pourquoi. Aussi : changement qui n’est plus une ' +
			'proposition, déjà annulé ou pas publié ; compte déjà ouvert pour cet e-mail.'
	},
	422: {
		name: 'UnreadableDocument',
		description:
			'Document lisible mais que Maillage ne lit pas (code `invalid-input`, `field` : `text`) : un texte dans une autre langue que le français.'
	},
	413: {
		name: 'TooLarge',
		description:
			'Corps de requête trop grand (code `too-large`, ou `payload-too-large` au-delà de la limite du serveur, BODY_SIZE_LIMIT) : le message donne la taille et la limite.'
	},
	429: {
		name: 'TooManyRequests',
		description:
			'Trop de demandes de ce client (code `rate-limited`) : chaque point d’accès coûteux a un budget par adresse (une rafale, puis tant ' +
			'par minute, variables `RATE_LIMIT_<POINT>_BURST` et `RATE_LIMIT_<POINT>_PER_MINUTE`) ; ou, pour les requêtes Cypher, trop de ' +
			'requêtes en cours à la fois (code `too-many-queries`). L’en-tête `Retry-After` dit en secondes (entier, 1 au moins) quand réessayer.'
	},
	503: { name: 'DatabaseUnavailable', description: 'La base Neo4j ne répond pas (code `database-unavailable`).' },
	504: { name: 'QueryTimeout', description: 'La requête a dépassé son temps maximal (code `query-timeout`).' }
};

interface Operation {
	path: string;
	/** GET unless said. */
	method?: 'get' | 'post' | 'patch' | 'delete';
	/** The JSON body a POST or PATCH takes. */
	body?: z.ZodType;
	/** Or the multipart form it takes (a file upload); `file` is binary. */
	multipart?: z.ZodObject;
	bodyDescription?: string;
	/** The body may be left out: the server reads none as `{}` (every field to its default). */
	bodyOptional?: boolean;
	operationId: string;
	tag: string;
	summary: string;
	description?: string;
	query?: z.ZodObject;
	pathParameters?: z.ZodObject;
	/** Parameter descriptions, by name. */
	parameters?: Record<string, string>;
	/**
	 * The least role that may call it: the operation then needs an account, by API token or session
	 * (`authorise` in `./caller`), and says so in its description.
	 */
	role?: Role;
	/** Also open to the bootstrap token, MAILLAGE_ADMIN_TOKEN: the accounts endpoints only. */
	bootstrap?: boolean;
	/** The schema of the success answer; none for 204. */
	response?: string;
	responseDescription: string;
	/** The success status when it is not 200 (201 for a creation, 202 for work done in the background, 204 when nothing is sent back). */
	status?: 201 | 202 | 204;
	/** A 202 with the same body, described: a contributeur's write recorded as a proposal, not yet in the graph. */
	proposed?: string;
	/** The answer's media types when it is not JSON (files), each with its schema. */
	media?: Record<string, JsonSchema>;
	/** Response headers of the 200 answer, by name. */
	headers?: Record<string, string>;
	errors: Status[];
}

const DATABASE_ERRORS: Status[] = [503, 504];
/** The expensive reads, rate-limited per client (429). */
const LIMITED_ERRORS: Status[] = [429, ...DATABASE_ERRORS];
const QUERY_ERRORS: Status[] = [400, 403, 429, 503, 504];
/** The refusals every write of the graph may answer (the write budget included: RATE_LIMIT_WRITES_*). */
const WRITE_ERRORS: Status[] = [400, 401, 403, 409, 429, ...DATABASE_ERRORS];
const CITATION_RULE =
	'Chaque fait cite sa source, dans `citation` : `sourceId` (une source du graphe) ou `newSource` (une nouvelle, décrite : au ' +
	'moins `title`), l’un ou l’autre, et `excerpt`, le passage de la source qui établit le fait.';
/** Who publishes and who proposes; `published` is the status of a curator's answer (201 for a creation, 200 for an edit). */
const contributionRules = (published: 200 | 201) =>
	`Un curateur publie aussitôt : le changement entre dans le graphe et dans l’historique, avec les valeurs avant et après (${published}). ` +
	'Un contributeur propose : le changement est enregistré (202, `status: proposed`) mais rien n’est écrit dans le graphe avant ' +
	'qu’un curateur le publie (POST /api/changesets/{id}/publish). Une proposition que le graphe ne permettrait pas maintenant est ' +
	`refusée tout de suite (409). ${CITATION_RULE}`;
const PROPOSED =
	'Proposition enregistrée (contributeur) : le changement, `status: proposed`, attend un curateur ; le graphe n’a pas changé.';
const REVIEW_RULES =
	'Sur une proposition (`status: proposed`) seulement : une autre (publiée, refusée) répond 409, un identifiant inconnu 404.';

const QUERY_RULES =
	'Lecture seule, imposée par le serveur : transaction en mode READ toujours annulée (jamais validée), type de requête vérifié par EXPLAIN ' +
	'(seul `r` passe), procédures limitées à une liste de lecture, LOAD CSV, IN TRANSACTIONS, USE et commandes d’administration refusés. ' +
	'Délai maximal (`QUERY_TIMEOUT_MS`, 10 s par défaut) puis 504 ; au plus `QUERY_ROW_CAP` lignes (5 000 par défaut), `truncated` le dit ; ' +
	'deux requêtes à la fois par client et un budget par client (`RATE_LIMIT_QUERY_*`, 429 au-delà). Les nœuds, relations et chemins renvoyés sont aussi rassemblés dans `graph`, au format de l’explorateur.';

const operations: Operation[] = [
	{
		path: '/api/search',
		operationId: 'searchEntities',
		tag: 'entités',
		summary: 'Rechercher des entités par leur nom',
		description: 'Plein texte sur les noms et alias, insensible aux accents, meilleurs résultats d’abord.',
		query: searchQuerySchema,
		parameters: {
			q: 'Texte cherché.',
			type: 'Type d’entité (vide : tous).',
			clusterKind: 'Pour les clusters : pôle de compétitivité, cluster, écosystème industriel ou réseau (vide : tous).',
			limit: 'Nombre de résultats.'
		},
		response: 'SearchResponse',
		responseDescription: 'Les entités trouvées.',
		errors: [400, ...DATABASE_ERRORS]
	},
	{
		path: '/api/entities/{id}',
		operationId: 'getEntity',
		tag: 'entités',
		summary: 'Une entité, ses sources et ses relations directes',
		description:
			'300 relations au plus ; les comptes par type sont complets et `truncated` dit si la liste est coupée. `version` (aussi en ' +
			'ETag) est ce que PATCH /api/entities/{id} doit renvoyer.',
		pathParameters: entityParamsSchema,
		parameters: { id: 'Identifiant de l’entité (slug).' },
		response: 'EntityDetail',
		responseDescription: 'L’entité, avec sa version.',
		headers: { ETag: 'La version de l’entité entre guillemets, `"<version>"`.' },
		errors: [400, 404, ...DATABASE_ERRORS]
	},
	{
		path: '/api/entities',
		method: 'post',
		operationId: 'createEntity',
		tag: 'contributions',
		summary: 'Créer une entité, avec sa source',
		description:
			'Une entreprise, un cluster (`clusterKind` obligatoire), un organisme public, une structure d’appui, un établissement ' +
			'd’enseignement ou de recherche, une association, un projet ou une personne ; lieux, territoires, thèmes et programmes viennent ' +
			'des données de référence. L’identifiant est tiré du nom. `place` : la commune (ou l’EPCI, le département, la région) où elle ' +
			'est située ; `link` : un premier lien depuis elle (membre d’un cluster, partenaire d’un projet…), sur la même source. ' +
			contributionRules(201),
		body: newEntitySchema,
		bodyDescription: 'L’entité, sa source et, au choix, son lieu et un premier lien.',
		role: 'contributeur',
		status: 201,
		response: 'Changeset',
		responseDescription: 'Publiée (curateur) : le changement, `status: published` ; l’identifiant de l’entité est dans `entityIds`.',
		proposed: PROPOSED,
		errors: WRITE_ERRORS
	},
	{
		path: '/api/entities/{id}',
		method: 'patch',
		operationId: 'editEntity',
		tag: 'contributions',
		summary: 'Modifier les propriétés d’une entité, à partir de la version lue',
		description:
			'`version` : celle que GET /api/entities/{id} a donnée (champ `version` ou ETag). Si la fiche a changé depuis, rien n’est ' +
			'écrit : 409 avec `current`, ses valeurs et sa version actuelles, pour reprendre la modification. `changes` : seulement les ' +
			'propriétés à changer (les mêmes valeurs qu’avant répondent 400, rien à changer). Un identifiant inconnu répond 400 (`field: id`). ' +
			contributionRules(200),
		pathParameters: entityParamsSchema,
		parameters: { id: 'Identifiant de l’entité (slug).' },
		body: entityEditSchema,
		bodyDescription: 'La version lue, les propriétés changées et leur source.',
		role: 'contributeur',
		response: 'Changeset',
		responseDescription: 'Publiée (curateur) : le changement, `status: published`, avec les valeurs avant et après.',
		proposed: PROPOSED,
		errors: WRITE_ERRORS
	},
	{
		path: '/api/relationships',
		method: 'post',
		operationId: 'addRelationship',
		tag: 'contributions',
		summary: 'Ajouter un lien entre deux entités, avec sa source',
		description:
			'Un lien d’un type permis, entre des types d’entités qu’il peut relier (vérifié sur le graphe ; `role` pour une participation ' +
			'ou un rôle de personne, `title` pour ROLE_AT, montant et années quand la source les donne). Si le même lien existe déjà ' +
			'(même type, mêmes bouts, même rôle), la source s’ajoute aux siennes ; il la cite déjà : 400. ' +
			contributionRules(201),
		body: newRelationshipSchema,
		bodyDescription: 'Le lien et sa source.',
		role: 'contributeur',
		status: 201,
		response: 'Changeset',
		responseDescription: 'Publié (curateur) : le changement, `status: published`.',
		proposed: PROPOSED,
		errors: WRITE_ERRORS
	},
	{
		path: '/api/entities/{id}/hide',
		method: 'post',
		operationId: 'hideEntity',
		tag: 'contributions',
		summary: 'Masquer une entité (suppression réversible)',
		description:
			'L’entité et ses liens disparaissent des recherches, des fiches, de l’explorateur et des exports ; rien n’est effacé. ' +
			'Le changement (`kind: deletion`) se défait par POST /api/changesets/{id}/revert. Entité inconnue : 404.',
		pathParameters: entityParamsSchema,
		parameters: { id: 'L’identifiant de l’entité à masquer.' },
		body: revertSchema,
		bodyDescription: 'Pourquoi la masquer (obligatoire).',
		role: 'curateur',
		response: 'Changeset',
		responseDescription: 'Le changement, publié.',
		errors: [...WRITE_ERRORS, 404]
	},
	{
		path: '/api/entities/{id}/merge',
		method: 'post',
		operationId: 'mergeEntities',
		tag: 'contributions',
		summary: 'Fusionner un doublon dans cette entité',
		description:
			'Les liens du doublon `with` passent à l’entité de l’adresse (ou ajoutent leurs sources au même lien déjà là), ses noms ' +
			'deviennent des alias, ses sources et les propriétés qui manquent sont reprises ; le doublon est masqué avec `mergedInto`, ' +
			'et GET /api/entities/{doublon} répond 308 vers l’entité gardée. `dryRun: true` répond seulement `{ operations }`, ce ' +
			'qui changerait, sans rien écrire. Deux natures différentes : 400. Un seul changement (`kind: merge`), annulable.',
		pathParameters: entityParamsSchema,
		parameters: { id: 'L’entité gardée.' },
		body: mergeRequestSchema,
		bodyDescription: 'Le doublon, le motif, et `dryRun` pour un aperçu.',
		role: 'curateur',
		response: 'Changeset',
		responseDescription: 'Le changement de fusion, publié (ou, avec `dryRun`, ses opérations).',
		errors: [...WRITE_ERRORS, 404]
	},
	{
		path: '/api/changesets',
		operationId: 'listChangesets',
		tag: 'historique',
		summary: 'L’historique des changements, du plus récent au plus ancien',
		description:
			'Chaque écriture du graphe est un changement : qui, quand, pourquoi, sur quelle source, et ses opérations avec les valeurs ' +
			'avant et après. Sans compte ou sans rôle de curateur, seulement les changements publiés (`status` n’y change rien) ; un ' +
			'curateur (jeton d’API ou session) voit aussi les propositions et les refus.',
		query: changesetFiltersSchema,
		parameters: {
			author: 'Identifiant du compte de l’auteur, ou partie de son nom.',
			kind: 'Type de changement (vide : tous).',
			status: 'Proposé, publié ou refusé (curateurs).',
			entity: 'Identifiant d’une entité touchée.',
			since: 'À partir de ce jour (AAAA-MM-JJ, inclus).',
			until: 'Jusqu’à ce jour (AAAA-MM-JJ, inclus).',
			limit: 'Nombre de changements.'
		},
		response: 'ChangesetList',
		responseDescription: 'Les changements.',
		errors: [400, ...DATABASE_ERRORS]
	},
	{
		path: '/api/changesets/{id}',
		operationId: 'getChangeset',
		tag: 'historique',
		summary: 'Un changement, avec ses opérations',
		description: 'Une proposition ou un refus ne se voit que par un curateur et par son auteur ; pour les autres : 404.',
		pathParameters: changesetParamsSchema,
		parameters: { id: 'Identifiant du changement (`cs-` et 16 chiffres hexadécimaux).' },
		response: 'Changeset',
		responseDescription: 'Le changement.',
		errors: [400, 404, ...DATABASE_ERRORS]
	},
	{
		path: '/api/changesets/{id}/publish',
		method: 'post',
		operationId: 'publishChangeset',
		tag: 'historique',
		summary: 'Publier une proposition',
		description:
			'Ses opérations sont appliquées au graphe en une seule transaction, au nom de son auteur, après avoir vérifié que le graphe est ' +
			'toujours tel qu’elles le supposent (409 avec `conflicts` sinon : rien n’est écrit). `note` : un mot pour l’auteur, facultatif. ' +
			REVIEW_RULES,
		pathParameters: changesetParamsSchema,
		parameters: { id: 'Identifiant de la proposition.' },
		body: reviewSchema,
		bodyDescription: 'Un mot pour l’auteur, facultatif (`{}` suffit).',
		role: 'curateur',
		response: 'Changeset',
		responseDescription: 'Le changement publié, `status: published`, avec le relecteur.',
		errors: [...WRITE_ERRORS, 404]
	},
	{
		path: '/api/changesets/{id}/reject',
		method: 'post',
		operationId: 'rejectChangeset',
		tag: 'historique',
		summary: 'Refuser une proposition, en disant pourquoi',
		description: 'Rien n’est écrit dans le graphe ; l’auteur lit `note`, obligatoire. ' + REVIEW_RULES,
		pathParameters: changesetParamsSchema,
		parameters: { id: 'Identifiant de la proposition.' },
		body: rejectionSchema,
		bodyDescription: 'La raison du refus, que l’auteur lira.',
		role: 'curateur',
		response: 'Changeset',
		responseDescription: 'Le changement refusé, `status: rejected`.',
		errors: [...WRITE_ERRORS, 404]
	},
	{
		path: '/api/changesets/{id}/revert',
		method: 'post',
		operationId: 'revertChangeset',
		tag: 'historique',
		summary: 'Annuler un changement publié',
		description:
			'Un nouveau changement (`kind: revert`, `revertOf`) applique les opérations inverses, la dernière d’abord, en une seule ' +
			'transaction ; l’original porte ensuite `revertedBy`. Si un changement plus récent est en travers (une valeur modifiée ' +
			'depuis, un lien ajouté à une entité créée), 409 avec `conflicts`, qui dit lesquels, et rien ne change. Un changement pas ' +
			'publié ou déjà annulé : 409 ; inconnu : 404.',
		pathParameters: changesetParamsSchema,
		parameters: { id: 'Identifiant du changement à annuler.' },
		body: revertSchema,
		bodyDescription: 'Pourquoi l’annuler (obligatoire).',
		role: 'curateur',
		response: 'Changeset',
		responseDescription: 'Le changement d’annulation, publié.',
		errors: [...WRITE_ERRORS, 404]
	},
	{
		path: '/api/imports',
		method: 'post',
		operationId: 'startImport',
		tag: 'imports',
		summary: 'Importer un tableur : lecture et aperçu',
		description:
			'Un fichier CSV (séparateur et encodage UTF-8 ou Windows-1252 détectés) ou Excel .xlsx (une feuille, `sheet`, la première par défaut), ' +
			'et ce qu’il contient : `preset` (`membres` d’un cluster — `clusterId` obligatoire —, `acteurs`, `projets` et leurs partenaires, ' +
			'`financements`), les colonnes devinées d’après leurs en-têtes, ou associées à la main (`mapping`). Rien n’est écrit : la lecture ' +
			'et la comparaison au graphe se font en arrière-plan (202) ; suivez-les par GET /api/imports/{id} (`state`, `progress`), ou ' +
			'ajoutez `?wait=true` pour n’avoir la réponse qu’une fois l’aperçu prêt. Un compte garde au plus 5 imports à la fois ; un import ' +
			'non appliqué est oublié après 24 heures ou au redémarrage du serveur.',
		query: uploadQuerySchema,
		parameters: {
			wait: '`true` : répondre une fois la lecture finie.',
			name: 'Quand le corps est le fichier lui-même : son nom, avec son extension (obligatoire alors).',
			preset: 'Quand le corps est le fichier lui-même : `membres`, `acteurs`, `projets` ou `financements`.',
			clusterId: 'Quand le corps est le fichier lui-même : le cluster des membres.',
			sheet: 'Quand le corps est le fichier lui-même : la feuille du classeur.',
			mapping: 'Quand le corps est le fichier lui-même : les colonnes associées, en JSON.',
			reason: 'Quand le corps est le fichier lui-même : pourquoi.'
		},
		multipart: importUploadSchema,
		bodyDescription:
			'Un formulaire multipart (le fichier et les options), comme l’envoie une page du site ; ou, plus simple pour un script, le ' +
			'fichier lui-même (`application/octet-stream`, `text/csv`…) avec les options dans la requête. Un formulaire multipart sans ' +
			'jeton d’API, venu d’une autre origine (sans l’en-tête `Origin` du site), est refusé avant l’API (403 `csrf-failed`).',
		role: 'contributeur',
		response: 'Import',
		status: 202,
		responseDescription: 'L’import, en lecture (`state: reading`) ou prêt (`state: ready`) avec son aperçu.',
		errors: [...WRITE_ERRORS, 413]
	},
	{
		path: '/api/imports/{id}',
		operationId: 'getImport',
		tag: 'imports',
		summary: 'Un import : avancement, colonnes, bilan, lignes',
		description:
			'L’état (`reading`, `ready`, `applying`, `applied`, `failed`), l’avancement (lignes lues, lignes par seconde), les colonnes ' +
			'et le champ de chacune, le bilan (`summary.sentence` : « 312 acteurs (287 reconnus, 25 nouveaux), 312 liens « membre de », ' +
			'4 lignes écartées ») et une page de lignes : pour chacune son statut, l’organisation reconnue et pourquoi (`siret`, `siren`, ' +
			'`name-and-place`, `name`, `close-name` avec son score) ou nouvelle, le lieu résolu, les problèmes par colonne et ce que ' +
			'l’application écrirait. Seul le compte qui l’a lancé le voit (404 pour les autres).',
		pathParameters: importParamsSchema,
		query: importQuerySchema,
		parameters: {
			id: 'Identifiant de l’import (imp-…).',
			status: 'Ne garder que les lignes de ce statut.',
			offset: 'Première ligne de la page.',
			limit: 'Lignes par page.',
			wait: '`true` : répondre une fois la lecture ou l’application finie.'
		},
		role: 'contributeur',
		response: 'Import',
		responseDescription: 'L’import et une page de ses lignes.',
		errors: [400, 401, 403, 404, ...DATABASE_ERRORS]
	},
	{
		path: '/api/imports/{id}',
		method: 'patch',
		operationId: 'reviseImport',
		tag: 'imports',
		summary: 'Changer les options ou les décisions d’un import, et le relire',
		description:
			'`options` (preset, cluster, feuille, colonnes) et/ou `decisions` : lignes écartées (`excluded`), entité choisie pour une ' +
			'ligne ambiguë ou « new » (`choices`), valeurs corrigées par colonne (`fixes`). L’aperçu est recalculé en arrière-plan (202). ' +
			'Un import appliqué ou en cours d’application : 409.',
		pathParameters: importParamsSchema,
		query: waitQuerySchema,
		parameters: { id: 'Identifiant de l’import.', wait: '`true` : répondre une fois la relecture finie.' },
		body: importRevisionSchema,
		role: 'contributeur',
		response: 'Import',
		status: 202,
		responseDescription: 'L’import, relu en arrière-plan.',
		errors: [...WRITE_ERRORS, 404]
	},
	{
		path: '/api/imports/{id}',
		method: 'delete',
		operationId: 'forgetImport',
		tag: 'imports',
		summary: 'Oublier un import',
		description: 'Le fichier et l’aperçu sont oubliés ; un changement déjà écrit reste dans l’historique (il s’annule là).',
		pathParameters: importParamsSchema,
		parameters: { id: 'Identifiant de l’import.' },
		role: 'contributeur',
		status: 204,
		responseDescription: 'Oublié.',
		errors: [400, 401, 403, 404, 409, 429, 503]
	},
	{
		path: '/api/imports/{id}/apply',
		method: 'post',
		operationId: 'applyImport',
		tag: 'imports',
		summary: 'Appliquer un import : un seul changement',
		description:
			'L’aperçu est recalculé sur le graphe tel qu’il est, puis écrit en une transaction, un seul changement (`kind: import`) dont ' +
			'la source est le fichier lui-même (chaque fait cite sa ligne) : publié aussitôt pour un curateur, proposé pour un ' +
			'contributeur. En arrière-plan (202) : GET /api/imports/{id} donne ensuite `changeset`, ou `nothingToDo` quand le graphe ' +
			'contient déjà tout ce que dit le fichier (le même fichier importé deux fois ne change rien). Un échec n’écrit rien. ' +
			'Annuler un import : POST /api/changesets/{id}/revert.',
		pathParameters: importParamsSchema,
		query: waitQuerySchema,
		parameters: { id: 'Identifiant de l’import.', wait: '`true` : répondre une fois l’import appliqué.' },
		body: importApplySchema,
		bodyDescription: 'Les dernières décisions, facultatives (sinon celles de l’aperçu).',
		role: 'contributeur',
		response: 'Import',
		status: 202,
		responseDescription: 'L’import, en cours d’application (`state: applying`) ou appliqué.',
		errors: [...WRITE_ERRORS, 404]
	},
	{
		path: '/api/imports/{id}/rejected.csv',
		operationId: 'getRejectedRows',
		tag: 'imports',
		summary: 'Les lignes écartées, en CSV',
		description:
			'Les colonnes du fichier, la ligne d’origine et le motif, séparées par des points-virgules, en UTF-8 avec BOM (Excel) : à ' +
			'corriger puis importer de nouveau.',
		pathParameters: importParamsSchema,
		parameters: { id: 'Identifiant de l’import.' },
		role: 'contributeur',
		media: { 'text/csv': { schema: { type: 'string' } } },
		responseDescription: 'Les lignes en erreur, écartées ou à trancher.',
		errors: [400, 401, 403, 404, 409, 503]
	},
	{
		path: '/api/import-mappings',
		operationId: 'listImportMappings',
		tag: 'imports',
		summary: 'Mes modèles de colonnes',
		description: 'Les associations de colonnes enregistrées par le compte, les plus récentes d’abord.',
		role: 'contributeur',
		response: 'ImportMappingList',
		responseDescription: 'Les modèles.',
		errors: [401, 403, ...DATABASE_ERRORS]
	},
	{
		path: '/api/import-mappings',
		method: 'post',
		operationId: 'saveImportMapping',
		tag: 'imports',
		summary: 'Enregistrer un modèle de colonnes',
		description: 'Un nom, un preset et les colonnes associées, pour le prochain fichier de même forme. Ce n’est pas un fait du graphe.',
		body: newMappingSchema,
		role: 'contributeur',
		response: 'ImportMapping',
		status: 201,
		responseDescription: 'Le modèle enregistré.',
		errors: WRITE_ERRORS
	},
	{
		path: '/api/documents',
		operationId: 'listDocuments',
		tag: 'documents',
		summary: 'Les documents lus',
		description:
			'Titre, éditeur, date, qui l’a ajouté et quand, et le nombre de faits proposés par état (à examiner, acceptés, proposés à la relecture, rejetés).',
		response: 'DocumentList',
		responseDescription: 'Les documents, les plus récents d’abord.',
		errors: DATABASE_ERRORS
	},
	{
		path: '/api/documents',
		method: 'post',
		operationId: 'readDocument',
		tag: 'documents',
		summary: 'Lire un document : entités reconnues et faits proposés',
		description:
			'Un texte (JSON `{ title, url?, publisher?, publishedAt?, kind?, text }`) ou un fichier (formulaire multipart : les mêmes champs et ' +
			'`file`, PDF, HTML, DOCX ou TXT, 10 Mo au plus). Le texte est découpé en sections ; les entités du graphe qu’il nomme sont reliées ' +
			'(`mentions` avec `entityId`), les organisations nouvelles, personnes, montants et années repérés ; chaque fait proposé a ses deux ' +
			'bouts, ses propriétés, la phrase qui l’appuie (`evidence`, `start`, `end`) et une confiance. La source du document est enregistrée ' +
			'(un changement `document`) ; aucun fait n’est écrit avant d’être accepté. Un fichier qui n’est pas ce que dit son nom, vide, un PDF ' +
			'sans texte, un texte illisible : 400 ; dans une autre langue que le français : 422 ; trop grand : 413.',
		body: documentInputSchema,
		multipart: documentUploadSchema,
		bodyDescription: 'Le texte en JSON, ou un formulaire multipart avec le fichier.',
		role: 'contributeur',
		response: 'DocumentRead',
		status: 201,
		headers: { Location: 'L’adresse du document : /api/documents/{id}.' },
		responseDescription: 'Le document lu : ses mentions et ses faits proposés.',
		errors: [...WRITE_ERRORS, 413, 422]
	},
	{
		path: '/api/documents/{id}',
		operationId: 'getDocument',
		tag: 'documents',
		summary: 'Un document lu',
		description: 'Son texte, ses sections, ses mentions et ses faits proposés avec leur état, qui en a décidé et le changement écrit.',
		pathParameters: documentParamsSchema,
		parameters: { id: 'Identifiant du document (doc-…).' },
		response: 'Document',
		responseDescription: 'Le document.',
		errors: [400, 404, ...DATABASE_ERRORS]
	},
	{
		path: '/api/documents/{id}/proposals/{pid}',
		method: 'post',
		operationId: 'decideProposal',
		tag: 'documents',
		summary: 'Accepter (avec modifications) ou rejeter un fait proposé',
		description:
			'`{ action: "accept", edits?: { type?, from?, to?, role?, amountEur?, year? } }` ou `{ action: "reject", reason? }`. Un bout ' +
			'nouveau est créé à l’acceptation, sauf si le graphe a désormais une entité de ce nom. Le fait cite le document, sa section et ' +
			'la phrase. Publié à l’instant pour un curateur ; proposé à la relecture pour un contributeur. Déjà traité : 409.',
		pathParameters: proposalParamsSchema,
		parameters: { id: 'Identifiant du document.', pid: 'Identifiant du fait proposé (p1, p2…).' },
		body: proposalDecisionSchema,
		role: 'contributeur',
		response: 'ProposalDecided',
		responseDescription: 'Le fait proposé tel que décidé, et le changement écrit (null pour un rejet ou un fait déjà dans le graphe).',
		errors: [...WRITE_ERRORS, 404]
	},
	{
		path: '/api/documents/{id}/accept-above',
		method: 'post',
		operationId: 'acceptProposalsAbove',
		tag: 'documents',
		summary: 'Accepter tous les faits proposés au-dessus d’une confiance',
		description:
			'`{ confidence }` entre 0 et 1 : chaque fait à examiner d’au moins cette confiance est accepté, un changement chacun ; ceux qui échouent sont dits avec leur raison.',
		pathParameters: documentParamsSchema,
		parameters: { id: 'Identifiant du document.' },
		body: acceptAboveSchema,
		role: 'contributeur',
		response: 'ProposalsAccepted',
		responseDescription: 'Le nombre de faits acceptés, ceux qui ont échoué, et les faits proposés du document.',
		errors: [...WRITE_ERRORS, 404]
	},
	{
		path: '/api/import-mappings/{id}',
		method: 'delete',
		operationId: 'deleteImportMapping',
		tag: 'imports',
		summary: 'Supprimer un de mes modèles de colonnes',
		pathParameters: mappingParamsSchema,
		parameters: { id: 'Identifiant du modèle (map-…).' },
		role: 'contributeur',
		status: 204,
		responseDescription: 'Supprimé.',
		errors: [400, 401, 403, 404, 429, ...DATABASE_ERRORS]
	},
	{
		path: '/api/graph/neighbourhood',
		operationId: 'getNeighbourhood',
		tag: 'graphe',
		summary: 'Le voisinage d’une entité',
		description:
			'L’entité, ses voisins à 1 ou 2 pas et toutes les relations entre eux. Les liens entre acteurs, projets et territoires passent ' +
			'avant LOCATED_IN et ADDRESSES, puis avant la géographie et le vocabulaire (IN, INCLUDES, BROADER) ; ensuite les plus proches, ' +
			'puis les plus reliés. `truncated` dit si `limit` a coupé la liste. À 2 pas, le second pas ne traverse ni thème, ni lieu, ' +
			`ni entité de plus de ${HUB_DEGREE} relations, et garde au plus ${SECOND_HOP_PER_NEIGHBOUR} voisins de chaque voisin ; ` +
			'`unfollowed` liste les voisins non traversés (`follow=all` les traverse).',
		query: neighbourhoodQuerySchema,
		parameters: {
			id: 'Identifiant de l’entité.',
			depth: 'Distance : 1 ou 2 pas.',
			limit: 'Nombre maximal de voisins (l’entité elle-même est toujours incluse).',
			types: 'Types de relation à suivre, séparés par des virgules (vide : tous).',
			kinds: 'Types de voisin à garder, séparés par des virgules (vide : tous).',
			follow: '`all` : à 2 pas, traverser aussi les thèmes, les lieux et les grands nœuds (plus lent sur un grand graphe).'
		},
		response: 'GraphPayload',
		responseDescription: 'Les nœuds (l’entité d’abord) et les relations entre eux.',
		errors: [400, 404, ...DATABASE_ERRORS]
	},
	{
		path: '/api/graph/neighbourhood/counts',
		operationId: 'countNeighbours',
		tag: 'graphe',
		summary: 'Les voisins d’une entité, comptés',
		description:
			'Combien de voisins par type d’entité et combien de relations par type, les plus nombreux d’abord, sans les lire : ' +
			'l’explorateur le demande avant d’ouvrir un nœud qui a plus de voisins qu’il n’en dessine à la fois.',
		query: neighbourCountsQuerySchema,
		parameters: { id: 'Identifiant de l’entité.' },
		response: 'NeighbourCounts',
		responseDescription: 'Le total des voisins, puis les voisins par type d’entité et les relations par type.',
		errors: [400, 404, ...DATABASE_ERRORS]
	},
	{
		path: '/api/graph/paths',
		operationId: 'findPaths',
		tag: 'graphe',
		summary: 'Les plus courts chemins entre deux entités',
		description: `Tous les plus courts chemins, sans tenir compte du sens des relations, de ${PATH_CAP} au plus (\`truncated\` sinon). Aucun chemin dans la longueur donnée : liste vide.`,
		query: pathsQuerySchema,
		parameters: {
			from: 'Entité de départ.',
			to: 'Entité d’arrivée (différente du départ).',
			maxLength: 'Nombre maximal de relations par chemin.',
			avoid: `\`geography\` : pas de région, département, EPCI ni commune en chemin ; \`themes\` : pas de thème ni de source ; \`hubs\` : pas d’entité de plus de ${HUB_DEGREE} relations (un programme national, par exemple), pour les liens directs entre acteurs.`
		},
		response: 'PathsPayload',
		responseDescription: 'Les chemins, chacun avec ses nœuds dans l’ordre et ses relations.',
		errors: [400, 404, ...DATABASE_ERRORS]
	},
	{
		path: '/api/graph/subgraph',
		operationId: 'getSubgraph',
		tag: 'graphe',
		summary: 'Des entités et toutes les relations entre elles',
		description: 'Pour rouvrir une vue partagée. Les identifiants inconnus sont ignorés ; 404 si aucun n’existe.',
		query: subgraphGetQuerySchema,
		parameters: { ids: 'Identifiants séparés par des virgules, 100 au plus (au-delà : le POST).' },
		response: 'GraphPayload',
		responseDescription: 'Les nœuds trouvés et les relations entre eux.',
		errors: [400, 404, ...DATABASE_ERRORS]
	},
	{
		path: '/api/graph/subgraph',
		method: 'post',
		operationId: 'postSubgraph',
		tag: 'graphe',
		summary: 'La même chose pour beaucoup d’identifiants',
		description:
			'Les identifiants dans un corps JSON `{ "ids": [...] }` (5 000 au plus) : une grande vue ne tient pas dans une URL ' +
			'(Node répond 431 au-delà de 16 Ko d’en-têtes).',
		body: subgraphQuerySchema,
		bodyDescription: 'Les identifiants des entités.',
		response: 'GraphPayload',
		responseDescription: 'Les nœuds trouvés et les relations entre eux.',
		errors: [400, 404, ...DATABASE_ERRORS]
	},
	{
		path: '/api/views',
		method: 'post',
		operationId: 'saveView',
		tag: 'graphe',
		summary: 'Enregistrer une vue de l’explorateur (sans compte nécessaire)',
		description:
			'Le corps est l’état de la vue que porte un lien `?vue=` (nœuds, positions, filtres, disposition…, 5 000 nœuds au plus, ' +
			`${SAVED_VIEW_MAX_CHARS.toLocaleString('fr')} caractères au plus). La vue est gardée dans Neo4j sous un identifiant aléatoire ` +
			'(un nœud `:SavedView`, hors du graphe des entités : ni la recherche, ni les exports, ni l’analyse ne le voient) et s’ouvre par ' +
			'`/explorer?vue-id=<id>`. Une vue n’est pas un fait du graphe : aucun compte n’est demandé, mais le nombre de vues par client ' +
			'est limité (`RATE_LIMIT_VIEWS_BURST`, `RATE_LIMIT_VIEWS_PER_MINUTE` : 10 d’un coup puis 30 par minute par défaut, par instance ; au-delà 429 avec Retry-After). ' +
			'Enregistrée par un compte (jeton d’API ou session), la vue lui appartient : lui ou un curateur peut la supprimer ' +
			`(DELETE /api/views/{id}) ; anonyme, elle est oubliée au bout de ${ANONYMOUS_VIEW_DAYS} jours. Une vue ne se modifie pas.`,
		body: viewStateSchema,
		bodyDescription: 'L’état de la vue.',
		status: 201,
		response: 'SavedViewCreated',
		responseDescription: 'La vue est enregistrée ; `Location` donne son adresse dans l’API, `href` le lien de l’explorateur.',
		headers: { Location: '/api/views/<id>' },
		errors: [400, 413, 429, ...DATABASE_ERRORS]
	},
	{
		path: '/api/views/{id}',
		operationId: 'getView',
		tag: 'graphe',
		summary: 'Une vue enregistrée',
		pathParameters: savedViewParamsSchema,
		parameters: { id: 'L’identifiant rendu par POST /api/views (22 caractères).' },
		response: 'SavedView',
		responseDescription: 'L’état de la vue, tel qu’il a été enregistré.',
		errors: [400, 404, ...DATABASE_ERRORS]
	},
	{
		path: '/api/views/{id}',
		method: 'delete',
		operationId: 'deleteView',
		tag: 'graphe',
		summary: 'Supprimer une vue enregistrée',
		description: 'Par le compte qui l’a enregistrée, ou par un curateur ; une vue anonyme, par un curateur seulement (403 sinon).',
		pathParameters: savedViewParamsSchema,
		parameters: { id: 'L’identifiant de la vue.' },
		role: 'lecteur',
		status: 204,
		responseDescription: 'La vue est supprimée.',
		errors: [400, 401, 403, 404, ...DATABASE_ERRORS]
	},
	{
		path: '/api/partners',
		method: 'post',
		operationId: 'suggestPartners',
		tag: 'partenaires',
		summary: 'Des partenaires et des financeurs pour un projet, classés et expliqués',
		description:
			'Le projet se décrit par un texte (thèmes et lieux y sont reconnus ; sans thème reconnu, ses autres mots sont cherchés dans les ' +
			'descriptions du graphe), des thèmes du vocabulaire, un lieu, les types de partenaire ' +
			'cherchés et « qui nous sommes » (un acteur, un projet ou un territoire du graphe). Chaque candidat a un score, somme pondérée de ' +
			'sa décomposition (thèmes, proximité géographique, proximité dans le réseau, expérience, complémentarité), des raisons tirées des ' +
			'faits du graphe, le petit graphe qui les établit et ses sources ; ceux qui travaillent déjà avec « qui nous sommes » sont marqués ' +
			'`alreadyPartner`. `funders` : financeurs et programmes de projets proches, avec les montants connus. Un thème, un lieu ou ' +
			'« qui nous sommes » inconnus donnent 400 en les nommant.',
		body: partnersRequestSchema,
		bodyDescription: 'Le projet décrit : au moins un texte, un thème ou « qui nous sommes ».',
		response: 'PartnersResponse',
		responseDescription: 'Les éléments reconnus, les partenaires suggérés (meilleurs d’abord) et les financeurs.',
		errors: [400, ...LIMITED_ERRORS]
	},
	{
		path: '/api/partners/recognise',
		method: 'post',
		operationId: 'recogniseProject',
		tag: 'partenaires',
		summary: 'Les thèmes et les lieux qu’un texte nomme',
		description:
			'Lit un texte en français avec le vocabulaire des thèmes (synonymes, formes des mots, sans accents) et les noms de lieux du graphe ' +
			'(régions, départements, intercommunalités, territoires, communes) : ce que la page affiche en étiquettes modifiables avant de chercher.',
		body: recogniseRequestSchema,
		bodyDescription: 'Le texte à lire.',
		response: 'RecogniseResponse',
		responseDescription: 'Les thèmes et les lieux reconnus, chacun avec les mots qui l’ont fait reconnaître.',
		errors: [400, ...LIMITED_ERRORS]
	},
	{
		path: '/api/query',
		method: 'post',
		operationId: 'runQuery',
		tag: 'requêtes',
		summary: 'Exécuter une requête Cypher en lecture seule',
		description: QUERY_RULES,
		body: queryRequestSchema,
		bodyDescription: '`cypher` : une seule instruction ; `params` : ses paramètres `$nom`, en JSON.',
		response: 'QueryResult',
		responseDescription: 'Colonnes, lignes (un objet par ligne), graphe éventuel, `truncated`, plafond de lignes et durée en ms.',
		errors: QUERY_ERRORS
	},
	{
		path: '/api/queries',
		operationId: 'listSavedQueries',
		tag: 'requêtes',
		summary: 'La bibliothèque de requêtes enregistrées',
		description:
			'Chaque question de `cypher/queries/` : titre et description en français et en anglais, paramètres typés avec leur valeur par défaut, texte Cypher.',
		response: 'SavedQueryList',
		responseDescription: 'Les requêtes enregistrées.',
		errors: []
	},
	{
		path: '/api/queries/{id}',
		method: 'post',
		operationId: 'runSavedQuery',
		tag: 'requêtes',
		summary: 'Exécuter une requête enregistrée',
		description: `Les paramètres sont vérifiés selon leur type (les absents prennent leur valeur par défaut), puis la requête s’exécute sous les mêmes règles que POST /api/query. ${QUERY_RULES}`,
		pathParameters: z.object({ id: z.string() }),
		parameters: { id: 'Identifiant de la requête (nom du fichier sans `.cypher`).' },
		body: savedQueryRunSchema,
		bodyOptional: true,
		bodyDescription: '`params` : valeurs des paramètres déclarés par la requête ; sans corps, tous prennent leur valeur par défaut.',
		response: 'QueryResult',
		responseDescription: 'Le résultat, comme POST /api/query.',
		errors: [...QUERY_ERRORS, 404]
	},
	{
		path: '/api/analysis',
		operationId: 'analyseProjection',
		tag: 'analyse',
		summary: 'Mesures de réseau sur une projection du graphe',
		description:
			'Lit la projection choisie (acteurs liés par des projets communs, territoires liés par des clusters communs, ou acteurs et ' +
			'projets), puis calcule sur le serveur, avec graphology : degré, degré pondéré, intermédiarité et proximité (en nombre de ' +
			'liens), PageRank pondéré, communautés de Louvain (graine fixe : mêmes données, mêmes communautés), et les chiffres de ' +
			'l’ensemble (densité, composantes, modularité) avec la distribution des degrés. Les nœuds viennent par PageRank décroissant.',
		query: analysisQuerySchema,
		parameters: {
			projection: '`actors-sharing-projects`, `territories-sharing-clusters` ou `actors-and-projects`.',
			region:
				'Identifiant d’une région (`region-28`) : projets situés dans la région ou dont un participant y est situé ; territoires de la région.',
			theme: 'Identifiant d’un thème : projets (ou clusters) qui le traitent, lui ou un thème plus précis.'
		},
		response: 'AnalysisResult',
		responseDescription: 'Les mesures de chaque nœud, les liens, les communautés et le résumé.',
		errors: [400, ...LIMITED_ERRORS]
	},
	{
		path: '/api/analysis/gexf',
		operationId: 'exportAnalysisGexf',
		tag: 'analyse',
		summary: 'Le réseau analysé, en GEXF pour Gephi',
		description:
			'Le réseau de la projection choisie, et lui seul (pas le graphe entier) : ses nœuds avec, en attributs typés, le type d’entité, ' +
			'les étiquettes (liste JSON), les mesures de GET /api/analysis (`degree`, `weightedDegree`, `betweenness`, `closeness`, ' +
			'`pagerank`) et la communauté de Louvain (`community`) ; ses liens non orientés avec leur poids (`weight`) et ce qu’ils ' +
			'représentent (`via`, liste JSON). `<meta><description>` nomme la projection, son périmètre et les sources (Licence Ouverte 2.0).',
		query: analysisQuerySchema,
		parameters: {
			projection: 'Comme GET /api/analysis.',
			region: 'Comme GET /api/analysis.',
			theme: 'Comme GET /api/analysis.'
		},
		responseDescription: 'Le fichier GEXF 1.3, en pièce jointe.',
		media: { 'application/gexf+xml': { schema: { type: 'string', description: 'GEXF 1.3' } } },
		headers: { 'Content-Disposition': 'attachment; filename="maillage-reseau-actors-sharing-projects-2025-03-14-0926.gexf"' },
		errors: [400, ...LIMITED_ERRORS]
	},
	{
		path: '/api/analysis/write',
		method: 'post',
		operationId: 'writeAnalysis',
		tag: 'analyse',
		summary: 'Écrire les mesures d’une projection sur les nœuds',
		description:
			'Recalcule l’analyse sur le serveur puis, dans une seule transaction, retire des entités les mesures écrites auparavant pour ' +
			'la même projection et écrit les nouvelles : `coProjectsPagerank`, `coProjectsCommunity`, `coProjectsScope`, ' +
			'`coProjectsComputedAt`… (préfixe `coClusters` ou `actorsProjects` pour les autres projections). Tout est écrit, ou rien, ' +
			'en un changement de l’historique (`kind: analysis`) qu’une annulation défait.',
		body: analysisWriteRequestSchema,
		bodyDescription: 'La projection et son périmètre.',
		role: 'curateur',
		response: 'AnalysisWriteResult',
		responseDescription: 'Les propriétés écrites et le nombre de nœuds touchés.',
		errors: [400, 401, 403, 429, ...DATABASE_ERRORS]
	},
	{
		path: '/api/export',
		operationId: 'exportGraph',
		tag: 'export',
		summary: 'Le graphe entier dans un fichier (GraphML, GEXF, CSV, JSON)',
		description:
			'Toutes les entités et toutes les relations, lues dans Neo4j page par page (5 000 entités, dans l’ordre des identifiants) et ' +
			'envoyées au fil de la lecture : la mémoire du serveur ne dépend pas de la taille du graphe. Chaque fichier porte ' +
			'l’attribution des sources (Licence Ouverte 2.0) : `<desc>` et donnée `attribution` du graphe en GraphML, `<meta><description>` ' +
			'en GEXF, champ `attribution` en JSON, première ligne `# …` des CSV (à sauter : `skiprows=1` avec pandas, `skip = 1` en R). ' +
			'Le CSV est en deux fichiers, `csv-nodes` et `csv-edges`, liés par les identifiants. Chaque propriété stockée a sa colonne, ' +
			'typée (`attr.type` en GraphML, attribut déclaré en GEXF) ; le type d’entité est dans `type`, à part d’une propriété `kind` ; ' +
			'les listes sont du texte JSON (`[]`, `[""]`). `Content-Disposition` nomme le fichier.',
		query: exportQuerySchema,
		parameters: { format: '`graphml`, `gexf`, `csv-nodes`, `csv-edges` ou `json`.' },
		response: 'GraphExport',
		responseDescription: 'Le fichier, en pièce jointe.',
		media: {
			'application/graphml+xml': { schema: { type: 'string', description: 'GraphML 1.0' } },
			'application/gexf+xml': { schema: { type: 'string', description: 'GEXF 1.3' } },
			'text/csv': { schema: { type: 'string', description: 'RFC 4180, UTF-8 avec BOM, ligne d’attribution `#` en tête' } },
			'application/json': { schema: { $ref: '#/components/schemas/GraphExport' } }
		},
		headers: { 'Content-Disposition': 'attachment; filename="maillage-graphe-2025-03-14-0926.graphml" (noeuds, liens pour les CSV)' },
		errors: [400, ...LIMITED_ERRORS]
	},
	{
		path: '/api/accounts',
		operationId: 'listAccounts',
		tag: 'comptes',
		summary: 'Les comptes',
		description: 'Chaque compte (jamais ses mots de passe ni ses jetons), avec ses sessions ouvertes et ses jetons d’API.',
		role: 'administrateur',
		bootstrap: true,
		response: 'AccountList',
		responseDescription: 'Les comptes.',
		errors: [401, 403, ...DATABASE_ERRORS]
	},
	{
		path: '/api/accounts',
		method: 'post',
		operationId: 'createAccount',
		tag: 'comptes',
		summary: 'Créer un compte local',
		description:
			'Avec `password` (12 caractères au moins), le compte s’en sert ; sans, la réponse donne une seule fois `temporaryPassword`, à ' +
			'transmettre, et la première connexion en fait choisir un autre. `role` : contributeur par défaut. Un e-mail qui a déjà un ' +
			'compte répond 409. Le jeton d’amorçage (MAILLAGE_ADMIN_TOKEN) ouvre cette opération et la liste des comptes, pour créer le ' +
			'premier administrateur sans passer par le serveur (sur le serveur : `npm run account -- create --role administrateur`).',
		body: accountRequestSchema,
		bodyDescription: 'Le compte : e-mail, nom, rôle, organisation et, au choix, mot de passe.',
		role: 'administrateur',
		bootstrap: true,
		status: 201,
		response: 'AccountCreated',
		responseDescription: 'Le compte créé, et son mot de passe temporaire s’il n’en a pas été donné.',
		headers: { 'Cache-Control': 'no-store : la réponse peut porter un mot de passe.' },
		errors: [400, 401, 403, 409, ...DATABASE_ERRORS]
	},
	{
		path: '/api/openapi.json',
		operationId: 'getOpenApi',
		tag: 'service',
		summary: 'Cette description OpenAPI 3.1',
		response: 'OpenApi',
		responseDescription: 'Le document OpenAPI.',
		errors: []
	},
	{
		path: '/healthz',
		operationId: 'getHealth',
		tag: 'service',
		summary: 'Vivacité : le processus répond (sans toucher à la base)',
		response: 'Health',
		responseDescription: 'Le processus répond.',
		errors: []
	},
	{
		path: '/readyz',
		operationId: 'getReadiness',
		tag: 'service',
		summary: 'Disponibilité : la base répond',
		response: 'Readiness',
		responseDescription: 'La base répond.',
		errors: []
	}
];

let document: JsonSchema | undefined;

/** The OpenAPI 3.1 document of every endpoint, built once from the zod schemas that validate them. */
export function openApiDocument(): JsonSchema {
	document ??= buildDocument();
	return document;
}

/** The documented paths, e.g. `/api/entities/{id}`. */
export function documentedPaths(): string[] {
	return operations.map((operation) => operation.path);
}

function buildDocument(): JsonSchema {
	const { schemas } = z.toJSONSchema(components, {
		io: 'output',
		uri: (id) => `#/components/schemas/${id}`,
		unrepresentable: 'any'
	}) as { schemas: Record<string, JsonSchema> };
	// Components are named by their key; a fragment-only `$id` is not valid JSON Schema 2020-12.
	for (const schema of Object.values(schemas)) {
		delete schema.$schema;
		delete schema.$id;
	}

	const paths: Record<string, JsonSchema> = {};
	for (const operation of operations)
		paths[operation.path] = { ...paths[operation.path], [operation.method ?? 'get']: operationObject(operation) };

	return {
		openapi: '3.1.0',
		info: {
			title: 'Maillage',
			version: '0.1.0',
			description:
				'API du graphe Maillage : acteurs, projets, financeurs et territoires de l’industrie française, chaque relation avec ses sources. ' +
				'Tout se lit sans compte. Écrire — contribuer, relire les propositions, annuler, gérer les comptes — demande un compte, ' +
				'par jeton d’API ou par session, et chaque opération d’écriture dit le rôle minimal qu’elle exige (lecteur < contributeur < ' +
				'curateur < administrateur). Chaque écriture du graphe est un changement de l’historique, avec ses valeurs avant et après.',
			license: { name: 'MIT', identifier: 'MIT' }
		},
		jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
		tags: [
			{ name: 'entités', description: 'Recherche et fiches' },
			{ name: 'contributions', description: 'Créer et modifier des entités et des liens, chacun avec sa source' },
			{ name: 'historique', description: 'Les changements : historique, relecture des propositions, annulation' },
			{ name: 'imports', description: 'Importer un tableur : aperçu rapproché du graphe, puis un seul changement' },
			{ name: 'documents', description: 'Lire un document : entités reconnues, faits proposés, acceptés ou rejetés un à un' },
			{ name: 'graphe', description: 'L’explorateur : voisinages, chemins, vues partagées' },
			{ name: 'partenaires', description: 'Le chercheur de partenaires : suggestions classées et expliquées, lecture d’un texte' },
			{ name: 'requêtes', description: 'Cypher en lecture seule et bibliothèque de requêtes enregistrées' },
			{ name: 'analyse', description: 'Mesures de réseau sur des projections du graphe' },
			{ name: 'export', description: 'Le graphe entier pour Gephi, R ou Python' },
			{ name: 'comptes', description: 'Les comptes, pour les administrateurs' },
			{ name: 'service', description: 'Santé du service et description de l’API' }
		],
		paths,
		components: {
			schemas: { ...schemas, OpenApi: { type: 'object', description: 'Un document OpenAPI 3.1.' } },
			responses: Object.fromEntries(
				Object.entries(errorResponses).map(([status, { name, description }]) => [
					name,
					{
						description,
						content: jsonContent('Error'),
						...(status === '401'
							? {
									headers: {
										'WWW-Authenticate': {
											description: 'Le défi `Bearer realm="maillage"`, avec `error="invalid_token"` quand le jeton envoyé est refusé.',
											schema: { type: 'string' }
										}
									}
								}
							: {}),
						...(status === '429'
							? {
									headers: {
										'Retry-After': { description: 'Secondes à attendre avant de réessayer.', schema: { type: 'integer', minimum: 1 } }
									}
								}
							: {})
					}
				])
			),
			securitySchemes: {
				apiToken: {
					type: 'http',
					scheme: 'bearer',
					description:
						'Jeton d’API d’un compte, créé dans /compte, agit avec le rôle du compte : `Authorization: Bearer mlg_…`. Il n’est ' +
						'montré qu’une fois, à sa création ; révoqué, ou son compte désactivé, il répond 401.'
				},
				session: {
					type: 'apiKey',
					in: 'cookie',
					name: SESSION_COOKIE,
					description:
						'La session des pages, ouverte par /connexion. Par ce cookie, une opération qui exige un compte demande aussi le ' +
						'jeton anti-CSRF de la session dans l’en-tête `X-CSRF-Token` ' +
						'(403 `csrf-failed` sans lui) : un autre site peut faire envoyer le cookie, jamais lire le jeton. Pour un script, un jeton d’API est plus simple.'
				},
				bootstrapToken: {
					type: 'http',
					scheme: 'bearer',
					description:
						`Le jeton d’amorçage, variable d’environnement \`MAILLAGE_ADMIN_TOKEN\` du serveur (${ADMIN_TOKEN_MIN_LENGTH} caractères au ` +
						'moins) : il n’ouvre que GET et POST /api/accounts, pour créer les premiers comptes ; partout ailleurs il ne vaut rien (401).'
				}
			}
		}
	};
}

function operationObject(operation: Operation): JsonSchema {
	const parameters = [
		...(operation.pathParameters ? parametersOf(operation.pathParameters, 'path', operation.parameters) : []),
		...(operation.query ? parametersOf(operation.query, 'query', operation.parameters) : [])
	];
	const content = operation.media ?? (operation.response ? jsonContent(operation.response) : undefined);
	const responses: JsonSchema = {
		[operation.status ?? 200]: {
			description: operation.responseDescription,
			...(content ? { content } : {}),
			...(operation.headers
				? {
						headers: Object.fromEntries(
							Object.entries(operation.headers).map(([name, description]) => [name, { description, schema: { type: 'string' } }])
						)
					}
				: {})
		}
	};
	if (operation.proposed && operation.response)
		responses[202] = { description: operation.proposed, content: jsonContent(operation.response) };
	for (const status of operation.errors) responses[status] = { $ref: `#/components/responses/${errorResponses[status].name}` };
	// Readiness answers 503 with its own body, so a load balancer reads the same shape either way.
	if (operation.response === 'Readiness') responses[503] = { description: 'La base ne répond pas.', content: jsonContent('Readiness') };
	const description = [operation.role && roleSentence(operation.role, operation.bootstrap), operation.description]
		.filter(Boolean)
		.join(' ');
	return {
		operationId: operation.operationId,
		tags: [operation.tag],
		summary: operation.summary,
		...(description ? { description } : {}),
		...(parameters.length > 0 ? { parameters } : {}),
		...(operation.body ? { requestBody: requestBody(operation.body, operation.bodyDescription, !operation.bodyOptional) } : {}),
		...(operation.multipart && !operation.body ? { requestBody: multipartBody(operation.multipart, operation.bodyDescription) } : {}),
		// A text as JSON or a file as a form: both bodies.
		...(operation.multipart && operation.body
			? {
					requestBody: {
						...requestBody(operation.body, operation.bodyDescription),
						content: {
							...(requestBody(operation.body).content as JsonSchema),
							'multipart/form-data': (multipartBody(operation.multipart).content as JsonSchema)['multipart/form-data']
						}
					}
				}
			: {}),
		...(operation.role
			? {
					security: [{ apiToken: [] }, { session: [] }, ...(operation.bootstrap ? [{ bootstrapToken: [] }] : [])],
					// For programs: the same rule as the sentence, as a value (an OpenAPI extension).
					'x-least-role': operation.role
				}
			: {}),
		responses
	};
}

/** The sentence that opens a protected operation's description: the least role, in French. */
function roleSentence(role: Role, bootstrap = false): string {
	const who = role === 'lecteur' ? 'lecteur, c’est-à-dire tout compte' : role;
	return `Rôle minimal : ${who}${bootstrap ? ' (ou le jeton d’amorçage MAILLAGE_ADMIN_TOKEN)' : ''}.`;
}

/**
 * One OpenAPI parameter per field of a zod object. The schema is the input side (what a caller
 * sends), with the default the server applies; lists are comma-separated (`style: form`,
 * `explode: false`), as `types=FUNDS,ANIMATES`.
 */
function parametersOf(schema: z.ZodObject, location: 'query' | 'path', descriptions: Record<string, string> = {}): JsonSchema[] {
	const input = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
	const output = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as JsonSchema;
	const inputProperties = (input.properties ?? {}) as Record<string, JsonSchema>;
	const outputProperties = (output.properties ?? {}) as Record<string, JsonSchema>;
	const required = new Set((output.required ?? []) as string[]);
	return Object.entries(inputProperties).map(([name, property]) => {
		const served = outputProperties[name] ?? {};
		const hasDefault = 'default' in served;
		const described = { ...served, ...property, ...(hasDefault ? { default: served.default } : {}) };
		// `?theme=` reads as no theme where the server says so, though a theme's id may not be empty.
		const emptyIsAbsent =
			location === 'query' &&
			served.type === 'string' &&
			['minLength', 'pattern', 'enum'].some((constraint) => constraint in served) &&
			(schema.shape[name] as z.ZodType).safeParse('').success;
		return {
			name,
			in: location,
			required: location === 'path' || (required.has(name) && !hasDefault),
			...(descriptions[name] ? { description: descriptions[name] } : {}),
			schema: emptyIsAbsent ? { anyOf: [{ type: 'string', maxLength: 0 }, described] } : described,
			...(property.type === 'array' ? { style: 'form', explode: false } : {})
		};
	});
}

/** A JSON request body from the zod schema that validates it (the input side: defaults are optional). */
function requestBody(schema: z.ZodType, description?: string, required = true): JsonSchema {
	const body = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
	delete body.$schema;
	return { required, ...(description ? { description } : {}), content: { 'application/json': { schema: body } } };
}

/** An upload's body: a multipart form (its fields from the zod schema, `file` as binary), or the file itself. */
function multipartBody(schema: z.ZodObject, description?: string): JsonSchema {
	const body = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema & { properties: Record<string, JsonSchema> };
	delete body.$schema;
	body.properties.file = { ...body.properties.file, type: 'string', format: 'binary', contentMediaType: 'application/octet-stream' };
	return {
		required: true,
		...(description ? { description } : {}),
		content: {
			'multipart/form-data': { schema: body },
			'application/octet-stream': { schema: { type: 'string', format: 'binary', contentMediaType: 'application/octet-stream' } }
		}
	};
}

function jsonContent(schemaId: string): JsonSchema {
	return { 'application/json': { schema: { $ref: `#/components/schemas/${schemaId}` } } };
}
