import { error } from '@sveltejs/kit';
import { readSourceFile } from '$lib/server/source-files';
import type { RequestHandler } from './$types';

/** GET /sources/fichiers/:name — a file given as a source, as a download (never shown as a page of this site). */
export const GET: RequestHandler = async ({ params }) => {
	const file = await readSourceFile(params.name);
	if (!file) error(404, { message: `Aucun fichier de source « ${params.name} ».`, code: 'not-found' });
	return new Response(new Uint8Array(file.bytes), {
		headers: {
			'Content-Type': file.type,
			'Content-Disposition': `attachment; filename="${params.name}"`,
			'Content-Security-Policy': "default-src 'none'; sandbox",
			'Cache-Control': 'public, max-age=86400'
		}
	});
};
