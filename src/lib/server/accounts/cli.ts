import { parseArgs } from 'node:util';
import { z } from 'zod';
import { emailSchema, newAccountSchema, passwordSchema, roleSchema } from '$lib/domain/accounts';
import { describeIssues } from '$lib/domain/issues';
import { connect, DatabaseUnavailableError, type Database } from '$lib/server/db/neo4j';
import { readDatabaseSettings, testDatabaseEnvironment } from '$lib/server/db/settings';
import { AccountError, createAccount, createApiToken, listAccounts, resetPassword, updateAccount } from './index';

const USAGE = `Usage: npm run account -- COMMAND [options]
  create --email E --name "Nom" [--role R] [--organisation O] [--password-env VAR] [--token]
                  creates a local account; its temporary password is printed once (unless
                  --password-env names a variable holding the password to set); --token also
                  creates an API token for scripts, printed once, accepted once the password is
                  no longer temporary (give --password-env for a script's account)
  list            every account: e-mail, role, state
  role --email E --role R          changes a role (lecteur, contributeur, curateur, administrateur)
  deactivate --email E / activate --email E
  reset --email E                  a new temporary password, printed once; sessions closed
  --test          use the test database (NEO4J_TEST_URI) instead of NEO4J_URI
The first administrator: npm run account -- create --role administrateur --email vous@exemple.fr --name "Votre nom"
Exit codes: 0 done, 1 refused (e-mail taken, unknown account…) or database down, 2 usage.`;

/** Where the command writes. */
export interface Output {
	out(text: string): void;
	err(text: string): void;
}

class UsageError extends Error {}

const commands = ['create', 'list', 'role', 'deactivate', 'activate', 'reset'] as const;

/** `npm run account`: manages accounts from the server's shell. Returns the exit code. */
export async function main(args: string[]): Promise<number> {
	return runAccountCli(args, process.env, { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) });
}

function option<S extends z.ZodType>(name: string, schema: S, value: unknown): z.output<S> {
	const parsed = schema.safeParse(value);
	if (!parsed.success)
		throw new UsageError(
			describeIssues(
				parsed.error.issues.map((issue) => ({ ...issue, path: [name] })),
				{ noun: 'option', prefix: '--' }
			)
		);
	return parsed.data;
}

/** The command with its environment and output given, for tests. */
export async function runAccountCli(args: string[], env: Record<string, string | undefined>, output: Output): Promise<number> {
	let command: (typeof commands)[number];
	let values: Record<string, string | boolean | undefined>;
	try {
		const parsed = parseArgs({
			args,
			allowPositionals: true,
			options: {
				email: { type: 'string' },
				name: { type: 'string' },
				role: { type: 'string' },
				organisation: { type: 'string' },
				'password-env': { type: 'string' },
				token: { type: 'boolean', default: false },
				test: { type: 'boolean', default: false }
			}
		});
		command = option('command', z.enum(commands, 'doit être create, list, role, deactivate, activate ou reset'), parsed.positionals[0]);
		values = parsed.values;
	} catch (caught) {
		output.err(`${(caught as Error).message}\n\n${USAGE}\n`);
		return 2;
	}
	let database: Database;
	try {
		database = connect(readDatabaseSettings(values.test ? testDatabaseEnvironment(env) : env));
	} catch (caught) {
		output.err(`${(caught as Error).message}\n`);
		return 2;
	}
	try {
		return await run(database, command, values, env, output);
	} catch (caught) {
		if (caught instanceof UsageError) {
			output.err(`${caught.message}\n\n${USAGE}\n`);
			return 2;
		}
		if (caught instanceof AccountError || caught instanceof DatabaseUnavailableError) {
			output.err(`${caught.message}\n`);
			return 1;
		}
		throw caught;
	} finally {
		await database.close();
	}
}

async function findId(database: Database, email: string): Promise<string> {
	const found = (await listAccounts(database)).find(({ account }) => account.email === email);
	if (!found) throw new AccountError(`Aucun compte pour ${email}.`, 404);
	return found.account.id;
}

async function run(
	database: Database,
	command: (typeof commands)[number],
	values: Record<string, string | boolean | undefined>,
	env: Record<string, string | undefined>,
	output: Output
): Promise<number> {
	switch (command) {
		case 'create': {
			const account = option('email', newAccountSchema, {
				email: values.email,
				name: values.name,
				role: values.role,
				organisation: values.organisation
			});
			const variable = values['password-env'];
			const password = typeof variable === 'string' ? option('password-env', passwordSchema, env[variable] ?? '') : undefined;
			const created = await createAccount(database, account, password);
			output.out(`Compte créé : ${created.account.email} (${created.account.role}).\n`);
			if (created.temporaryPassword) {
				output.out(
					`Mot de passe provisoire, à changer à la première connexion (il ne sera plus affiché) :\n${created.temporaryPassword}\n`
				);
			}
			if (values.token) {
				const { secret } = await createApiToken(database, created.account.id, 'jeton créé en ligne de commande');
				output.out(`Jeton d’API (en-tête Authorization: Bearer …, il ne sera plus affiché) :\n${secret}\n`);
			}
			return 0;
		}
		case 'list': {
			for (const { account, sessions, tokens } of await listAccounts(database)) {
				output.out(
					`${account.email}\t${account.role}\t${account.active ? 'actif' : 'désactivé'}\t${sessions} session(s)\t${tokens} jeton(s)\n`
				);
			}
			return 0;
		}
		case 'role': {
			const id = await findId(database, option('email', emailSchema, values.email));
			const account = await updateAccount(database, id, { role: option('role', roleSchema, values.role) });
			output.out(`${account.email} : rôle ${account.role}.\n`);
			return 0;
		}
		case 'deactivate':
		case 'activate': {
			const id = await findId(database, option('email', emailSchema, values.email));
			const account = await updateAccount(database, id, { active: command === 'activate' });
			output.out(`${account.email} : ${account.active ? 'réactivé' : 'désactivé, sessions fermées'}.\n`);
			return 0;
		}
		case 'reset': {
			const email = option('email', emailSchema, values.email);
			const temporary = await resetPassword(database, await findId(database, email));
			output.out(`Mot de passe de ${email} réinitialisé ; provisoire, à transmettre (il ne sera plus affiché) :\n${temporary}\n`);
			return 0;
		}
	}
}
