// Size: one declarative table, `operations`, describes every endpoint of the API (about half the
// file), beside the shared error answers; the code that turns them into the document is the last
// ~150 lines. Read top to bottom, the table is the API's reference; cut up, it would not be.
import { z } from 'zod';
import { apiErrorSchema } from '$lib/domain/api-error';
import { entityDetailSchema, entityParamsSchema, searchQuerySchema, searchResponseSchema } from '$lib/domain/entity';
import {
	graphEdgeSchema,
	graphNodeSchema,
	graphPayloadSchema,
	neighbourhoodQuerySchema,
	pathsPayloadSchema,
	pathsQuerySchema,
	subgraphQuerySchema
} from '$lib/domain/graph';
import { partnersRequestSchema, partnersResponseSchema, recogniseRequestSchema, recogniseResponseSchema } from '$lib/domain/partners';
import { ALLOWED_PROCEDURES, queryRequestSchema, queryResultSchema } from '$lib/domain/query';
import { savedQueryListSchema, savedQueryRunSchema } from '$lib/domain/saved-query';
import { analysisQuerySchema, analysisResultSchema, analysisWriteRequestSchema, analysisWriteResultSchema } from '$lib/domain/analysis';
import { exportQuerySchema, graphJsonSchema } from '$lib/domain/export';
import { SAVED_VIEW_MAX_CHARS, savedViewCreatedSchema, savedViewParamsSchema, savedViewSchema } from '$lib/domain/saved-view';
import { viewStateSchema } from '$lib/domain/view';
import { PATH_CAP } from '$lib/server/explore';

type JsonSchema = { [key: string]: unknown };

const healthSchema = z.object({ status: z.literal('ok') });
const readinessSchema = z.object({ status: z.enum(['ready', 'unavailable']), message: z.string().optional() });

/**
 * The response bodies, named once: the registry turns each into `#/components/schemas/<id>` and
 * every use of a named schema inside another (a GraphNode in a GraphPayload) into a `$ref`.
 */
const components = z.registry<{ id: string }>();
components.add(graphNodeSchema, { id: 'GraphNode' });
components.add(graphEdgeSchema, { id: 'GraphEdge' });
components.add(graphPayloadSchema, { id: 'GraphPayload' });
components.add(pathsPayloadSchema, { id: 'PathsPayload' });
components.add(searchResponseSchema, { id: 'SearchResponse' });
components.add(entityDetailSchema, { id: 'EntityDetail' });
components.add(partnersResponseSchema, { id: 'PartnersResponse' });
components.add(recogniseResponseSchema, { id: 'RecogniseResponse' });
components.add(queryResultSchema, { id: 'QueryResult' });
components.add(savedQueryListSchema, { id: 'SavedQueryList' });
components.add(apiErrorSchema, { id: 'Error' });
components.add(healthSchema, { id: 'Health' });
components.add(readinessSchema, { id: 'Readiness' });
components.add(analysisResultSchema, { id: 'AnalysisResult' });
components.add(analysisWriteRequestSchema, { id: 'AnalysisWriteRequest' });
components.add(analysisWriteResultSchema, { id: 'AnalysisWriteResult' });
components.add(graphJsonSchema, { id: 'GraphExport' });
components.add(viewStateSchema, { id: 'ViewState' });
components.add(savedViewSchema, { id: 'SavedView' });
components.add(savedViewCreatedSchema, { id: 'SavedViewCreated' });

type Status = 400 | 401 | 403 | 404 | 413 | 429 | 503 | 504;

const errorResponses: Record<Status, { name: string; description: string }> = {
	400: {
		name: 'InvalidInput',
		description:
			'Paramètre invalide : le message nomme chaque champ en cause, `Paramètres invalides — champ « limit » : …` (code `invalid-input`) ; ' +
			'pour une requête Cypher, aussi Cypher invalide ' +
			'(code `query-invalid`, message de Neo4j) ou forme refusée — plusieurs instructions, EXPLAIN/PROFILE, options CYPHER (code `query-refused`).'
	},
	401: {
		name: 'Unauthorized',
		description:
			'Jeton d’administration absent ou refusé (code `unauthorized`) ; l’en-tête `WWW-Authenticate: Bearer realm="maillage"` le demande.'
	},
	403: {
		name: 'Forbidden',
		description:
			'Écriture sans jeton d’administration configuré sur le serveur (code `writes-disabled`, le message dit comment en définir un) ; ' +
			'ou requête refusée avant exécution (code `query-refused`, `reason` nomme la règle) : écriture, schéma, administration, USE, LOAD CSV, ' +
			`IN TRANSACTIONS, fonction d’extension ou procédure hors de la liste permise (${ALLOWED_PROCEDURES.join(', ')}).`
	},
	404: { name: 'NotFound', description: 'Identifiant inconnu : le message le cite (code `not-found`).' },
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
	method?: 'get' | 'post';
	/** The JSON body a POST takes. */
	body?: z.ZodType;
	bodyDescription?: string;
	operationId: string;
	tag: string;
	summary: string;
	description?: string;
	query?: z.ZodObject;
	pathParameters?: z.ZodObject;
	/** Parameter descriptions, by name. */
	parameters?: Record<string, string>;
	/** Only for administrators: `Authorization: Bearer <MAILLAGE_ADMIN_TOKEN>`. */
	administrator?: boolean;
	response: string;
	responseDescription: string;
	/** The success status when it is not 200 (201 for a creation). */
	status?: 201;
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
		description: '300 relations au plus ; les comptes par type sont complets et `truncated` dit si la liste est coupée.',
		pathParameters: entityParamsSchema,
		parameters: { id: 'Identifiant de l’entité (slug).' },
		response: 'EntityDetail',
		responseDescription: 'L’entité.',
		errors: [400, 404, ...DATABASE_ERRORS]
	},
	{
		path: '/api/graph/neighbourhood',
		operationId: 'getNeighbourhood',
		tag: 'graphe',
		summary: 'Le voisinage d’une entité',
		description:
			'L’entité, ses voisins à 1 ou 2 pas et toutes les relations entre eux. Les liens entre acteurs, projets et territoires passent ' +
			'avant LOCATED_IN et ADDRESSES, puis avant la géographie et le vocabulaire (IN, INCLUDES, BROADER) ; ensuite les plus proches, ' +
			'puis les plus reliés. `truncated` dit si `limit` a coupé la liste.',
		query: neighbourhoodQuerySchema,
		parameters: {
			id: 'Identifiant de l’entité.',
			depth: 'Distance : 1 ou 2 pas.',
			limit: 'Nombre maximal de voisins (l’entité elle-même est toujours incluse).',
			types: 'Types de relation à suivre, séparés par des virgules (vide : tous).',
			kinds: 'Types de voisin à garder, séparés par des virgules (vide : tous).'
		},
		response: 'GraphPayload',
		responseDescription: 'Les nœuds (l’entité d’abord) et les relations entre eux.',
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
			avoid: '`geography` : pas de région, département, EPCI ni commune en chemin ; `themes` : pas de thème ni de source.'
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
		query: subgraphQuerySchema,
		parameters: { ids: 'Identifiants séparés par des virgules.' },
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
		summary: 'Enregistrer une vue de l’explorateur (sans compte)',
		description:
			'Le corps est l’état de la vue que porte un lien `?vue=` (nœuds, positions, filtres, disposition…, 5 000 nœuds au plus, ' +
			`${SAVED_VIEW_MAX_CHARS.toLocaleString('fr')} caractères au plus). La vue est gardée dans Neo4j sous un identifiant aléatoire ` +
			'(un nœud `:SavedView`, hors du graphe des entités : ni la recherche, ni les exports, ni l’analyse ne le voient) et s’ouvre par ' +
			'`/explorer?vue-id=<id>`. Une vue n’est pas un fait du graphe : aucun jeton n’est demandé, mais le nombre de vues par client ' +
			'est limité (`RATE_LIMIT_VIEWS_BURST`, `RATE_LIMIT_VIEWS_PER_MINUTE` : 10 d’un coup puis 30 par minute par défaut, par instance ; au-delà 429 avec Retry-After) et une vue ne se modifie ni ne se supprime par l’API.',
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
		path: '/api/partners',
		method: 'post',
		operationId: 'suggestPartners',
		tag: 'partenaires',
		summary: 'Des partenaires et des financeurs pour un projet, classés et expliqués',
		description:
			'Le projet se décrit par un texte (thèmes et lieux y sont reconnus), des thèmes du vocabulaire, un lieu, les types de partenaire ' +
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
		bodyDescription: '`params` : valeurs des paramètres déclarés par la requête.',
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
		path: '/api/analysis/write',
		method: 'post',
		operationId: 'writeAnalysis',
		tag: 'analyse',
		summary: 'Écrire les mesures d’une projection sur les nœuds (administrateurs)',
		description:
			'Recalcule l’analyse sur le serveur puis, dans une seule transaction, retire des entités les mesures écrites auparavant pour ' +
			'la même projection et écrit les nouvelles : `coProjectsPagerank`, `coProjectsCommunity`, `coProjectsScope`, ' +
			'`coProjectsComputedAt`… (préfixe `coClusters` ou `actorsProjects` pour les autres projections). Tout est écrit, ou rien.',
		body: analysisWriteRequestSchema,
		bodyDescription: 'La projection et son périmètre.',
		administrator: true,
		response: 'AnalysisWriteResult',
		responseDescription: 'Les propriétés écrites et le nombre de nœuds touchés.',
		errors: [400, 401, 403, ...DATABASE_ERRORS]
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
			'Le CSV est en deux fichiers, `csv-nodes` et `csv-edges`, liés par les identifiants. `Content-Disposition` nomme le fichier.',
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
				'API en lecture du graphe Maillage : acteurs, projets, financeurs et territoires de l’industrie française, chaque relation avec ses sources.',
			license: { name: 'MIT', identifier: 'MIT' }
		},
		jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
		tags: [
			{ name: 'entités', description: 'Recherche et fiches' },
			{ name: 'graphe', description: 'L’explorateur : voisinages, chemins, vues partagées' },
			{ name: 'partenaires', description: 'Le chercheur de partenaires : suggestions classées et expliquées, lecture d’un texte' },
			{ name: 'requêtes', description: 'Cypher en lecture seule et bibliothèque de requêtes enregistrées' },
			{ name: 'analyse', description: 'Mesures de réseau sur des projections du graphe' },
			{ name: 'export', description: 'Le graphe entier pour Gephi, R ou Python' },
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
							? { headers: { 'WWW-Authenticate': { description: 'Le défi `Bearer realm="maillage"`.', schema: { type: 'string' } } } }
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
				administratorToken: {
					type: 'http',
					scheme: 'bearer',
					description:
						'Le jeton défini par la variable d’environnement `MAILLAGE_ADMIN_TOKEN` du serveur (32 caractères au moins). ' +
						'Sans elle, les écritures répondent 403.'
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
	const responses: JsonSchema = {
		[operation.status ?? 200]: {
			description: operation.responseDescription,
			content: operation.media ?? jsonContent(operation.response),
			...(operation.headers
				? {
						headers: Object.fromEntries(
							Object.entries(operation.headers).map(([name, description]) => [name, { description, schema: { type: 'string' } }])
						)
					}
				: {})
		}
	};
	for (const status of operation.errors) responses[status] = { $ref: `#/components/responses/${errorResponses[status].name}` };
	// Readiness answers 503 with its own body, so a load balancer reads the same shape either way.
	if (operation.response === 'Readiness') responses[503] = { description: 'La base ne répond pas.', content: jsonContent('Readiness') };
	return {
		operationId: operation.operationId,
		tags: [operation.tag],
		summary: operation.summary,
		...(operation.description ? { description: operation.description } : {}),
		...(parameters.length > 0 ? { parameters } : {}),
		...(operation.body ? { requestBody: requestBody(operation.body, operation.bodyDescription) } : {}),
		...(operation.administrator ? { security: [{ administratorToken: [] }] } : {}),
		responses
	};
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
		return {
			name,
			in: location,
			required: location === 'path' || (required.has(name) && !hasDefault),
			...(descriptions[name] ? { description: descriptions[name] } : {}),
			schema: { ...served, ...property, ...(hasDefault ? { default: served.default } : {}) },
			...(property.type === 'array' ? { style: 'form', explode: false } : {})
		};
	});
}

/** A JSON request body from the zod schema that validates it (the input side: defaults are optional). */
function requestBody(schema: z.ZodType, description?: string): JsonSchema {
	const body = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
	delete body.$schema;
	return { required: true, ...(description ? { description } : {}), content: { 'application/json': { schema: body } } };
}

function jsonContent(schemaId: string): JsonSchema {
	return { 'application/json': { schema: { $ref: `#/components/schemas/${schemaId}` } } };
}
