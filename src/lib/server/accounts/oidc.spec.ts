import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAtProvider, startTestProvider, TEST_ACCOUNTS, type TestProvider } from '../../../../tests/support/oidc-provider';
import { finishSignIn, identityFromClaims, OidcError, pendingSchema, readOidcSettings, startSignIn, type OidcSettings } from './oidc';

const configured = { OIDC_ISSUER: 'https://auth.example.test', OIDC_CLIENT_ID: 'maillage', OIDC_CLIENT_SECRET: 'client-secret-value' };

describe('the single sign-on settings', () => {
	it('are absent while OIDC_ISSUER is unset or blank', () => {
		expect(readOidcSettings({})).toBeNull();
		expect(readOidcSettings({ OIDC_ISSUER: ' ', OIDC_CLIENT_ID: 'x' })).toBeNull();
	});

	it('default to the openid, email and profile scopes and a generic label', () => {
		const settings = readOidcSettings(configured);
		expect(settings).toMatchObject({
			clientId: 'maillage',
			clientSecret: 'client-secret-value',
			scopes: 'openid email profile',
			label: 'Connexion unique'
		});
		expect(settings?.issuer.href).toBe('https://auth.example.test/');
	});

	it('name ProConnect on its button and ask for its own scopes, on its production and integration issuers', () => {
		for (const issuer of [
			'https://auth.agentconnect.gouv.fr/api/v2',
			'https://fca.integ01.dev-agentconnect.fr/api/v2',
			'https://proconnect.example.test'
		]) {
			expect(readOidcSettings({ ...configured, OIDC_ISSUER: issuer })).toMatchObject({
				label: 'ProConnect',
				scopes: 'openid email given_name usual_name'
			});
		}
	});

	it('take the scopes and the label that are set', () => {
		const settings = readOidcSettings({ ...configured, OIDC_SCOPES: '  openid   email ', OIDC_LABEL: ' Annuaire de la région ' });
		expect(settings).toMatchObject({ scopes: 'openid email', label: 'Annuaire de la région' });
	});

	it('read the issuer as the provider writes it, without the discovery path or a trailing slash', () => {
		const pasted = readOidcSettings({
			...configured,
			OIDC_ISSUER: 'https://auth.agentconnect.gouv.fr/api/v2/.well-known/openid-configuration'
		});
		expect(pasted?.issuer.href).toBe('https://auth.agentconnect.gouv.fr/api/v2');
		expect(readOidcSettings({ ...configured, OIDC_ISSUER: 'https://auth.agentconnect.gouv.fr/api/v2/' })?.issuer.href).toBe(
			'https://auth.agentconnect.gouv.fr/api/v2'
		);
	});

	it('name the missing variable, in French, when the issuer is set alone', () => {
		expect(() => readOidcSettings({ OIDC_ISSUER: 'https://auth.example.test' })).toThrowError(
			/Configuration de la connexion unique invalide :\n {2}variable « OIDC_CLIENT_ID » : est obligatoire quand OIDC_ISSUER est défini.*\n {2}variable « OIDC_CLIENT_SECRET » : est obligatoire/
		);
	});

	it('refuse a malformed issuer and scopes without openid, naming each variable', () => {
		expect(() => readOidcSettings({ ...configured, OIDC_ISSUER: 'auth.example.test' })).toThrowError(
			/variable « OIDC_ISSUER » : doit être une adresse/
		);
		expect(() => readOidcSettings({ ...configured, OIDC_SCOPES: 'email profile' })).toThrowError(
			/variable « OIDC_SCOPES » : doit contenir « openid »/
		);
	});

	it('accept plain http on loopback only', () => {
		for (const issuer of ['http://127.0.0.1:3390', 'http://localhost:3390', 'http://[::1]:3390']) {
			expect(readOidcSettings({ ...configured, OIDC_ISSUER: issuer })?.issuer.protocol).toBe('http:');
		}
		expect(() => readOidcSettings({ ...configured, OIDC_ISSUER: 'http://auth.example.test' })).toThrowError(
			/« OIDC_ISSUER » : doit être en https:\/\//
		);
	});

	it('never repeat the client secret in an error', () => {
		expect(() => readOidcSettings({ ...configured, OIDC_ISSUER: 'ftp://x', OIDC_CLIENT_SECRET: 'hunter2-secret' })).toThrowError(
			expect.objectContaining({ message: expect.not.stringContaining('hunter2-secret') })
		);
	});
});

describe('the identity in the claims', () => {
	it('takes the name, else the given and usual or family names, else the e-mail', () => {
		expect(identityFromClaims({ sub: 's', email: 'A.B@Example.test', name: 'Alex Bee' })).toEqual({
			subject: 's',
			email: 'a.b@example.test',
			name: 'Alex Bee'
		});
		expect(identityFromClaims({ sub: 's', email: 'a@example.test', given_name: 'Alex', usual_name: 'Bee', family_name: 'Née' }).name).toBe(
			'Alex Bee'
		);
		expect(identityFromClaims({ sub: 's', email: 'a@example.test', given_name: 'Alex', family_name: 'Bee' }).name).toBe('Alex Bee');
		expect(identityFromClaims({ sub: 's', email: 'a@example.test', name: '  ' }).name).toBe('a@example.test');
	});

	it('refuses, in French, claims without an e-mail or with a malformed one', () => {
		expect(() => identityFromClaims({ sub: 's', name: 'Alex' })).toThrowError(
			expect.objectContaining({
				name: 'OidcError',
				reason: 'no-email',
				message: expect.stringMatching(/n’a pas transmis votre adresse électronique/)
			})
		);
		expect(() => identityFromClaims({ sub: 's', email: 'pas-une-adresse' })).toThrowError(
			expect.objectContaining({ reason: 'invalid-claims' })
		);
	});
});

describe('a sign-in at a real OpenID provider', () => {
	const redirectUri = 'http://127.0.0.1:4999/connexion/sso/retour';
	let provider: TestProvider;
	let settings: OidcSettings;

	beforeAll(async () => {
		provider = await startTestProvider({ redirectUris: [redirectUri] });
		settings = readOidcSettings({
			OIDC_ISSUER: provider.issuer,
			OIDC_CLIENT_ID: provider.clientId,
			OIDC_CLIENT_SECRET: provider.clientSecret
		})!;
	});
	afterAll(() => provider?.stop());

	/** The pending state goes through a cookie as JSON: the tests take the same road. */
	async function start(withSettings = settings) {
		const { url, pending } = await startSignIn(withSettings, redirectUri);
		return { url, pending: pendingSchema.parse(JSON.parse(JSON.stringify(pending))) };
	}

	it('asks for a code with PKCE (S256), a state and a nonce', async () => {
		const { url, pending } = await start();
		expect(url.origin).toBe(provider.issuer);
		expect(Object.fromEntries(url.searchParams)).toMatchObject({
			response_type: 'code',
			client_id: provider.clientId,
			redirect_uri: redirectUri,
			scope: 'openid email profile',
			state: pending.state,
			nonce: pending.nonce,
			code_challenge_method: 'S256'
		});
		expect(url.searchParams.get('code_challenge')).not.toBe(pending.codeVerifier);
	});

	it('returns the e-mail and the name of the person who signed in', async () => {
		const { url, pending } = await start();
		const callback = await signInAtProvider(url, redirectUri, 'camille.fictive');
		expect(callback.searchParams.get('code')).toBeTruthy();
		const identity = await finishSignIn(settings, callback, pending);
		expect(identity).toEqual({
			issuer: provider.issuer,
			subject: 'camille.fictive',
			email: TEST_ACCOUNTS['camille.fictive'].email,
			name: TEST_ACCOUNTS['camille.fictive'].name
		});
	});

	it('builds the name from ProConnect’s given_name and usual_name scopes', async () => {
		const proConnectLike = { ...settings, scopes: 'openid email given_name usual_name' };
		const { url, pending } = await start(proConnectLike);
		const identity = await finishSignIn(proConnectLike, await signInAtProvider(url, redirectUri, 'dominique.exemple'), pending);
		expect(identity.name).toBe('Dominique Exemple');
	});

	it('refuses an answer whose state was tampered with, and does not spend the code', async () => {
		const { url, pending } = await start();
		const callback = await signInAtProvider(url, redirectUri, 'camille.fictive');
		const tampered = new URL(callback);
		tampered.searchParams.set('state', `${pending.state.slice(0, -1)}x`);
		const refusal = await finishSignIn(settings, tampered, pending).catch((error: unknown) => error);
		expect(refusal).toBeInstanceOf(OidcError);
		expect(refusal).toMatchObject({
			reason: 'state-mismatch',
			message: expect.stringMatching(/ne correspond à aucune connexion en cours/)
		});
		expect((await finishSignIn(settings, callback, pending)).email).toBe(TEST_ACCOUNTS['camille.fictive'].email);
	});

	it('refuses, in French, a person who declined at the provider (error=access_denied)', async () => {
		const { url, pending } = await start();
		const callback = await signInAtProvider(url, redirectUri, null);
		expect(callback.searchParams.get('error')).toBe('access_denied');
		await expect(finishSignIn(settings, callback, pending)).rejects.toMatchObject({
			name: 'OidcError',
			reason: 'access-denied',
			message: 'La connexion a été refusée ou annulée auprès du fournisseur d’identité.'
		});
	});

	it('refuses a code presented twice, and its messages never hold the code', async () => {
		const { url, pending } = await start();
		const callback = await signInAtProvider(url, redirectUri, 'camille.fictive');
		await finishSignIn(settings, callback, pending);
		const refusal = await finishSignIn(settings, callback, pending).catch((error: unknown) => error);
		expect(refusal).toMatchObject({ name: 'OidcError', reason: 'provider-refused' });
		const code = callback.searchParams.get('code')!;
		expect(`${(refusal as OidcError).message} ${(refusal as OidcError).detail}`).not.toContain(code);
		expect((refusal as OidcError).detail).not.toContain(provider.clientSecret);
	});

	it('says in French that the e-mail is missing when the provider was not allowed to give it', async () => {
		const withoutEmail = { ...settings, scopes: 'openid profile' };
		const { url, pending } = await start(withoutEmail);
		const callback = await signInAtProvider(url, redirectUri, 'camille.fictive');
		await expect(finishSignIn(withoutEmail, callback, pending)).rejects.toMatchObject({ name: 'OidcError', reason: 'no-email' });
	});

	it('says in French that the provider does not answer, and tries again at the next sign-in', async () => {
		const silent = await startTestProvider({ redirectUris: [redirectUri] });
		const down = readOidcSettings({
			OIDC_ISSUER: silent.issuer,
			OIDC_CLIENT_ID: silent.clientId,
			OIDC_CLIENT_SECRET: silent.clientSecret
		})!;
		await silent.stop();
		await expect(startSignIn(down, redirectUri)).rejects.toMatchObject({
			name: 'OidcError',
			reason: 'unavailable',
			message: expect.stringMatching(/^Le fournisseur d’identité \(127\.0\.0\.1:\d+\) ne répond pas/)
		});
		// Same port, provider back: the failure was not cached.
		const back = await startTestProvider({
			port: Number(new URL(silent.issuer).port),
			redirectUris: [redirectUri],
			clientId: silent.clientId,
			clientSecret: silent.clientSecret
		});
		try {
			expect((await startSignIn(down, redirectUri)).url.origin).toBe(back.issuer);
		} finally {
			await back.stop();
		}
	});
});
