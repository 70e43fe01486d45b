import { error } from '@sveltejs/kit';
import { ownImport } from '$lib/server/http/imports';
import { reader } from '$lib/server/http/caller';
import { jobs } from '$lib/server/imports';
import type { RequestHandler } from './$types';

/** GET /api/imports/{id}/rejected.csv — the rows set aside, with the file's columns and a « Motif » column, to fix and import again. */
export const GET: RequestHandler = async (event) => {
	const job = ownImport(reader(event, 'contributeur').account, event.params.id);
	const csv = jobs.rejectedCsv(job);
	if (csv === null) error(409, { message: 'L’aperçu n’est pas encore prêt : réessayez dans un instant.', code: 'conflict' });
	const name = `${job.fileName.replace(/\.[a-z0-9]+$/i, '').replace(/[^\p{L}\p{N}._-]+/gu, '-')}-lignes-ecartees.csv`;
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="lignes-ecartees.csv"; filename*=UTF-8''${encodeURIComponent(name)}`
		}
	});
};
