import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { passesLuhn } from '$lib/domain/identifiers';
import * as changesets from '$lib/server/changesets';
import { slugOf } from '$lib/server/contributions/plan';
import { cypher } from '$lib/server/db/cypher';
import { digestGraph, type GraphDigest } from '$lib/server/db/graph-digest';
import { EXIT, runImportCli } from '$lib/server/imports/cli';
import { runScript } from '../support/child-script';
import { connectTestDatabase } from './database';

/**
 * `npm run import:sheet` against the test graph: the dry run says what would happen, row by row
 * as a compiler would; applying writes one changeset, and the same file again nothing; usage and
 * unreadable files get their own exit codes; a kill inside the apply transaction, or an apply that
 * fails half-way (an id taken by another writer meanwhile), leaves the graph exactly as it was.
 * Fictitious companies in communes of Isère that the test graph holds.
 */

const database = connectTestDatabase();
const curator = { id: 'test-import-cli', name: 'Camille Testeuse (essai)' };
let before: GraphDigest;
let folder: string;

beforeAll(async () => {
	before = await digestGraph(database);
	folder = await mkdtemp(path.join(tmpdir(), 'maillage-import-cli-'));
});
afterAll(async () => {
	await database.close();
	await rm(folder, { recursive: true, force: true });
});

const { uri, user, password } = inject('neo4jTest');
const environment = { NEO4J_TEST_URI: uri, NEO4J_TEST_USER: user, NEO4J_TEST_PASSWORD: password };

/** The command in this process, as `main` runs it, its two streams kept apart. */
async function run(args: string[]) {
	let out = '';
	let err = '';
	const code = await runImportCli(
		[...args, '--test'],
		{ ...process.env, ...environment },
		{ out: (text) => (out += text), err: (text) => (err += text) }
	);
	return { code, out, err };
}

/** The real command, `node scripts/run-ts.js src/lib/server/imports/cli.ts …`, as a child process. */
function spawnCli(args: string[]) {
	// The file kept as the source goes to this test's folder, not the checkout's .data/.
	return runScript('src/lib/server/imports/cli.ts', [...args, '--test'], { ...environment, SOURCE_FILES_DIR: folder });
}

async function file(name: string, lines: readonly string[]): Promise<string> {
	const target = path.join(folder, name);
	await writeFile(target, lines.join('\n'));
	return target;
}

/** A valid SIRET numbered `index`: its SIREN and its own Luhn keys computed, as INSEE does. */
function siretOf(index: number): string {
	const withKey = (digits: string) => `${digits}${[...'0123456789'].find((key) => passesLuhn(`${digits}${key}`))}`;
	return withKey(`${withKey(`9${String(index).padStart(7, '0')}`)}0001`);
}
const wrongKey = (siret: string) => `${siret.slice(0, 13)}${(Number(siret[13]) + 1) % 10}`;

/** `rows` fictitious companies of Grenoble, one per line, for the preset « acteurs ». */
const companies = (prefix: string, rows: number, firstSiret: number) => [
	'Raison sociale;SIRET;Code postal;Commune',
	...Array.from({ length: rows }, (_, index) => `${prefix} ${index} SAS;${siretOf(firstSiret + index)};38000;Grenoble`)
];

const members = () =>
	file('adherents-cli.csv', [
		'Raison sociale;SIRET;Code postal;Commune',
		`Ligne de Commande Fictive SAS;${siretOf(5001)};38000;Grenoble`,
		`Terminal Imaginaire;${wrongKey(siretOf(5002))};38500;Voiron`,
		'Shell Inventé;;;Nullepart'
	]);

type Transaction = { transactionId: string; metaData: { app?: string }; status: string; activeLockCount: number; currentQuery: string };

/** Asks the server, every few milliseconds, until one of the app's transactions is as `wanted`; no fixed sleep. */
async function transactionWhere(wanted: (transaction: Transaction) => boolean, timeoutMs = 120_000): Promise<Transaction> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		const open = (await database.read(cypher('admin/list-transactions'))) as unknown as Transaction[];
		const found = open.find(
			(transaction) =>
				transaction.metaData?.app === 'maillage' && !transaction.currentQuery.includes('SHOW TRANSACTIONS') && wanted(transaction)
		);
		if (found) return found;
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
	throw new Error('No transaction of the app reached the state waited for');
}

async function gone(transactionId: string): Promise<void> {
	for (let tries = 0; tries < 3_000; tries++) {
		const open = (await database.read(cypher('admin/list-transactions'))) as unknown as Transaction[];
		if (!open.some((transaction) => transaction.transactionId === transactionId)) return;
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
	throw new Error(`${transactionId} is still open`);
}

describe('npm run import:sheet', () => {
	it('previews without writing: the summary, rows by status, organisations by reason, each rejected row as file:row:column: reason; exit 5', async () => {
		const sheet = await members();
		const rejected = path.join(folder, 'rejets.csv');
		const { code, out } = await run(['--preset', 'membres', '--cluster', 'tenerrdis', '--dry-run', '--rejected', rejected, sheet]);
		expect(code).toBe(EXIT.rejected);
		expect(out.split('\n')).toEqual([
			'1 acteur (0 reconnu, 1 nouveau), 1 lien « membre de », 1 lien « situé à », 2 lignes écartées.',
			'Lignes : 3 — 1 prête, 2 en erreur.',
			'Organisations : 0 reconnue dans le graphe, 1 nouvelle.',
			`${sheet}:3:SIRET: ce SIRET a une clé de contrôle fausse (une faute de frappe ?)`,
			`${sheet}:4:Commune: aucune commune « Nullepart »`,
			`Lignes écartées écrites dans ${rejected}.`,
			''
		]);
		expect(await readFile(rejected, 'utf8')).toContain('Shell Inventé;;;Nullepart;4;Commune : aucune commune « Nullepart »');
		expect(await digestGraph(database)).toEqual(before);
	});

	it('says which organisations the graph already knows, and why; a clean file previews with exit 0', async () => {
		const sheet = await file('connus.csv', ['Raison sociale;Commune', 'Minalogic;Grenoble', 'Fictive Nouvelle SAS;Grenoble']);
		const { code, out } = await run(['--preset', 'membres', '--cluster', 'tenerrdis', '--dry-run', sheet]);
		expect(code).toBe(EXIT.done);
		expect(out).toContain('Organisations : 1 reconnue dans le graphe (1 par le nom et le lieu), 1 nouvelle.');
	});

	it('applies one changeset; the same file again is « Rien à changer » with the same digest; its revert gives the graph back', async () => {
		const sheet = await members();
		const first = await run(['--preset', 'membres', '--cluster', 'tenerrdis', '--exclude', '3,4', sheet]);
		expect(first.code, first.err).toBe(EXIT.done);
		const id = /Changement (cs-[0-9a-f]{16}) publié/.exec(first.out)?.[1];
		expect(id).toBeDefined();
		const changeset = await changesets.getChangeset(database, id!);
		expect(changeset).toMatchObject({
			kind: 'import',
			status: 'published',
			author: { id: 'cli', name: expect.stringMatching(/^ligne de commande \(.+\)$/) }
		});
		const after = await digestGraph(database);
		expect(after.entities).toBe(before.entities + 2); // the company and the file as its source
		const again = await run(['--preset', 'membres', '--cluster', 'tenerrdis', '--exclude', '3,4', sheet]);
		expect(again.code).toBe(EXIT.done);
		expect(again.out).toContain('Rien à changer');
		expect(await digestGraph(database)).toEqual(after);
		await changesets.revert(database, curator, id!, 'Essai terminé');
		expect(await digestGraph(database)).toEqual(before);
	});

	it('answers a usage error with exit 2 and a French message naming the option, before touching the database', async () => {
		const sheet = await members();
		const cases: [string[], string][] = [
			[['--preset', 'inventaire', sheet], 'option « --preset » : doit être membres, acteurs, projets ou financements'],
			[['--preset', 'membres', sheet], 'option « --cluster » : est obligatoire pour une liste de membres'],
			[['--preset', 'acteurs', '--bavard', sheet], 'option inconnue : --bavard'],
			[['--preset', 'acteurs', '--exclude', '3,douze', sheet], 'option « --exclude » : « douze » n’est pas un numéro de ligne'],
			[['--preset', 'acteurs', '--exclude', '0', sheet], 'option « --exclude » : les lignes sont numérotées à partir de 1'],
			[['--preset', 'acteurs', '--sheet', 'Feuil1', sheet], 'option « --sheet » : un fichier CSV n’a pas de feuilles'],
			[['--preset', 'acteurs'], 'donnez un fichier, et un seul'],
			[['--preset', 'acteurs', path.join(folder, 'absent.csv')], `${path.join(folder, 'absent.csv')} : fichier introuvable ou illisible`]
		];
		for (const [args, message] of cases) {
			const { code, err, out } = await run(args);
			expect(code, args.join(' ')).toBe(EXIT.usage);
			expect(err).toContain(message);
			expect(out).toBe('');
		}
	});

	it('answers an unreadable file with exit 3 naming the file: not a workbook, a sheet the workbook lacks', async () => {
		const broken = await file('faux.xlsx', ['pas un classeur']);
		const notWorkbook = await run(['--preset', 'acteurs', broken]);
		expect(notWorkbook.code).toBe(EXIT.unreadable);
		expect(notWorkbook.err).toContain(`${broken} : le fichier n’est pas un classeur Excel .xlsx lisible`);
		const book = new ExcelJS.Workbook();
		book.addWorksheet('Adhérents').addRows(companies('Feuille Fictive', 2, 7000));
		const workbook = path.join(folder, 'classeur.xlsx');
		await writeFile(workbook, new Uint8Array(await book.xlsx.writeBuffer()));
		const noSheet = await run(['--preset', 'acteurs', '--sheet', 'Membres', workbook]);
		expect(noSheet.code).toBe(EXIT.unreadable);
		expect(noSheet.err).toContain(`${workbook} : le classeur n’a pas de feuille « Membres » (feuilles : Adhérents)`);
		expect(await digestGraph(database)).toEqual(before);
	});

	it('gives its exit code to the shell through scripts/run-ts.js', async () => {
		const usage = spawnCli(['--preset', 'inventaire', await members()]);
		expect(await usage.exited).toBe(EXIT.usage);
		expect(usage.output()).toContain('option « --preset »');
		const dryRun = spawnCli(['--preset', 'membres', '--cluster', 'tenerrdis', '--dry-run', await members()]);
		expect(await dryRun.exited).toBe(EXIT.rejected);
	}, 60_000);

	it('leaves the graph as it was when killed (SIGKILL) inside the transaction applying a large file', async () => {
		const rows = 6_000;
		const sheet = await file('gros-fichier.csv', companies('Interruption Fictive', rows, 600_000));
		const child = spawnCli(['--preset', 'acteurs', '--progress', sheet]);
		await child.waitFor(/application… \d+ opérations/);
		// The honest signal: the server shows the import's transaction holding thousands of write locks —
		// half the companies written, nothing committed.
		const writing = await transactionWhere((transaction) => transaction.activeLockCount >= rows / 2);
		child.child.kill('SIGKILL');
		expect(await child.exited).toBe('SIGKILL');
		expect(child.output()).not.toContain('publié');
		// The server notices the dropped connection and rolls the transaction back.
		await gone(writing.transactionId);
		expect(await digestGraph(database)).toEqual(before);
	}, 180_000);

	it('writes nothing, and exits 4 saying why, when an id it creates is taken by another writer during its apply', async () => {
		const sheet = await file('concurrence.csv', companies('Concurrence Fictive', 2_000, 620_000));
		const id = slugOf('Concurrence Fictive 1999 SAS');
		// Another writer creates the last company first and keeps its transaction open: the import's
		// preview does not see it, and its apply waits on the id's lock until that writer commits.
		let release!: () => void;
		const released = new Promise<void>((resolve) => (release = resolve));
		let holding!: () => void;
		const held = new Promise<void>((resolve) => (holding = resolve));
		const other = database.writeTransaction(async (runner) => {
			await runner.run(cypher('changesets/create-entity'), {
				labels: ['Company', 'Actor'],
				properties: { id, name: 'Concurrence Fictive 1999 SAS' }
			});
			holding();
			await released;
		});
		await held;
		const child = spawnCli(['--preset', 'acteurs', sheet]);
		await transactionWhere((transaction) => transaction.status.startsWith('Blocked'));
		release();
		await other;
		expect(await child.exited).toBe(EXIT.failed);
		expect(child.output()).toContain('Rien n’a été écrit : une entité de même identifiant a été créée pendant l’import');
		const after = await digestGraph(database);
		expect(after).toMatchObject({ entities: before.entities + 1, relationships: before.relationships });
		await database.write(cypher('admin/delete-entities'), { ids: [id] });
		expect(await digestGraph(database)).toEqual(before);
	}, 180_000);
});
