import { randomBytes } from 'node:crypto';
import type { Account } from '$lib/domain/accounts';
import type { ImportDecisions, ImportOptions, ImportProgress, ImportState, ImportView, RowFilter } from '$lib/domain/imports';
import type { Database } from '$lib/server/db/neo4j';
import { applyImport, importRequest, publishesAtOnce } from './apply';
import { previewImport, type Preview } from './preview';
import { rejectedRowsCsv } from './rejected';

/**
 * Imports in progress, held in the server's memory: the file, what the person said about it, and
 * the preview or the changeset once computed. Reading and applying run in the background, so the
 * page shows a progress bar; each import belongs to the account that started it. An import not
 * applied is forgotten after a day (or when the server restarts): the file is uploaded again.
 */

export interface ImportJob {
	id: string;
	ownerId: string;
	fileName: string;
	bytes: Uint8Array;
	options: ImportOptions;
	decisions: ImportDecisions;
	state: ImportState;
	progress: ImportProgress;
	preview?: Preview;
	changeset?: { id: string; status: 'published' | 'proposed' };
	/** Nothing to write: the graph already holds everything the file states. */
	nothingToDo?: boolean;
	error?: string;
	updatedAt: number;
	/** Bumped by each new preview, so that a late result of an older one is dropped. */
	generation: number;
	/** The reading or applying under way, to wait for. */
	running?: Promise<void>;
	/** Once applied: the explorer link showing what it brought, made once. */
	explorerHref?: string | null;
	/** Once undone: the revert's changeset. */
	revertedBy?: string;
}

const jobs = new Map<string, ImportJob>();
const LIFETIME_MS = 24 * 60 * 60 * 1000;
/** Each import holds its file (10 Mo at most) in memory: a person keeps a few at once. */
export const MAX_PER_ACCOUNT = 5;

export const ImportIdPattern = /^imp-[0-9a-f]{16}$/;

function sweep(now = Date.now()): void {
	for (const [id, job] of jobs)
		if (now - job.updatedAt > LIFETIME_MS && job.state !== 'applying' && job.state !== 'reading') jobs.delete(id);
}

/** The account already holds as many imports as it may: the oldest finished one makes room, or null. */
function makeRoom(ownerId: string): boolean {
	const own = [...jobs.values()].filter((job) => job.ownerId === ownerId).sort((a, b) => a.updatedAt - b.updatedAt);
	if (own.length < MAX_PER_ACCOUNT) return true;
	const idle = own.find((job) => job.state !== 'reading' && job.state !== 'applying');
	if (!idle) return false;
	jobs.delete(idle.id);
	return true;
}

const toMessage = (error: unknown) =>
	error instanceof Error && /^[a-zà-ÿ«]/i.test(error.message) && error.name !== 'Error'
		? error.message
		: 'erreur inattendue : réessayez, ou signalez-la';

function runPreview(database: Database, job: ImportJob): void {
	const generation = ++job.generation;
	Object.assign(job, {
		state: 'reading',
		error: undefined,
		progress: { phase: 'reading', done: 0, total: 1, rowsPerSecond: 0 },
		updatedAt: Date.now()
	});
	job.running = previewImport(database, importRequest(job.fileName, job.bytes, job.options, job.decisions), (progress) => {
		if (job.generation === generation) job.progress = progress;
	})
		.then((preview) => {
			if (job.generation === generation) Object.assign(job, { preview, state: 'ready', updatedAt: Date.now() });
		})
		.catch((error: unknown) => {
			if (job.generation === generation) Object.assign(job, { state: 'failed', error: toMessage(error), updatedAt: Date.now() });
		});
}

export class ImportBusyError extends Error {
	override name = 'ImportBusyError';
}

/** Starts reading a file; null when the account holds too many imports still running. */
export function start(database: Database, account: Account, fileName: string, bytes: Uint8Array, options: ImportOptions): ImportJob | null {
	sweep();
	if (!makeRoom(account.id)) return null;
	const job: ImportJob = {
		id: `imp-${randomBytes(8).toString('hex')}`,
		ownerId: account.id,
		fileName,
		bytes,
		options,
		decisions: { excluded: [], choices: {}, fixes: {} },
		state: 'reading',
		progress: { phase: 'reading', done: 0, total: 1, rowsPerSecond: 0 },
		updatedAt: Date.now(),
		generation: 0
	};
	jobs.set(job.id, job);
	runPreview(database, job);
	return job;
}

/** An import of this account (another's is as unknown as a missing one). */
export function get(account: Account, id: string): ImportJob | null {
	const job = jobs.get(id);
	return job && job.ownerId === account.id ? job : null;
}

/** Reads the file again with other options or decisions. */
export function revise(database: Database, job: ImportJob, changes: { options?: ImportOptions; decisions?: ImportDecisions }): void {
	if (job.state === 'applying' || job.state === 'applied')
		throw new ImportBusyError(job.state === 'applying' ? 'l’import est en cours d’application' : 'cet import est déjà appliqué');
	if (changes.options) job.options = changes.options;
	if (changes.decisions) job.decisions = changes.decisions;
	runPreview(database, job);
}

/** Applies an import in the background: one changeset, published or proposed by the account's role. */
export function apply(database: Database, account: Account, job: ImportJob, decisions?: ImportDecisions): void {
	if (job.state !== 'ready')
		throw new ImportBusyError(job.state === 'applied' ? 'cet import est déjà appliqué' : 'l’aperçu n’est pas prêt');
	if (decisions) job.decisions = decisions;
	const generation = ++job.generation;
	Object.assign(job, { state: 'applying', error: undefined, updatedAt: Date.now() });
	job.running = applyImport(
		database,
		{ id: account.id, name: account.name },
		importRequest(job.fileName, job.bytes, job.options, job.decisions),
		{
			publish: publishesAtOnce(account),
			progress: (progress) => {
				if (job.generation === generation) job.progress = progress;
			}
		}
	)
		.then(({ preview, changeset }) => {
			Object.assign(job, {
				preview,
				state: 'applied',
				updatedAt: Date.now(),
				nothingToDo: changeset === null,
				changeset: changeset ? { id: changeset.id, status: changeset.status === 'published' ? 'published' : 'proposed' } : undefined
			});
		})
		.catch((error: unknown) => {
			// Nothing was written (one transaction): the preview stays, to try again.
			Object.assign(job, {
				state: job.preview ? 'ready' : 'failed',
				error: `l’import n’a rien écrit : ${toMessage(error)}`,
				updatedAt: Date.now()
			});
		});
}

export function forget(job: ImportJob): void {
	jobs.delete(job.id);
}

/** What the API and the page show of an import: its state, its columns, and one page of its rows. */
export function viewOf(job: ImportJob, filter: RowFilter): ImportView {
	const preview = job.preview;
	const rows = preview ? preview.rows.filter((row) => !filter.status || row.status === filter.status) : [];
	return {
		id: job.id,
		state: job.state,
		progress: job.progress,
		file: {
			name: job.fileName,
			format: preview?.sheet.format ?? (job.fileName.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv'),
			sheets: preview?.sheet.sheets ?? [],
			...(preview?.sheet.sheet ? { sheet: preview.sheet.sheet } : {}),
			...(preview?.sheet.encoding ? { encoding: preview.sheet.encoding } : {}),
			...(preview?.sheet.delimiter ? { delimiter: preview.sheet.delimiter } : {}),
			headerRow: preview?.headerRow ?? 1
		},
		options: { preset: job.options.preset, clusterId: job.options.clusterId, sheet: job.options.sheet, reason: job.options.reason },
		columns: preview?.columns ?? [],
		...(preview ? { summary: preview.summary } : {}),
		rows: rows.slice(filter.offset, filter.offset + filter.limit),
		rowCount: rows.length,
		...(job.changeset ? { changeset: job.changeset } : {}),
		...(job.nothingToDo ? { nothingToDo: true } : {}),
		...(job.revertedBy ? { revertedBy: job.revertedBy } : {}),
		...(job.error ? { error: job.error } : {})
	} as ImportView;
}

/** The rows set aside, as a CSV to fix and import again; null before the preview. */
export function rejectedCsv(job: ImportJob): string | null {
	return job.preview
		? rejectedRowsCsv(
				job.preview.columns.map((column) => column.header),
				job.preview.rows
			)
		: null;
}

/** Resolves once the job's reading or applying is over (whatever its outcome). */
export async function settled(job: ImportJob): Promise<void> {
	while (job.running) {
		const running = job.running;
		await running;
		if (job.running === running) return;
	}
}

/** Every import, for tests: forgets them all. */
export function clear(): void {
	jobs.clear();
}
