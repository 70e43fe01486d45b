/**
 * OpenID Connect single sign-on (ProConnect, or a deployment's own provider): the authorization
 * code flow with PKCE, state and nonce, by openid-client, the OpenID Foundation's certified client.
 * The caller keeps `pending` in a short-lived cookie between the two halves of the flow.
 * Nothing here logs, and no error carries a token, a code or the client secret.
 */
import * as client from 'openid-client';
import { z } from 'zod';
import { describeIssues } from '$lib/domain/issues';
import { ENVIRONMENT } from '$lib/server/db/settings';

/** A sign-in that cannot go on; `message` is French, fit for the sign-in page. */
export class OidcError extends Error {
	override name = 'OidcError';
	constructor(
		message: string,
		/** What went wrong, for the caller's logs and choices. */
		readonly reason: 'unavailable' | 'access-denied' | 'provider-refused' | 'state-mismatch' | 'no-email' | 'invalid-claims' | 'failed',
		/** The library's error code and fixed message (never a token or a response body), for the logs. */
		readonly detail?: string
	) {
		super(message);
	}
}

/** The single sign-on settings, read from `OIDC_*` variables. */
export interface OidcSettings {
	issuer: URL;
	clientId: string;
	clientSecret: string;
	/** Space-separated, `openid` among them. */
	scopes: string;
	/** The provider's name on the sign-in button. */
	label: string;
}

/** The person the provider vouches for. */
export interface OidcIdentity {
	issuer: string;
	/** The provider's stable id for the person: with `issuer`, the key of the account. */
	subject: string;
	email: string;
	name: string;
}

/** What the callback needs from the start of the flow; JSON in a cookie, parsed back with this schema. */
export const pendingSchema = z.object({
	state: z.string().min(32).max(256),
	nonce: z.string().min(32).max(256),
	// RFC 7636: 43 to 128 characters.
	codeVerifier: z.string().min(43).max(128)
});
export type PendingSignIn = z.infer<typeof pendingSchema>;

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const DISCOVERY = '/.well-known/openid-configuration';

/** ProConnect answers on agentconnect domains (auth.agentconnect.gouv.fr, fca.integ01.dev-agentconnect.fr). */
const isProConnect = (issuer: URL) => /proconnect|agentconnect/.test(issuer.hostname);

const unsetWhenBlank = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const required = (name: string) =>
	z.preprocess(unsetWhenBlank, z.string({ error: `est obligatoire quand OIDC_ISSUER est défini (${name})` }).trim());

const issuerSchema = z
	.string()
	.trim()
	.transform((text, context) => {
		let url: URL;
		try {
			url = new URL(text);
		} catch {
			context.addIssue({ code: 'custom', message: 'doit être une adresse (https://…), celle de l’émetteur OpenID Connect' });
			return z.NEVER;
		}
		if (url.search || url.hash || url.username || url.password) {
			context.addIssue({ code: 'custom', message: 'ne doit porter ni paramètres, ni fragment, ni identifiants' });
		} else if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) {
			// Tokens and the client secret travel on this connection: plain http only on this machine.
			context.addIssue({ code: 'custom', message: 'doit être en https:// (http:// n’est accepté que sur 127.0.0.1, localhost ou [::1])' });
		} else if (url.protocol !== 'https:' && url.protocol !== 'http:') {
			context.addIssue({ code: 'custom', message: 'doit être une adresse https://' });
		}
		// People paste the discovery address or a trailing slash; the issuer must match the provider's own, exactly.
		if (url.pathname.endsWith(DISCOVERY)) url.pathname = url.pathname.slice(0, -DISCOVERY.length) || '/';
		if (url.pathname !== '/') url.pathname = url.pathname.replace(/\/+$/, '');
		return url;
	});

const settingsSchema = z.object({
	OIDC_ISSUER: issuerSchema,
	OIDC_CLIENT_ID: required('l’identifiant du client donné par le fournisseur').pipe(z.string().min(1, 'ne doit pas être vide')),
	OIDC_CLIENT_SECRET: required('le secret du client donné par le fournisseur').pipe(z.string().min(1, 'ne doit pas être vide')),
	OIDC_SCOPES: z.preprocess(
		unsetWhenBlank,
		z
			.string()
			.transform((scopes) => scopes.trim().split(/\s+/).join(' '))
			.refine((scopes) => scopes.split(' ').includes('openid'), 'doit contenir « openid »')
			.optional()
	),
	OIDC_LABEL: z.preprocess(unsetWhenBlank, z.string().trim().max(60, 'doit compter au plus 60 caractères').optional())
});

/**
 * The single sign-on settings, or null when `OIDC_ISSUER` is unset (sign-in by password only).
 * Throws an error naming each wrong variable (never its value: one of them is a secret).
 */
export function readOidcSettings(env: Record<string, string | undefined>): OidcSettings | null {
	if (unsetWhenBlank(env.OIDC_ISSUER) === undefined) return null;
	const parsed = settingsSchema.safeParse({
		OIDC_ISSUER: env.OIDC_ISSUER,
		OIDC_CLIENT_ID: env.OIDC_CLIENT_ID,
		OIDC_CLIENT_SECRET: env.OIDC_CLIENT_SECRET,
		OIDC_SCOPES: env.OIDC_SCOPES,
		OIDC_LABEL: env.OIDC_LABEL
	});
	if (!parsed.success) {
		throw new Error(`Configuration de la connexion unique invalide :\n  ${describeIssues(parsed.error.issues, ENVIRONMENT)}`);
	}
	const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_SCOPES, OIDC_LABEL } = parsed.data;
	const proConnect = isProConnect(issuer);
	return {
		issuer,
		clientId: OIDC_CLIENT_ID,
		clientSecret: OIDC_CLIENT_SECRET,
		// ProConnect has no `profile` scope: the name comes as given_name and usual_name, each its own scope.
		scopes: OIDC_SCOPES ?? (proConnect ? 'openid email given_name usual_name' : 'openid email profile'),
		label: OIDC_LABEL ?? (proConnect ? 'ProConnect' : 'Connexion unique')
	};
}

/** One discovery per issuer and client, shared by concurrent callers; a failure is forgotten so the next sign-in retries. */
const configurations = new Map<string, Promise<client.Configuration>>();

function configurationFor(settings: OidcSettings): Promise<client.Configuration> {
	const key = `${settings.issuer.href} ${settings.clientId}`;
	let configuration = configurations.get(key);
	if (!configuration) {
		configuration = discover(settings);
		configurations.set(key, configuration);
		configuration.catch(() => configurations.delete(key));
	}
	return configuration;
}

async function discover({ issuer, clientId, clientSecret }: OidcSettings): Promise<client.Configuration> {
	// readOidcSettings let http:// through on loopback only (the tests' provider).
	const execute = issuer.protocol === 'http:' ? [client.allowInsecureRequests] : [];
	let discovered: client.Configuration;
	try {
		discovered = await client.discovery(issuer, clientId, clientSecret, undefined, { execute, timeout: 10 });
	} catch (error) {
		throw new OidcError(
			`Le fournisseur d’identité (${issuer.host}) ne répond pas ou sa configuration est illisible : réessayez dans quelques minutes.`,
			'unavailable',
			describe(error)
		);
	}
	// RFC 8414: a server that lists no methods takes client_secret_basic; ProConnect takes client_secret_post.
	const methods = discovered.serverMetadata().token_endpoint_auth_methods_supported ?? ['client_secret_basic'];
	const authentication = methods.includes('client_secret_post')
		? client.ClientSecretPost(clientSecret)
		: client.ClientSecretBasic(clientSecret);
	const configuration = new client.Configuration(discovered.serverMetadata(), clientId, clientSecret, authentication);
	configuration.timeout = 10;
	for (const extension of execute) extension(configuration);
	return configuration;
}

/**
 * The first half of the flow: the address to send the person to, and what to keep until they come
 * back to `redirectUri` (which the provider must know, exactly).
 */
export async function startSignIn(settings: OidcSettings, redirectUri: string): Promise<{ url: URL; pending: PendingSignIn }> {
	const configuration = await configurationFor(settings);
	const pending: PendingSignIn = {
		state: client.randomState(),
		nonce: client.randomNonce(),
		codeVerifier: client.randomPKCECodeVerifier()
	};
	const url = client.buildAuthorizationUrl(configuration, {
		redirect_uri: redirectUri,
		scope: settings.scopes,
		state: pending.state,
		nonce: pending.nonce,
		code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
		code_challenge_method: 'S256'
	});
	return { url, pending };
}

/**
 * The second half: checks the provider's answer at `callbackUrl` against `pending`, exchanges the
 * code, reads the person's e-mail and name (from the ID token, else the userinfo endpoint).
 * Throws OidcError, with a message for the sign-in page, on any failure.
 */
export async function finishSignIn(settings: OidcSettings, callbackUrl: URL, pending: PendingSignIn): Promise<OidcIdentity> {
	const configuration = await configurationFor(settings);
	try {
		const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
			pkceCodeVerifier: pending.codeVerifier,
			expectedState: pending.state,
			expectedNonce: pending.nonce
		});
		// expectedNonce makes the ID token mandatory: claims() is there.
		const idToken = tokens.claims() as client.IDToken;
		let claims: Record<string, unknown> = idToken;
		if (typeof idToken.email !== 'string') {
			// Many providers (ProConnect among them) put the profile in the userinfo answer only.
			claims = { ...(await client.fetchUserInfo(configuration, tokens.access_token, idToken.sub)), ...idToken };
		}
		return { issuer: configuration.serverMetadata().issuer, ...identityFromClaims(claims) };
	} catch (error) {
		throw error instanceof OidcError ? error : failure(error);
	}
}

const optionalText = z.string().trim().min(1).optional().catch(undefined);
const claimsSchema = z.object({
	sub: z.string().min(1),
	// The same rule as a local account's address, so that the two kinds of account meet on it.
	email: z.string().trim().toLowerCase().max(254).pipe(z.email()).optional(),
	name: optionalText,
	given_name: optionalText,
	family_name: optionalText,
	usual_name: optionalText
});

/**
 * The subject, e-mail and display name in a provider's claims: `name`, else the given name and the
 * family name (ProConnect: `usual_name`), else the e-mail. Throws OidcError without a usable e-mail.
 */
export function identityFromClaims(claims: Record<string, unknown>): Omit<OidcIdentity, 'issuer'> {
	if (claims.email === undefined || claims.email === null || claims.email === '') {
		throw new OidcError(
			'Le fournisseur d’identité n’a pas transmis votre adresse électronique, nécessaire pour ouvrir votre compte. ' +
				'Autorisez son partage auprès de lui, ou signalez-le à l’équipe de Maillage.',
			'no-email'
		);
	}
	const parsed = claimsSchema.safeParse(claims);
	if (!parsed.success) {
		throw new OidcError(
			'Le fournisseur d’identité a transmis une identité incomplète ou une adresse électronique invalide : la connexion est refusée.',
			'invalid-claims',
			describeIssues(parsed.error.issues)
		);
	}
	const { sub, email, name, given_name, family_name, usual_name } = parsed.data;
	const parts = [given_name, usual_name ?? family_name].filter(Boolean).join(' ');
	// A display name stays short, as a local account's (120 characters).
	const displayName = (name ?? (parts || email!)).slice(0, 120);
	return { subject: sub, email: email!, name: displayName };
}

/**
 * The library's codes and fixed messages, its own and its cause's (openid-client wraps
 * oauth4webapi's): never their data, which may hold the response, and in it a code or a token.
 */
function describe(error: unknown): string {
	if (!(error instanceof Error)) return 'unknown error';
	const code = 'code' in error && typeof error.code === 'string' ? `${error.code}: ` : '';
	const oauthError = 'error' in error && typeof error.error === 'string' ? ` (${error.error})` : '';
	const cause = error.cause instanceof Error ? ` ← ${describe(error.cause)}` : '';
	return `${error.name} ${code}${error.message}${oauthError}${cause}`;
}

function failure(error: unknown): OidcError {
	const detail = describe(error);
	if (error instanceof client.AuthorizationResponseError) {
		if (error.error === 'access_denied') {
			return new OidcError('La connexion a été refusée ou annulée auprès du fournisseur d’identité.', 'access-denied', detail);
		}
		// The code comes from the address bar: shown only when it looks like an OAuth error code.
		const code = /^[a-z_]{1,40}$/.test(error.error) ? ` (${error.error})` : '';
		return new OidcError(`Le fournisseur d’identité a refusé la connexion${code} : recommencez.`, 'provider-refused', detail);
	}
	if (error instanceof client.ResponseBodyError) {
		return new OidcError(
			'Le fournisseur d’identité n’a pas accepté le code de connexion (expiré ou déjà utilisé) : recommencez la connexion.',
			'provider-refused',
			detail
		);
	}
	if (/"state"/.test(detail)) {
		return new OidcError(
			'Cette réponse du fournisseur d’identité ne correspond à aucune connexion en cours dans ce navigateur (lien déjà utilisé ou trop ancien) : recommencez la connexion.',
			'state-mismatch',
			detail
		);
	}
	return new OidcError('La connexion auprès du fournisseur d’identité a échoué : recommencez dans quelques minutes.', 'failed', detail);
}
