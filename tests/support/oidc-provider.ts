/**
 * A real OpenID provider (panva's oidc-provider, the certified one) on loopback, for the tests of
 * the single sign-on: discovery, the authorization code flow with PKCE, ID tokens, userinfo, all as
 * a deployment's provider would answer. Only its sign-in page is ours (a login field and two
 * buttons, in French), because oidc-provider's development pages are for humans reading English
 * debug output and accept any login.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Account, type AdapterFactory, type AdapterPayload, type JWK, type KoaContextWithOIDC } from 'oidc-provider';

/** A person the provider knows, by login. */
export interface TestAccount {
	email: string;
	name: string;
}

/** Fictitious people only. */
export const TEST_ACCOUNTS: Readonly<Record<string, TestAccount>> = Object.freeze({
	'camille.fictive': { email: 'camille.fictive@example.test', name: 'Camille Fictive' },
	'dominique.exemple': { email: 'dominique.exemple@example.test', name: 'Dominique Exemple' }
});

export interface TestProviderOptions {
	/** 0 (the default): any free port. */
	port?: number;
	/** The client's redirect URIs, exactly as the app sends them. */
	redirectUris: string[];
	/** Who may sign in, by login; TEST_ACCOUNTS unless said. */
	accounts?: Record<string, TestAccount>;
	/** Fixed for the end-to-end runs, so that a person can retrace them; otherwise `maillage` and a random secret. */
	clientId?: string;
	clientSecret?: string;
}

export interface TestProvider {
	issuer: string;
	clientId: string;
	clientSecret: string;
	stop(): Promise<void>;
}

const escapeHtml = (text: string) =>
	text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char);

function page(title: string, body: string): string {
	return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
}

function loginForm(action: string, message?: string, login = ''): string {
	return page(
		'Fournisseur d’identité de test',
		`${message ? `<p role="alert">${escapeHtml(message)}</p>` : ''}
<form method="post" action="${escapeHtml(action)}">
<label for="login">Identifiant</label> <input id="login" name="login" required autocomplete="username" value="${escapeHtml(login)}">
<button type="submit" name="action" value="login">Se connecter</button>
<button type="submit" name="action" value="abort" formnovalidate>Refuser</button>
</form>`
	);
}

async function readForm(request: IncomingMessage): Promise<URLSearchParams> {
	let body = '';
	for await (const chunk of request) {
		body += String(chunk);
		if (body.length > 10_000) break;
	}
	return new URLSearchParams(body);
}

function send(response: ServerResponse, status: number, html: string): void {
	response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
	response.end(html);
}

/** The given name is the first word of the name, the family name the rest: enough for the claims of the profile. */
function accountClaims(login: string, account: TestAccount): Record<string, unknown> {
	const [given, ...family] = account.name.split(' ');
	return {
		sub: login,
		email: account.email,
		email_verified: true,
		name: account.name,
		given_name: given,
		family_name: family.join(' '),
		usual_name: family.join(' ')
	};
}

/**
 * The provider's storage, one per provider: its built-in one is shared by every provider of the
 * process (two providers on the same port would see each other's sessions) and warns at each start.
 * Expiry needs nothing here: the provider checks `exp` itself.
 */
function memoryAdapter(): AdapterFactory {
	const store = new Map<string, AdapterPayload>();
	return (model) => ({
		upsert: async (id, payload) => void store.set(`${model}:${id}`, payload),
		find: async (id) => store.get(`${model}:${id}`),
		findByUid: async (uid) => [...store].find(([key, payload]) => key.startsWith(`${model}:`) && payload.uid === uid)?.[1],
		findByUserCode: async () => undefined,
		consume: async (id) => {
			const payload = store.get(`${model}:${id}`);
			if (payload) payload.consumed = Math.floor(Date.now() / 1000);
		},
		destroy: async (id) => void store.delete(`${model}:${id}`),
		revokeByGrantId: async (grantId) => {
			for (const [key, payload] of store) if (payload.grantId === grantId) store.delete(key);
		}
	});
}

/** Starts the provider on 127.0.0.1; `stop()` closes it and its connections. */
export async function startTestProvider(options: TestProviderOptions): Promise<TestProvider> {
	const accounts = options.accounts ?? TEST_ACCOUNTS;
	const clientId = options.clientId ?? 'maillage';
	const clientSecret = options.clientSecret ?? randomBytes(24).toString('base64url');

	// The issuer holds the port, so the server listens first and hands requests to the provider once it exists.
	let handle: (request: IncomingMessage, response: ServerResponse) => void = (_request, response) => send(response, 503, '');
	const server = createServer((request, response) => handle(request, response));
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
	});
	const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

	const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
	const provider = new Provider(issuer, {
		clients: [
			{
				client_id: clientId,
				client_secret: clientSecret,
				redirect_uris: options.redirectUris,
				grant_types: ['authorization_code'],
				response_types: ['code'],
				// As ProConnect: the secret in the body of the token request.
				token_endpoint_auth_method: 'client_secret_post'
			}
		],
		adapter: memoryAdapter(),
		// Short lives, as ProConnect's (a minute for the tokens); set so that the provider does not ask for them at each run.
		ttl: { AccessToken: 60, AuthorizationCode: 60, IdToken: 60, Interaction: 600, Session: 3600, Grant: 3600 },
		jwks: { keys: [{ ...(privateKey.export({ format: 'jwk' }) as JWK), use: 'sig', alg: 'RS256' }] },
		cookies: { keys: [randomBytes(32).toString('base64url')] },
		// The scopes of a generic provider (profile) and ProConnect's (given_name, usual_name).
		claims: {
			openid: ['sub'],
			email: ['email', 'email_verified'],
			profile: ['name', 'given_name', 'family_name'],
			given_name: ['given_name'],
			usual_name: ['usual_name']
		},
		pkce: { required: () => true },
		features: { devInteractions: { enabled: false } },
		interactions: { url: (_context, interaction) => `/interaction/${interaction.uid}` },
		findAccount: (_context, sub): Account | undefined => {
			const account = accounts[sub];
			return account && { accountId: sub, claims: () => accountClaims(sub, account) as { sub: string } };
		},
		// The app is first-party: its scopes are granted at sign-in, with no consent page.
		loadExistingGrant: async (context: KoaContextWithOIDC) => {
			const { oidc } = context;
			const grantId = oidc.result?.consent?.grantId ?? oidc.session?.grantIdFor(oidc.client!.clientId);
			if (grantId) return oidc.provider.Grant.find(grantId);
			const grant = new oidc.provider.Grant({ clientId: oidc.client!.clientId, accountId: oidc.session!.accountId });
			grant.addOIDCScope(String(oidc.params?.scope ?? 'openid'));
			await grant.save();
			return grant;
		},
		renderError: (context, out) => {
			context.type = 'html';
			context.body = page(
				'Erreur du fournisseur d’identité de test',
				`<p>${escapeHtml(`${out.error}: ${out.error_description ?? ''}`)}</p>`
			);
		}
	});
	const providerCallback = provider.callback();

	async function interaction(request: IncomingMessage, response: ServerResponse): Promise<void> {
		const details = await provider.interactionDetails(request, response);
		if (details.prompt.name !== 'login') return send(response, 501, page('Étape non prise en charge', `<p>${details.prompt.name}</p>`));
		const action = new URL(request.url ?? '/', issuer).pathname;
		if (request.method !== 'POST') return send(response, 200, loginForm(action));
		const form = await readForm(request);
		if (form.get('action') === 'abort') {
			const result = { error: 'access_denied', error_description: 'La personne a refusé la connexion.' };
			return provider.interactionFinished(request, response, result, { mergeWithLastSubmission: false });
		}
		const login = (form.get('login') ?? '').trim();
		if (!Object.hasOwn(accounts, login)) return send(response, 401, loginForm(action, `Identifiant inconnu : « ${login} ».`, login));
		await provider.interactionFinished(request, response, { login: { accountId: login } }, { mergeWithLastSubmission: false });
	}

	handle = (request, response) => {
		if (!/^\/interaction\/[\w-]+$/.test(new URL(request.url ?? '/', issuer).pathname)) return void providerCallback(request, response);
		interaction(request, response).catch((error: unknown) => {
			if (!response.headersSent) send(response, 400, page('Interaction expirée ou invalide', `<p>${escapeHtml(String(error))}</p>`));
		});
	};

	return {
		issuer,
		clientId,
		clientSecret,
		stop: () =>
			new Promise<void>((resolve, reject) => {
				server.close((error) => (error ? reject(error) : resolve()));
				server.closeAllConnections();
			})
	};
}

/** The cookies a browser would keep for the provider: name → value, all on one host. */
type CookieJar = Map<string, string>;

function remember(jar: CookieJar, response: Response): void {
	for (const cookie of response.headers.getSetCookie()) {
		const [pair] = cookie.split(';');
		const separator = pair.indexOf('=');
		const [name, value] = [pair.slice(0, separator).trim(), pair.slice(separator + 1).trim()];
		if (value === '' || /expires=Thu, 01 Jan 1970/i.test(cookie)) jar.delete(name);
		else jar.set(name, value);
	}
}

async function request(jar: CookieJar, url: URL, init: RequestInit = {}): Promise<Response> {
	const headers = new Headers(init.headers);
	if (jar.size) headers.set('cookie', [...jar].map(([name, value]) => `${name}=${value}`).join('; '));
	const response = await fetch(url, { ...init, headers, redirect: 'manual' });
	remember(jar, response);
	return response;
}

/**
 * Plays the person's part at the provider with fetch, as a browser would: follows the redirects
 * from `authorizationUrl` to the sign-in page, submits `login` (or refuses, with `null`), submits
 * any further form as it is (a consent page), and stops at the first redirect to `redirectUri`:
 * the callback address, returned with its code (or error) and state.
 */
export async function signInAtProvider(authorizationUrl: URL, redirectUri: string, login: string | null): Promise<URL> {
	const jar: CookieJar = new Map();
	let response = await request(jar, authorizationUrl);
	for (let step = 0; step < 20; step += 1) {
		const location = response.headers.get('location');
		if (location) {
			const next = new URL(location, response.url || authorizationUrl);
			if (next.href.startsWith(redirectUri)) return next;
			response = await request(jar, next);
			continue;
		}
		const html = await response.text();
		const form = /<form[^>]*action="([^"]+)"/.exec(html);
		if (!form) throw new Error(`The provider answered ${response.status} without a redirect or a form:\n${html}`);
		const body = new URLSearchParams();
		for (const [, name, value] of html.matchAll(/<input[^>]*type="hidden"[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)) body.set(name, value);
		if (/name="login"/.test(html)) {
			body.set('action', login === null ? 'abort' : 'login');
			if (login !== null) body.set('login', login);
		}
		const action = new URL(form[1].replace(/&amp;/g, '&'), response.url || authorizationUrl);
		response = await request(jar, action, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
	}
	throw new Error('The provider never redirected back to the app');
}
