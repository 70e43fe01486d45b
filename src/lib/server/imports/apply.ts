import { hasRole, type Account } from '$lib/domain/accounts';
import type { Changeset } from '$lib/domain/changesets';
import { importDecisionsSchema, type ImportDecisions, type ImportOptions } from '$lib/domain/imports';
import * as changesets from '$lib/server/changesets';
import type { Database } from '$lib/server/db/neo4j';
import { storeSourceFile } from '$lib/server/source-files';
import { operationsOf, previewImport, type ImportRequest, type Preview, type ProgressListener } from './preview';

/**
 * Bringing a spreadsheet into the graph: preview it (nothing written), then apply it as one
 * changeset — published at once for a curator, a proposal for a contributeur — with the file
 * itself kept as the source every fact cites. The preview is computed again when applying, so what
 * is written matches the graph as it is then.
 */

export interface Author {
	id: string;
	name: string;
}

export interface Applied {
	preview: Preview;
	/** The changeset written; null when the file states nothing the graph does not already hold. */
	changeset: Changeset | null;
}

/** A request from a file and what the person said about it; decisions default to none. */
export function importRequest(
	fileName: string,
	bytes: Uint8Array,
	options: ImportOptions,
	decisions?: Partial<ImportDecisions>
): ImportRequest {
	return { fileName, bytes, options, decisions: importDecisionsSchema.parse(decisions ?? {}) };
}

/**
 * Applies an import. `publish`: commit at once (a curator, the command line); otherwise the
 * changeset is proposed and waits for a curator. A failure leaves the graph as it was: the
 * changeset is one transaction.
 */
export async function applyImport(
	database: Database,
	author: Author,
	request: ImportRequest,
	{ publish, progress }: { publish: boolean; progress?: ProgressListener }
): Promise<Applied> {
	const preview = await previewImport(database, request, progress);
	const operations = await operationsOf(database, preview, request.fileName, () =>
		storeSourceFile(new File([request.bytes as Uint8Array<ArrayBuffer>], request.fileName))
	);
	if (operations.length === 0) return { preview, changeset: null };
	progress?.({ phase: 'applying', done: 0, total: operations.length, rowsPerSecond: 0 });
	const draft: changesets.Draft = {
		kind: 'import',
		reason: request.options.reason ?? '',
		summary: `import de « ${request.fileName} » : ${preview.summary.sentence}`,
		sourceId: preview.sourceId,
		operations
	};
	const changeset = publish ? await changesets.commit(database, author, draft) : await changesets.propose(database, author, draft);
	progress?.({ phase: 'done', done: operations.length, total: operations.length, rowsPerSecond: 0 });
	return { preview, changeset };
}

/** A curator publishes an import at once; a contributeur proposes it. */
export function publishesAtOnce(account: Account): boolean {
	return hasRole(account.role, 'curateur');
}
