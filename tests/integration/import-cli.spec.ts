import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { digestGraph } from '$lib/server/db/graph-digest';
import { EXIT, runImportCli } from '$lib/server/imports/cli';
import { siretOf, wrongKey } from '../fixtures/imports/make-fixtures';
import { connectTestDatabase } from './database';

/**
 * `npm run import:sheet` against the test graph: the dry run says what would happen, row by row
 * as a compiler would; applying writes one changeset, and the same file again nothing; usage and
 * unreadable files get their own exit codes; and a kill in the middle of applying a large file
 * leaves the graph exactly as it was. Fictitious companies of Isère.
 */

const database = connectTestDatabase();
afterAll(() => database.close());

const { uri, user, password } = inject('neo4jTest');
const environment = { ...process.env, NEO4J_TEST_URI: uri, NEO4J_TEST_USER: user, NEO4J_TEST_PASSWORD: password };

async function run(args: string[]) {
	let out = '';
	let err = '';
	const code = await runImportCli([...args, '--test'], environment, { out: (text) => (out += text), err: (text) => (err += text) });
	return { code, out, err };
}

async function file(name: string, lines: string[]): Promise<string> {
	const folder = await mkdtemp(path.join(tmpdir(), 'maillage-import-cli-'));
	const target = path.join(folder, name);
	await writeFile(target, lines.join('\n'));
	return target;
}

const members = () =>
	file('adherents-cli.csv', [
		'Raison sociale;SIRET;Code postal;Commune',
		`Ligne de Commande Fictive SAS;${siretOf(5001)};38000;Grenoble`,
		`Terminal Imaginaire;${wrongKey(siretOf(5002))};38500;Voiron`,
		'Shell Inventé;;;Nullepart'
	]);

describe('npm run import:sheet', () => {
	it('previews without writing, listing each rejected row as file:row:column: reason', async () => {
		const before = await digestGraph(database);
		const sheet = await members();
		const rejected = path.join(path.dirname(sheet), 'rejets.csv');
		const { code, out } = await run(['--preset', 'membres', '--cluster', 'tenerrdis', '--dry-run', '--rejected', rejected, sheet]);
		expect(code).toBe(EXIT.rejected);
		expect(out).toContain('1 acteur (0 reconnu, 1 nouveau), 1 lien « membre de », 1 lien « situé à », 2 lignes écartées.');
		expect(out).toContain(`${sheet}:3:SIRET: ce SIRET a une clé de contrôle fausse`);
		expect(out).toContain(`${sheet}:4:Commune: aucune commune « Nullepart »`);
		expect(await readFile(rejected, 'utf8')).toContain('Shell Inventé;;;Nullepart;4;Commune : aucune commune « Nullepart »');
		expect(await digestGraph(database)).toEqual(before);
	});

	it('applies one changeset; the same file again changes nothing; --exclude sets rows aside', async () => {
		const sheet = await members();
		const first = await run(['--preset', 'membres', '--cluster', 'tenerrdis', '--exclude', '3,4', sheet]);
		expect(first.code, first.err).toBe(EXIT.done);
		expect(first.out).toMatch(/Changement cs-[0-9a-f]{16} publié/);
		const after = await digestGraph(database);
		const again = await run(['--preset', 'membres', '--cluster', 'tenerrdis', '--exclude', '3,4', sheet]);
		expect(again.code).toBe(EXIT.done);
		expect(again.out).toContain('Rien à changer');
		expect(await digestGraph(database)).toEqual(after);
	});

	it('answers a usage error with exit 2 and a French message naming the option; an unreadable file with 3', async () => {
		const sheet = await members();
		const wrongPreset = await run(['--preset', 'inventaire', sheet]);
		expect(wrongPreset.code).toBe(EXIT.usage);
		expect(wrongPreset.err).toContain('--preset');
		const noCluster = await run(['--preset', 'membres', sheet]);
		expect(noCluster.code).toBe(EXIT.usage);
		expect(noCluster.err).toContain('--cluster');
		expect((await run(['--preset', 'acteurs'])).code).toBe(EXIT.usage);
		expect((await run(['--preset', 'acteurs', '/nulle/part.csv'])).code).toBe(EXIT.usage);
		const broken = await file('faux.xlsx', ['pas un classeur']);
		const unreadable = await run(['--preset', 'acteurs', broken]);
		expect(unreadable.code).toBe(EXIT.unreadable);
		expect(unreadable.err).toContain('classeur Excel');
	});

	it('leaves the graph as it was when killed while applying a large file', async () => {
		const lines = ['Raison sociale;SIRET;Code postal;Commune'];
		for (let index = 0; index < 6_000; index++) lines.push(`Interruption Fictive ${index} SAS;${siretOf(600_000 + index)};38000;Grenoble`);
		const sheet = await file('gros-fichier.csv', lines);
		const before = await digestGraph(database);
		const child = spawn(
			process.execPath,
			['scripts/run-ts.js', 'src/lib/server/imports/cli.ts', '--preset', 'acteurs', '--progress', '--test', sheet],
			{
				env: environment,
				stdio: ['ignore', 'pipe', 'pipe']
			}
		);
		// Killed once it says it is applying: inside the one transaction, before it commits.
		await new Promise<void>((resolve, reject) => {
			let err = '';
			child.stderr.on('data', (chunk: Buffer) => {
				err += chunk.toString();
				if (err.includes('application…')) resolve();
			});
			child.on('exit', () => reject(new Error(`The import ended before applying: ${err}`)));
		});
		child.kill('SIGKILL');
		await new Promise((resolve) => child.on('exit', resolve));
		expect(await digestGraph(database)).toEqual(before);
	});
});
