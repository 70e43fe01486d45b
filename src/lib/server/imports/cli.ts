import { readFile, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { describeIssues } from '$lib/domain/issues';
import { importOptionsSchema, mappingSchema, type ImportProgress, type PreviewRow } from '$lib/domain/imports';
import { ConflictError } from '$lib/server/changesets';
import { connect, DatabaseUnavailableError, QueryTimeoutError, type Database } from '$lib/server/db/neo4j';
import { readDatabaseSettings, testDatabaseEnvironment } from '$lib/server/db/settings';
import { applyImport, importRequest } from './apply';
import { previewImport, type Preview } from './preview';
import { SheetError } from './read-sheet';
import { rejectedRowsCsv } from './rejected';

const USAGE = `Usage: npm run import:sheet -- --preset P [options] FICHIER.xlsx|FICHIER.csv
  --preset P        membres, acteurs, projets ou financements
  --cluster ID      pour « membres » : le cluster ou le réseau (son identifiant, ex. tenerrdis)
  --sheet NOM       la feuille d’un classeur (la première par défaut)
  --mapping F.json  les colonnes associées à la main : [{ "column": "Raison sociale", "field": "actor.name" }, …]
  --exclude 12,14   lignes à écarter
  --reason "…"      pourquoi (le motif du changement)
  --dry-run         l’aperçu seulement : rien n’est écrit
  --rejected F.csv  écrit les lignes écartées, avec leur motif, dans F.csv
  --progress        l’avancement sur la sortie d’erreur (par défaut quand c’est un terminal)
  --test            la base de test (NEO4J_TEST_URI) au lieu de NEO4J_URI
Codes de sortie : 0 fait (ou aperçu sans ligne écartée), 2 usage, 3 fichier illisible,
4 import refusé ou échoué (rien n’est écrit), 5 aperçu avec des lignes écartées.`;

export interface Output {
	out(text: string): void;
	err(text: string): void;
	/** True when the error stream is a terminal (progress is shown then). */
	interactive?: boolean;
}

class UsageError extends Error {}

export const EXIT = { done: 0, usage: 2, unreadable: 3, failed: 4, rejected: 5 } as const;

/** `npm run import:sheet`: a spreadsheet into the graph from the server's shell. Returns the exit code. */
export async function main(args: string[]): Promise<number> {
	return runImportCli(args, process.env, {
		out: (text) => process.stdout.write(text),
		err: (text) => process.stderr.write(text),
		interactive: process.stderr.isTTY
	});
}

function usage(message: string): never {
	throw new UsageError(message);
}

/** The options read and checked; a problem is a usage error naming the option. */
async function readOptions(args: string[]) {
	const { values, positionals } = parseArgs({
		args,
		allowPositionals: true,
		options: {
			preset: { type: 'string' },
			cluster: { type: 'string' },
			sheet: { type: 'string' },
			mapping: { type: 'string' },
			exclude: { type: 'string' },
			reason: { type: 'string' },
			rejected: { type: 'string' },
			'dry-run': { type: 'boolean', default: false },
			progress: { type: 'boolean', default: false },
			test: { type: 'boolean', default: false }
		}
	});
	if (positionals.length !== 1) usage('donnez un fichier, et un seul (.xlsx ou .csv)');
	let mapping: unknown;
	if (values.mapping) {
		try {
			mapping = JSON.parse(await readFile(values.mapping, 'utf8'));
		} catch (caught) {
			usage(`--mapping : ${values.mapping} illisible (${(caught as Error).message})`);
		}
		const checked = mappingSchema.safeParse(mapping);
		if (!checked.success) usage(`--mapping : ${describeIssues(checked.error.issues)}`);
	}
	const options = importOptionsSchema.safeParse({
		preset: values.preset,
		clusterId: values.cluster,
		sheet: values.sheet,
		reason: values.reason,
		mapping
	});
	if (!options.success) {
		const named = options.error.issues.map((issue) => ({
			...issue,
			path: [{ clusterId: 'cluster' }[String(issue.path[0])] ?? issue.path[0]]
		}));
		usage(describeIssues(named, { noun: 'option', prefix: '--' }));
	}
	const excluded = (values.exclude ?? '')
		.split(',')
		.filter(Boolean)
		.map((row) => (/^\d+$/.test(row.trim()) ? Number(row) : usage(`--exclude : « ${row} » n’est pas un numéro de ligne`)));
	return { file: positionals[0], options: options.data, excluded, values };
}

/** A rejected row as a compiler says it: file:row:column: reason. */
function located(file: string, row: PreviewRow): string[] {
	if (row.status === 'excluded') return [`${file}:${row.row}: écartée (--exclude)`];
	if (row.status === 'ambiguous') return [`${file}:${row.row}: plusieurs entités du graphe possibles : à trancher sur la page d’import`];
	return row.problems.map((problem) => `${file}:${row.row}:${problem.column || '-'}: ${problem.message}`);
}

function report(file: string, preview: Preview, output: Output): void {
	const { summary } = preview;
	output.out(`${summary.sentence}.\n`);
	const reasons = new Map<string, number>();
	for (const row of preview.rows)
		if (row.status === 'ready' && row.actor?.outcome === 'found') reasons.set(row.actor.reason, (reasons.get(row.actor.reason) ?? 0) + 1);
	const counts = Object.entries(summary.byStatus)
		.filter(([, count]) => count > 0)
		.map(([status, count]) => `${status} ${count}`);
	output.out(`Lignes : ${summary.rows} (${counts.join(', ')}).\n`);
	if (reasons.size > 0) output.out(`Reconnues : ${[...reasons].map(([reason, count]) => `${count} par ${reason}`).join(', ')}.\n`);
	for (const row of preview.rows)
		if (['error', 'excluded', 'ambiguous'].includes(row.status)) for (const line of located(file, row)) output.out(`${line}\n`);
}

/** The command with its environment and output given, for tests. */
export async function runImportCli(args: string[], env: Record<string, string | undefined>, output: Output): Promise<number> {
	let read: Awaited<ReturnType<typeof readOptions>>;
	try {
		read = await readOptions(args);
	} catch (caught) {
		output.err(`${(caught as Error).message}\n\n${USAGE}\n`);
		return EXIT.usage;
	}
	let bytes: Uint8Array;
	try {
		bytes = new Uint8Array(await readFile(read.file));
	} catch {
		output.err(`${read.file} : fichier introuvable ou illisible.\n`);
		return EXIT.usage;
	}
	let database: Database;
	try {
		database = connect(readDatabaseSettings(read.values.test ? testDatabaseEnvironment(env) : env));
	} catch (caught) {
		output.err(`${(caught as Error).message}\n`);
		return EXIT.usage;
	}
	const name = path.basename(read.file);
	const request = importRequest(name, bytes, read.options, { excluded: read.excluded });
	const progress = read.values.progress || output.interactive ? (step: ImportProgress) => showProgress(step, output) : undefined;
	try {
		if (read.values['dry-run']) {
			const preview = await previewImport(database, request, progress);
			report(read.file, preview, output);
			await writeRejected(read.values.rejected, preview, output);
			const set = preview.summary.byStatus.error + preview.summary.byStatus.excluded + preview.summary.byStatus.ambiguous;
			return set > 0 ? EXIT.rejected : EXIT.done;
		}
		const author = { id: 'cli', name: `ligne de commande (${userInfo().username})` };
		const { preview, changeset } = await applyImport(database, author, request, { publish: true, progress });
		report(read.file, preview, output);
		await writeRejected(read.values.rejected, preview, output);
		output.out(
			changeset
				? `Changement ${changeset.id} publié (annulable depuis /historique).\n`
				: 'Rien à changer : le graphe contient déjà tout ce que dit ce fichier.\n'
		);
		return EXIT.done;
	} catch (caught) {
		if (caught instanceof SheetError) {
			output.err(`${read.file} : ${caught.message}\n`);
			return EXIT.unreadable;
		}
		if (caught instanceof ConflictError || caught instanceof DatabaseUnavailableError || caught instanceof QueryTimeoutError) {
			output.err(`Rien n’a été écrit : ${caught.message}\n`);
			return EXIT.failed;
		}
		throw caught;
	} finally {
		await database.close();
	}
}

async function writeRejected(file: string | undefined, preview: Preview, output: Output): Promise<void> {
	if (!file) return;
	await writeFile(
		file,
		rejectedRowsCsv(
			preview.columns.map((column) => column.header),
			preview.rows
		)
	);
	output.out(`Lignes écartées écrites dans ${file}.\n`);
}

function showProgress(step: ImportProgress, output: Output): void {
	if (step.phase === 'matching') output.err(`lecture… ${step.done}/${step.total} lignes (${step.rowsPerSecond} lignes/s)\n`);
	if (step.phase === 'applying') output.err(`application… ${step.total} opérations, en une transaction\n`);
}
