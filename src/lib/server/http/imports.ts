import { error, json } from '@sveltejs/kit';
import type { Account } from '$lib/domain/accounts';
import { importOptionsSchema, rowFilterSchema, type ImportOptions } from '$lib/domain/imports';
import * as changesets from '$lib/server/changesets';
import type { Database } from '$lib/server/db/neo4j';
import { jobs, SHEET_EXTENSIONS } from '$lib/server/imports';
import type { ImportJob } from '$lib/server/imports/jobs';
import { SOURCE_FILE_MAX_BYTES } from '$lib/server/source-files';
import { answer, invalidInput, parseInput, searchParamsObject } from './answer';

/**
 * What the import endpoints share: who may see an import (the account that started it), the
 * upload's checks, the options read from a form, the view answered.
 */

/** The import of the address, if it is the caller's; 404 otherwise (another's import is not revealed). */
export function ownImport(account: Account, id: string): ImportJob {
	const job = jobs.ImportIdPattern.test(id) ? jobs.get(account, id) : null;
	if (!job)
		error(404, {
			message: `Aucun import « ${id} » en cours pour votre compte (un import non appliqué est oublié après 24 heures ou au redémarrage du serveur).`,
			code: 'not-found'
		});
	return job;
}

/** An uploaded file, checked: present, a spreadsheet, not empty, 10 Mo at most. */
function checkedSheet(name: string, bytes: Uint8Array): { name: string; bytes: Uint8Array } {
	if (bytes.byteLength === 0) invalidInput([{ path: ['file'], message: 'est obligatoire : joignez un fichier .xlsx ou .csv' }]);
	const extension = name.split('.').pop()?.toLowerCase() ?? '';
	if (!(SHEET_EXTENSIONS as readonly string[]).includes(extension))
		invalidInput([{ path: ['file'], message: `doit être un tableur .xlsx ou un fichier .csv (reçu : « ${name} »)` }]);
	if (bytes.byteLength > SOURCE_FILE_MAX_BYTES)
		invalidInput([{ path: ['file'], message: `dépasse ${SOURCE_FILE_MAX_BYTES / 1024 / 1024} Mo` }]);
	return { name: name.slice(-200), bytes };
}

/** The file and the text fields of a multipart form. */
export async function sheetFromForm(
	form: FormData
): Promise<{ file: { name: string; bytes: Uint8Array }; fields: Record<string, string> }> {
	const file = form.get('file');
	const fields = Object.fromEntries([...form.entries()].filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
	if (!(file instanceof File)) invalidInput([{ path: ['file'], message: 'est obligatoire : joignez un fichier .xlsx ou .csv' }]);
	return { file: checkedSheet(file.name, new Uint8Array(await file.arrayBuffer())), fields };
}

/**
 * The file and the fields of an upload. A page sends a multipart form (its own origin, which
 * SvelteKit's check of cross-site forms lets through); a script may instead send the file itself
 * as the body (`Content-Type: application/octet-stream`, `text/csv`…) with the options in the
 * query string and the file's name in `name` — no Origin header needed.
 */
export async function uploadedSheet(
	request: Request,
	url: URL
): Promise<{ file: { name: string; bytes: Uint8Array }; fields: Record<string, string> }> {
	if ((request.headers.get('content-type') ?? '').toLowerCase().startsWith('multipart/form-data')) {
		const form = await request.formData().catch(() => invalidInput([{ path: [], message: 'le formulaire multipart est illisible' }]));
		return sheetFromForm(form);
	}
	const fields = searchParamsObject(url);
	if (!fields.name)
		invalidInput([
			{ path: ['name'], message: 'est obligatoire quand le corps est le fichier lui-même : son nom, avec son extension (.xlsx, .csv)' }
		]);
	const bytes = new Uint8Array(await request.arrayBuffer());
	return { file: checkedSheet(fields.name, bytes), fields };
}

/** The import's options from form fields or the query (the mapping as JSON text), checked; the cluster must be a cluster of the graph. */
export async function importOptions(database: Database, fields: Record<string, string>): Promise<ImportOptions> {
	let mapping: unknown = undefined;
	if (fields.mapping?.trim()) {
		try {
			mapping = JSON.parse(fields.mapping);
		} catch {
			invalidInput([{ path: ['mapping'], message: 'doit être une liste JSON de { "column": …, "field": … }' }]);
		}
	}
	const options = parseInput(importOptionsSchema, { ...fields, mapping });
	await checkCluster(database, options.clusterId);
	return options;
}

export async function checkCluster(database: Database, clusterId: string | undefined): Promise<void> {
	if (!clusterId) return;
	const found = await answer(() => changesets.readEntities(database, [clusterId]));
	if (!found.get(clusterId)?.labels.includes('Cluster'))
		invalidInput([{ path: ['clusterId'], message: `« ${clusterId} » n’est pas un cluster ni un réseau du graphe` }]);
}

/** The import as the API shows it, one page of rows (query: status, offset, limit). */
export function importAnswer(job: ImportJob, url: URL, status = 200): Response {
	const filter = parseInput(rowFilterSchema, searchParamsObject(url));
	return json(jobs.viewOf(job, filter), { status, headers: { location: `/api/imports/${job.id}` } });
}

/** With `?wait=true`, the answer waits until reading or applying is over (for scripts); otherwise it comes at once. */
export async function settledIfAsked(job: ImportJob, url: URL): Promise<void> {
	if (url.searchParams.get('wait') === 'true') await jobs.settled(job);
}
