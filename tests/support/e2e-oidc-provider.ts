/**
 * The end-to-end runs' OpenID provider: `node scripts/run-ts.js tests/support/e2e-oidc-provider.ts`,
 * started and stopped by scripts/e2e.js around Playwright. It listens on E2E_OIDC_PORT and knows one
 * client, whose redirect URI is E2E_OIDC_REDIRECT_URI; it prints one line, `OIDC_PROVIDER_READY
 * {issuer, clientId, clientSecret}`, once it listens, and stops at SIGTERM or SIGINT.
 */
import { startTestProvider } from './oidc-provider';

/** Fixed, so that a person can retrace a run by hand; test values, on a server that only listens on loopback. */
export const E2E_OIDC_CLIENT_ID = 'maillage-e2e';
export const E2E_OIDC_CLIENT_SECRET = 'e2e-oidc-client-secret-not-a-secret-0123456789';

export async function main(): Promise<number> {
	const port = Number(process.env.E2E_OIDC_PORT);
	const redirectUri = process.env.E2E_OIDC_REDIRECT_URI;
	if (!Number.isInteger(port) || !redirectUri) {
		console.error('E2E_OIDC_PORT and E2E_OIDC_REDIRECT_URI are required (scripts/e2e.js sets them).');
		return 2;
	}
	const provider = await startTestProvider({
		port,
		redirectUris: [redirectUri],
		clientId: E2E_OIDC_CLIENT_ID,
		clientSecret: E2E_OIDC_CLIENT_SECRET
	});
	const { issuer, clientId, clientSecret } = provider;
	console.log(`OIDC_PROVIDER_READY ${JSON.stringify({ issuer, clientId, clientSecret })}`);
	await new Promise<void>((resolve) => {
		process.once('SIGTERM', () => resolve());
		process.once('SIGINT', () => resolve());
	});
	await provider.stop();
	return 0;
}
