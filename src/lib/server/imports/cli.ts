import { readFile, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { describeIssues } from '$lib/domain/issues';
import {
	importDecisionsSchema,
	importOptionsSchema,
	mappingSchema,
	rowStatuses,
	type ImportProgress,
	type MatchReason,
	type PreviewRow,
	type RowStatus
} from '$lib/domain/imports';
import { ConflictError } from '$lib/server/changesets';
import { connect, DatabaseUnavailableError, QueryTimeoutError, type Database } from '$lib/server/db/neo4j';
import { readDatabaseSettings, testDatabaseEnvironment } from '$lib/server/db/settings';
import { applyImport, importRequest, type Applied } from './apply';
import { previewImport, type Preview } from './preview';
import { formatOf, SheetError } from './read-sheet';
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

/** node:util's own messages are in English: the command line answers in French, naming the option. */
function parseCommandLine(args: string[]) {
	try {
		return parseArgs({
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
	} catch (caught) {
		const { code, message } = caught as { code?: string; message: string };
		const option = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
		if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') usage(`option inconnue : ${option}`);
		if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') usage(`option « ${option} » : attend une valeur`);
		throw caught;
	}
}

/** Row numbers as the person sees them (`12,14`), checked like the page's decisions. */
function excludedRows(list: string | undefined): number[] {
	const rows = (list ?? '')
		.split(',')
		.map((row) => row.trim())
		.filter(Boolean);
	const notNumber = rows.find((row) => !/^\d+$/.test(row));
	if (notNumber !== undefined) usage(`option « --exclude » : « ${notNumber} » n’est pas un numéro de ligne`);
	const checked = importDecisionsSchema.shape.excluded.safeParse(rows.map(Number));
	if (!checked.success) usage(`option « --exclude » : les lignes sont numérotées à partir de 1, comme dans le tableur`);
	return checked.data;
}

/** The options read and checked; a problem is a usage error naming the option. */
async function readOptions(args: string[]) {
	const { values, positionals } = parseCommandLine(args);
	if (positionals.length !== 1) usage('donnez un fichier, et un seul (.xlsx ou .csv)');
	const file = positionals[0];
	let mapping: unknown;
	if (values.mapping) {
		try {
			mapping = JSON.parse(await readFile(values.mapping, 'utf8'));
		} catch (caught) {
			usage(`option « --mapping » : ${values.mapping} illisible (${(caught as Error).message})`);
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
	// A CSV has one table: a sheet named for it would be silently ignored.
	if (values.sheet && formatOf(file) === 'csv')
		usage('option « --sheet » : un fichier CSV n’a pas de feuilles, seul un classeur .xlsx en a');
	return { file, options: options.data, excluded: excludedRows(values.exclude), values };
}

/** A count and its noun, singular or plural as French wants (0 and 1 take the singular). */
const counted = (count: number, [one, many]: readonly [string, string]) => `${count} ${count > 1 ? many : one}`;

const STATUS: Readonly<Record<RowStatus, readonly [string, string]>> = {
	ready: ['prête', 'prêtes'],
	unchanged: ['déjà présente', 'déjà présentes'],
	ambiguous: ['à trancher', 'à trancher'],
	error: ['en erreur', 'en erreur'],
	duplicate: ['doublon', 'doublons'],
	excluded: ['écartée', 'écartées'],
	ignored: ['ignorée (vide ou total)', 'ignorées (vides ou totaux)']
};

const BY: Readonly<Record<MatchReason, string>> = {
	siret: 'par le SIRET',
	siren: 'par le SIREN',
	'name-and-place': 'par le nom et le lieu',
	name: 'par le nom',
	'close-name': 'par un nom proche',
	chosen: 'par choix',
	'same-as-row': 'comme une ligne précédente'
};

/** The column that names the organisation, for a row whose organisation is in question. */
function nameColumn(preview: Preview): string {
	return preview.columns.find((column) => column.field === 'actor.name')?.header ?? '-';
}

/** A row set aside as a compiler says it — file:row:column: reason — so that editors can jump to it. */
function located(file: string, row: PreviewRow, preview: Preview): string[] {
	if (row.status === 'excluded') return [`${file}:${row.row}:-: écartée (--exclude)`];
	if (row.status === 'ambiguous') {
		const choices = row.actor?.outcome === 'ambiguous' ? row.actor.choices.map((choice) => `${choice.name} (${choice.id})`) : [];
		return [
			`${file}:${row.row}:${nameColumn(preview)}: plusieurs entités du graphe possibles : ${choices.join(', ')} — à trancher sur la page d’import`
		];
	}
	return row.problems.map((problem) => `${file}:${row.row}:${problem.column || '-'}: ${problem.message}`);
}

/** The preview as a person reads it: the sentence, the rows by status, the organisations recognised and why, the rows set aside. */
function report(file: string, preview: Preview, output: Output): void {
	const { summary } = preview;
	output.out(`${summary.sentence}.\n`);
	const counts = rowStatuses
		.filter((status) => summary.byStatus[status] > 0)
		.map((status) => counted(summary.byStatus[status], STATUS[status]));
	output.out(`Lignes : ${summary.rows} — ${counts.join(', ')}.\n`);
	const reasons = new Map<MatchReason, number>();
	let fresh = 0;
	for (const row of preview.rows) {
		if (row.status !== 'ready' && row.status !== 'unchanged') continue;
		if (row.actor?.outcome === 'found') reasons.set(row.actor.reason, (reasons.get(row.actor.reason) ?? 0) + 1);
		if (row.actor?.outcome === 'new' && row.actor.sameAsRow === undefined) fresh++;
	}
	const found = [...reasons.values()].reduce((sum, count) => sum + count, 0);
	const why = [...reasons].map(([reason, count]) => `${count} ${BY[reason]}`).join(', ');
	if (found + fresh > 0)
		output.out(
			`Organisations : ${counted(found, ['reconnue', 'reconnues'])} dans le graphe${found > 0 ? ` (${why})` : ''}, ${counted(fresh, ['nouvelle', 'nouvelles'])}.\n`
		);
	for (const row of preview.rows)
		if (['error', 'excluded', 'ambiguous'].includes(row.status)) for (const line of located(file, row, preview)) output.out(`${line}\n`);
}

/** Why an import that threw wrote nothing, in French: the changeset is one transaction, rolled back whole. */
function whyNothing(caught: unknown): string {
	if (caught instanceof ConflictError) return caught.message;
	if (caught instanceof DatabaseUnavailableError) return `la base Neo4j ne répond pas ou refuse la connexion (${caught.message})`;
	if (caught instanceof QueryTimeoutError) return 'l’écriture a dépassé le délai de NEO4J_WRITE_TIMEOUT_MS et a été arrêtée';
	// The unique id an import creates was taken by another writer between its preview and its write.
	if ((caught as { code?: string }).code === 'Neo.ClientError.Schema.ConstraintValidationFailed')
		return 'une entité de même identifiant a été créée pendant l’import ; relancez-le, l’aperçu en tiendra compte';
	return caught instanceof Error ? caught.message : String(caught);
}

/** The command with its environment and output given, for tests. */
export async function runImportCli(args: string[], env: Record<string, string | undefined>, output: Output): Promise<number> {
	let read: Awaited<ReturnType<typeof readOptions>>;
	try {
		read = await readOptions(args);
	} catch (caught) {
		if (!(caught instanceof UsageError)) throw caught;
		output.err(`${caught.message}\n\n${USAGE}\n`);
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
	const request = importRequest(path.basename(read.file), bytes, read.options, { excluded: read.excluded });
	const progress = read.values.progress || output.interactive ? (step: ImportProgress) => showProgress(step, output) : undefined;
	try {
		let preview: Preview;
		let applied: Applied | undefined;
		try {
			if (read.values['dry-run']) preview = await previewImport(database, request, progress);
			else {
				const author = { id: 'cli', name: `ligne de commande (${userInfo().username})` };
				applied = await applyImport(database, author, request, { publish: true, progress });
				preview = applied.preview;
			}
		} catch (caught) {
			if (caught instanceof SheetError) {
				output.err(`${read.file} : ${caught.message}\n`);
				return EXIT.unreadable;
			}
			output.err(`Rien n’a été écrit : ${whyNothing(caught)}\n`);
			if (!(caught instanceof ConflictError || caught instanceof DatabaseUnavailableError || caught instanceof QueryTimeoutError))
				output.err(`${(caught as Error).stack ?? ''}\n`);
			return EXIT.failed;
		}
		report(read.file, preview, output);
		await writeRejected(read.values.rejected, preview, output);
		if (!applied) {
			const set = preview.summary.byStatus.error + preview.summary.byStatus.excluded + preview.summary.byStatus.ambiguous;
			return set > 0 ? EXIT.rejected : EXIT.done;
		}
		output.out(
			applied.changeset
				? `Changement ${applied.changeset.id} publié (annulable depuis /historique).\n`
				: 'Rien à changer : le graphe contient déjà tout ce que dit ce fichier.\n'
		);
		return EXIT.done;
	} finally {
		await database.close();
	}
}

/** The rows set aside, as a CSV to fix; a file that cannot be written is said, not thrown: the import itself is done. */
async function writeRejected(file: string | undefined, preview: Preview, output: Output): Promise<void> {
	if (!file) return;
	try {
		await writeFile(
			file,
			rejectedRowsCsv(
				preview.columns.map((column) => column.header),
				preview.rows
			)
		);
		output.out(`Lignes écartées écrites dans ${file}.\n`);
	} catch (caught) {
		output.err(`${file} : impossible d’y écrire les lignes écartées (${(caught as Error).message}).\n`);
	}
}

function showProgress(step: ImportProgress, output: Output): void {
	if (step.phase === 'reading') output.err('lecture du fichier…\n');
	if (step.phase === 'matching') output.err(`rapprochement… ${step.done}/${step.total} lignes (${step.rowsPerSecond} lignes/s)\n`);
	if (step.phase === 'applying') output.err(`application… ${step.total} opérations, en une transaction\n`);
}
