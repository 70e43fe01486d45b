// The per-client rate limits switched off (`RATE_LIMIT_<ENDPOINT>_PER_MINUTE=0`), for a program that
// is one client on purpose and would otherwise measure 429s. The list is the server's
// (`rateLimitedEndpoints`, src/lib/server/db/settings.ts); rate-limits-off.spec.ts keeps them equal.
export const RATE_LIMITED_ENDPOINTS = ['partners', 'recognise', 'query', 'analysis', 'export', 'views', 'signin', 'writes'];

export const RATE_LIMITS_OFF = Object.fromEntries(
	RATE_LIMITED_ENDPOINTS.map((endpoint) => [`RATE_LIMIT_${endpoint.toUpperCase()}_PER_MINUTE`, '0'])
);
