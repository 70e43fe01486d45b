/**
 * The query console: read-only Cypher written by someone else, checked, planned and run under
 * limits (`engine.ts`), the saved-query library, and the API's answers. Import by namespace:
 * `import * as queries from '$lib/server/console'`.
 */
export { answerQuery } from './answer';
export { runCli } from './cli';
export { runQuery } from './engine';
export { savedQueries } from './library';
export { checkPlan } from './plan';
export { QueryBusyError, QueryInvalidError, QueryRefusedError } from './refusal';
export { graphSchema, listSavedQueries, querySettings, runForClient, savedQuery, savedQueryParameters } from './service';
export { limitsOf, readQuerySettings, type QueryLimits } from './settings';
