import { afterAll, describe, expect, inject, it } from 'vitest';
import * as accounts from '$lib/server/accounts';
import { runAccountCli } from '$lib/server/accounts/cli';
import * as vault from '$lib/server/accounts/vault';
import { limitsOf, readQuerySettings, runQuery } from '$lib/server/console';
import { digestGraph } from '$lib/server/db/graph-digest';
import { connectTestDatabase } from './database';

const database = connectTestDatabase();
afterAll(() => database.close());

/** Unique fictitious e-mails per run: accounts outlive the test graph's reset. */
const run = Date.now().toString(36);
const email = (name: string) => `${name}.${run}@example.test`;
const settings = accounts.readAccountSettings({ SIGN_IN_MAX_FAILURES: '3', SIGN_IN_LOCK_MINUTES: '15' });

describe('local accounts', () => {
	it('are stored apart from the graph, with an Argon2id hash, and one per e-mail', async () => {
		const before = await digestGraph(database);
		const { account, temporaryPassword } = await accounts.createAccount(database, {
			email: email('alix.fictive'),
			name: 'Alix Fictive',
			role: 'contributeur'
		});
		expect(temporaryPassword).toMatch(/^[A-Za-z2-9]{18}$/);
		expect(account).toMatchObject({ role: 'contributeur', active: true, origin: 'local', mustChangePassword: true });
		expect(await digestGraph(database)).toEqual(before);
		// Whoever reads the database — the read-only console here — sees neither the e-mail nor the hash.
		const seen = await runQuery(
			database,
			'MATCH (a:Account {id: $id}) RETURN properties(a) AS properties, a:Entity AS entity',
			{ id: account.id },
			limitsOf(readQuerySettings({}))
		);
		const { properties, entity } = seen.rows[0] as { properties: Record<string, unknown>; entity: boolean };
		expect(entity).toBe(false);
		expect(JSON.stringify(properties)).not.toContain('alix.fictive');
		expect(JSON.stringify(properties)).not.toContain('argon2');
		expect(vault.open(properties.passwordSealed as string)).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
		await expect(accounts.createAccount(database, { email: email('alix.fictive'), name: 'Autre', role: 'lecteur' })).rejects.toMatchObject({
			status: 409,
			field: 'email'
		});
	});

	it('sign in with the right password, and lock after repeated failures, saying for how long', async () => {
		const address = email('bastien.fictif');
		await accounts.createAccount(database, { email: address, name: 'Bastien Fictif', role: 'contributeur' }, 'un-mot-de-passe-fictif');
		const signedIn = await accounts.checkCredentials(database, address, 'un-mot-de-passe-fictif', settings);
		expect(signedIn.lastSignInAt).toBeUndefined();
		for (let attempt = 0; attempt < 3; attempt++) {
			await expect(accounts.checkCredentials(database, address, 'faux', settings)).rejects.toMatchObject({ status: 401 });
		}
		await expect(accounts.checkCredentials(database, address, 'un-mot-de-passe-fictif', settings)).rejects.toMatchObject({
			status: 423,
			message: expect.stringMatching(/bloqué 15 min/)
		});
		const later = new Date(Date.now() + 16 * 60_000);
		expect((await accounts.checkCredentials(database, address, 'un-mot-de-passe-fictif', settings, later)).email).toBe(address);
	});

	it('say the same for an unknown e-mail as for a wrong password', async () => {
		const unknown = accounts.checkCredentials(database, email('personne'), 'quelconque', settings);
		await expect(unknown).rejects.toMatchObject({ status: 401, message: 'E-mail ou mot de passe incorrect, ou compte désactivé.' });
	});

	it('open sessions found by their cookie only, closed by sign-out and by deactivation', async () => {
		const { account } = await accounts.createAccount(
			database,
			{ email: email('chloe.fictive'), name: 'Chloé Fictive', role: 'curateur' },
			'mot-de-passe-de-chloe'
		);
		const session = await accounts.openSession(database, account.id, settings);
		expect((await accounts.findSession(database, session.cookie))?.account.id).toBe(account.id);
		expect(await accounts.findSession(database, `${session.cookie}x`)).toBeNull();
		const [stored] = await database.read('MATCH (s:Session {accountId: $id}) RETURN s.id AS id', { id: account.id });
		expect(stored.id).not.toBe(session.cookie);
		expect(await accounts.findSession(database, session.cookie, new Date(Date.now() + 13 * 3_600_000))).toBeNull();

		await accounts.closeSession(database, session.cookie);
		expect(await accounts.findSession(database, session.cookie)).toBeNull();
		const second = await accounts.openSession(database, account.id, settings);
		await accounts.updateAccount(database, account.id, { active: false });
		expect(await accounts.findSession(database, second.cookie)).toBeNull();
	});

	it('never let the last administrator be demoted or deactivated', async () => {
		const list = await accounts.listAccounts(database);
		const administrators = list.filter(({ account }) => account.role === 'administrateur' && account.active);
		const { account } = await accounts.createAccount(database, {
			email: email('dana.fictive'),
			name: 'Dana Fictive',
			role: 'administrateur'
		});
		for (const other of administrators) await accounts.updateAccount(database, other.account.id, { active: false });
		try {
			await expect(accounts.updateAccount(database, account.id, { role: 'curateur' })).rejects.toMatchObject({ status: 409 });
			await expect(accounts.updateAccount(database, account.id, { active: false })).rejects.toMatchObject({ status: 409 });
		} finally {
			for (const other of administrators) await accounts.updateAccount(database, other.account.id, { active: true });
		}
		// With a second administrator, the first may step down.
		await accounts.createAccount(database, { email: email('dana.seconde'), name: 'Dana Seconde', role: 'administrateur' });
		expect((await accounts.updateAccount(database, account.id, { role: 'curateur' })).role).toBe('curateur');
	});

	it('change a password only with the current one; a reset gives a temporary one and closes the sessions', async () => {
		const { account } = await accounts.createAccount(
			database,
			{ email: email('eli.fictif'), name: 'Éli Fictif', role: 'contributeur' },
			'premier-mot-de-passe'
		);
		await expect(accounts.changePassword(database, account.id, 'faux', 'second-mot-de-passe')).rejects.toMatchObject({ field: 'current' });
		await accounts.changePassword(database, account.id, 'premier-mot-de-passe', 'second-mot-de-passe');
		const session = await accounts.openSession(database, account.id, settings);
		const temporary = await accounts.resetPassword(database, account.id);
		expect(await accounts.findSession(database, session.cookie)).toBeNull();
		const signedIn = await accounts.checkCredentials(database, account.email, temporary, settings);
		expect(signedIn.mustChangePassword).toBe(true);
	});
});

describe('API tokens', () => {
	it('act for their account until revoked; only their digest is stored', async () => {
		const { account } = await accounts.createAccount(
			database,
			{ email: email('flo.fictive'), name: 'Flo Fictive', role: 'contributeur' },
			'mot-de-passe-de-flo'
		);
		const { secret, token } = await accounts.createApiToken(database, account.id, 'script de test');
		expect(secret).toMatch(/^mlg_[A-Za-z0-9_-]{43}$/);
		expect(token.prefix).toBe(secret.slice(0, 10));
		expect((await accounts.findApiToken(database, secret))?.id).toBe(account.id);
		expect((await accounts.listApiTokens(database, account.id))[0]).toMatchObject({
			name: 'script de test',
			lastUsedAt: expect.any(String)
		});
		const [stored] = await database.read('MATCH (t:ApiToken {accountId: $id}) RETURN t.id AS id', { id: account.id });
		expect(stored.id).not.toContain(secret);
		expect(await accounts.revokeApiToken(database, account.id, token.id)).toBe(true);
		expect(await accounts.findApiToken(database, secret)).toBeNull();
	});
});

describe('single sign-on accounts', () => {
	const identity = { issuer: 'http://127.0.0.1:3999', subject: `sujet-${run}`, email: email('gael.fictif'), name: 'Gaël Fictif' };

	it('are created as lecteur at first sign-in and found again by issuer and subject', async () => {
		const first = await accounts.signInWithSingleSignOn(database, identity);
		expect(first).toMatchObject({ role: 'lecteur', origin: identity.issuer, email: identity.email });
		const again = await accounts.signInWithSingleSignOn(database, { ...identity, email: 'autre.adresse@example.test' });
		expect(again.id).toBe(first.id);
	});

	it('never take over a local account with the same e-mail', async () => {
		const address = email('hugo.fictif');
		await accounts.createAccount(database, { email: address, name: 'Hugo Fictif', role: 'curateur' }, 'mot-de-passe-de-hugo');
		await expect(accounts.signInWithSingleSignOn(database, { ...identity, subject: `autre-${run}`, email: address })).rejects.toMatchObject(
			{ status: 409 }
		);
	});
});

describe('npm run account', () => {
	function environment(): Record<string, string> {
		const { uri, user, password } = inject('neo4jTest');
		return { NEO4J_TEST_URI: uri, NEO4J_TEST_USER: user, NEO4J_TEST_PASSWORD: password, PASSWORD_OF_IRIS: 'le-mot-de-passe-d-iris' };
	}
	async function cli(...args: string[]) {
		let out = '';
		let err = '';
		const code = await runAccountCli([...args, '--test'], environment(), {
			out: (text) => void (out += text),
			err: (text) => void (err += text)
		});
		return { code, out, err };
	}

	it('creates the first administrator, with a temporary password printed once', async () => {
		const created = await cli('create', '--role', 'administrateur', '--email', email('iris.fictive'), '--name', 'Iris Fictive');
		expect(created).toMatchObject({
			code: 0,
			out: expect.stringMatching(/Compte créé : iris\.fictive\.\w+@example\.test \(administrateur\)\.\nMot de passe provisoire/)
		});
		const listed = await cli('list');
		expect(listed.out).toContain(`${email('iris.fictive')}\tadministrateur\tactif`);
	});

	it('takes a password from a variable, never from the command line', async () => {
		const created = await cli('create', '--email', email('jade.fictive'), '--name', 'Jade Fictive', '--password-env', 'PASSWORD_OF_IRIS');
		expect(created.code).toBe(0);
		expect(created.out).not.toContain('provisoire');
		expect((await accounts.checkCredentials(database, email('jade.fictive'), 'le-mot-de-passe-d-iris', settings)).role).toBe(
			'contributeur'
		);
	});

	it('creates a contributeur with an API token for a script, printed once and accepted as a bearer', async () => {
		const created = await cli('create', '--role', 'contributeur', '--email', email('noa.fictive'), '--name', 'Noa Fictive', '--token');
		expect(created.code).toBe(0);
		const secret = /^(mlg_\S+)$/m.exec(created.out)?.[1];
		expect(secret).toBeDefined();
		expect(await accounts.findApiToken(database, secret!)).toMatchObject({ email: email('noa.fictive'), role: 'contributeur' });
	});

	it('refuses bad input with exit code 2 naming the option, and a taken e-mail with 1', async () => {
		expect(await cli('create', '--email', 'pas-une-adresse', '--name', 'X')).toMatchObject({
			code: 2,
			err: expect.stringContaining('--email')
		});
		expect(await cli('promote')).toMatchObject({ code: 2, err: expect.stringContaining('Usage') });
		expect(await cli('role', '--email', email('jade.fictive'), '--role', 'roi')).toMatchObject({
			code: 2,
			err: expect.stringContaining('--role')
		});
		expect(await cli('create', '--email', email('jade.fictive'), '--name', 'Jade')).toMatchObject({
			code: 1,
			err: expect.stringContaining('existe déjà')
		});
	});
});

describe('an account’s organisation', () => {
	it('may be an actor of the graph, kept with the account', async () => {
		const { account } = await accounts.createAccount(
			database,
			{
				email: email('kim.fictive'),
				name: 'Kim Fictive',
				role: 'contributeur',
				organisation: 'Ecosystem Cléon 4.0',
				organisationId: 'ecosystem-cleon-4-0'
			},
			'mot-de-passe-de-kim'
		);
		expect(account).toMatchObject({ organisation: 'Ecosystem Cléon 4.0', organisationId: 'ecosystem-cleon-4-0' });
		expect((await accounts.getAccount(database, account.id))?.organisationId).toBe('ecosystem-cleon-4-0');
	});
});
