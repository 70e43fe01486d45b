import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { allCypherNames, cypher } from '$lib/server/db/cypher';
import { connectTestDatabase } from './database';

/**
 * Every write of the app goes through a changeset. Proved on the code itself: Neo4j says which
 * statements write (EXPLAIN's query type), and the app's server code is read for which statements
 * and which write calls each module uses.
 */

const database = connectTestDatabase();
afterAll(() => database.close());

/** Folders whose statements the app may run to write, and why. */
const APP_WRITES: Record<string, string> = {
	'changesets/': 'facts of the graph: applied and recorded by a changeset, in one transaction',
	'accounts/': 'accounts, sessions and API tokens: never :Entity, never exported',
	'views/': 'saved explorer views: never :Entity, never facts',
	'imports/': 'saved column mappings of spreadsheet imports: settings of an account, never :Entity, never facts',
	'documents/': 'readings of documents (their text and the proposals under review): the reader’s work, never :Entity, never facts'
};

/** Folders of the command-line tools an operator runs (loading, migrating, benchmarks), never the web app. */
const TOOLS = ['seed/', 'migrate/', 'admin/', 'synthetic/', 'bench/', 'schema/'];

/** The app's server modules: everything under src/lib/server, except the command-line entry points. */
function serverModules(folder = 'src/lib/server'): string[] {
	return readdirSync(folder).flatMap((name) => {
		const file = path.join(folder, name);
		if (statSync(file).isDirectory()) return serverModules(file);
		return /\.ts$/.test(name) && !/\.spec\.ts$/.test(name) && name !== 'cli.ts' ? [file] : [];
	});
}

/** The Cypher files a module names: `statement('changesets/create-entity', …)` or `cypher('…')`. */
function statementsOf(source: string): string[] {
	return [...source.matchAll(/(?:statement|cypher)\(\s*'([a-z-]+\/[a-z0-9-]+)'/g)].map((match) => match[1]);
}

async function writes(): Promise<Set<string>> {
	const names = allCypherNames().filter((name) => !name.startsWith('schema/') && name !== 'admin/list-schema');
	const found = new Set<string>();
	for (const name of names) {
		const { queryType } = await database.sandboxed((transaction) => transaction.explain(cypher(name), {}), { timeoutMs: 10_000 });
		if (queryType !== 'r') found.add(name);
	}
	return found;
}

describe('the write paths of the app', () => {
	it('run only statements that write changesets, accounts or saved views', async () => {
		const writing = await writes();
		// The check itself must see writes, or it proves nothing.
		expect(writing).toContain('changesets/create-entity');
		expect(writing).toContain('seed/merge-entities');
		const used = serverModules().flatMap((file) => statementsOf(readFileSync(file, 'utf8')).map((name) => ({ file, name })));
		const outside = used.filter(({ name }) => writing.has(name) && !Object.keys(APP_WRITES).some((folder) => name.startsWith(folder)));
		expect(outside).toEqual([]);
		for (const name of writing) {
			const allowed = [...Object.keys(APP_WRITES), ...TOOLS].some((folder) => name.startsWith(folder));
			expect(allowed, `${name} writes, outside the folders the app or the tools may write from`).toBe(true);
		}
	});

	it('apply the graph’s changes only from the changeset module', async () => {
		const changesetWrites = [...(await writes())].filter((name) => name.startsWith('changesets/'));
		const users = serverModules().filter((file) => statementsOf(readFileSync(file, 'utf8')).some((name) => changesetWrites.includes(name)));
		expect(users.map((file) => file.replaceAll(path.sep, '/'))).toEqual(expect.arrayContaining(['src/lib/server/changesets/apply.ts']));
		expect(users.every((file) => file.replaceAll(path.sep, '/').startsWith('src/lib/server/changesets/'))).toBe(true);
	});

	it('open write transactions only where changesets, accounts and views are kept', () => {
		const allowed = [
			'src/lib/server/changesets/',
			'src/lib/server/accounts/',
			'src/lib/server/views.ts',
			'src/lib/server/imports/mappings.ts',
			'src/lib/server/documents/store.ts',
			'src/lib/server/db/'
		];
		// A statement constant (`CREATE_SESSION.write(`) or the database itself; a log stream's `.write(` is not one.
		const writers = serverModules().filter((file) =>
			/[A-Z_]{3,}\.write\(|database(\(\))?\.write\(|writeTransaction\(/.test(readFileSync(file, 'utf8'))
		);
		const strays = writers
			.map((file) => file.replaceAll(path.sep, '/'))
			.filter((file) => !allowed.some((prefix) => file.startsWith(prefix)));
		expect(strays).toEqual([]);
		expect(writers.length).toBeGreaterThan(2);
	});
});
