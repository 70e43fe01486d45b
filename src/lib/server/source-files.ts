import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { env } from '$env/dynamic/private';

/**
 * Files people give as the source of a fact (a report, an action plan, a saved web page): kept on
 * the server's disk, in SOURCE_FILES_DIR (`.data/sources` by default), under a random prefix and a
 * cleaned name, and served back to readers for download only, never rendered by the site.
 */

/** 10 Mo: a long report as PDF; the server's BODY_SIZE_LIMIT must allow it (see docs/deployment.md). */
export const SOURCE_FILE_MAX_BYTES = 10 * 1024 * 1024;

/** What a source file may be, by extension, and the type it is served with. */
export const SOURCE_FILE_TYPES: Readonly<Record<string, string>> = Object.freeze({
	pdf: 'application/pdf',
	txt: 'text/plain; charset=utf-8',
	html: 'text/html; charset=utf-8',
	htm: 'text/html; charset=utf-8',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	odt: 'application/vnd.oasis.opendocument.text',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	csv: 'text/csv; charset=utf-8'
});

/** A stored file's name: 8 hex digits, a dash, then lower-case letters, digits, dots and dashes. */
export const STORED_NAME = /^[0-9a-f]{8}-[a-z0-9][a-z0-9.-]{0,120}$/;

const folder = () => path.resolve(env.SOURCE_FILES_DIR || process.env.SOURCE_FILES_DIR || '.data/sources');

/** Why a file cannot be a source, in French, or null. */
export function sourceFileProblem(file: File): string | null {
	const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
	if (!(extension in SOURCE_FILE_TYPES))
		return `le fichier doit être ${Object.keys(SOURCE_FILE_TYPES).join(', ')} (reçu : « ${file.name} »)`;
	if (file.size === 0) return 'le fichier est vide';
	if (file.size > SOURCE_FILE_MAX_BYTES) return `le fichier dépasse ${SOURCE_FILE_MAX_BYTES / 1024 / 1024} Mo`;
	return null;
}

/** A person's file name made safe to keep: accents folded, anything else than letters and digits a dash. */
export function storedNameOf(original: string): string {
	const cleaned = original
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9.]+/g, '-')
		.replace(/^[-.]+|-+$/g, '')
		.slice(-100);
	return `${randomBytes(4).toString('hex')}-${cleaned || 'source'}`;
}

/** Keeps a (checked) file; returns its stored name. */
export async function storeSourceFile(file: File): Promise<string> {
	const name = storedNameOf(file.name);
	await mkdir(folder(), { recursive: true });
	await writeFile(path.join(folder(), name), Buffer.from(await file.arrayBuffer()), { flag: 'wx' });
	return name;
}

/** A stored file's bytes and type, or null when the name is not one of ours or the file is gone. */
export async function readSourceFile(name: string): Promise<{ bytes: Buffer; type: string } | null> {
	if (!STORED_NAME.test(name)) return null;
	const type = SOURCE_FILE_TYPES[name.split('.').pop() ?? ''];
	if (!type) return null;
	try {
		return { bytes: await readFile(path.join(folder(), name)), type };
	} catch {
		return null;
	}
}

/** Room a multipart form needs besides its file: boundaries, the other fields, a long file name. */
const FORM_OVERHEAD_BYTES = 16 * 1024;

/**
 * The largest file the upload form can send: 10 Mo, or less when the server reads less
 * (adapter-node's BODY_SIZE_LIMIT, 512K by default, with its K, M and G suffixes). Past it the
 * server answers a bare 413 before any route runs, so the page says so before sending.
 */
export function uploadLimit(bodySizeLimit: string | undefined): number {
	const value = bodySizeLimit?.trim() || '512K';
	const multiplier = ({ K: 1024, M: 1024 ** 2, G: 1024 ** 3 } as Record<string, number>)[value.slice(-1).toUpperCase()];
	const bytes = multiplier ? Number(value.slice(0, -1)) * multiplier : Number(value);
	if (!(bytes > 0)) return SOURCE_FILE_MAX_BYTES;
	return Math.min(SOURCE_FILE_MAX_BYTES, bytes - FORM_OVERHEAD_BYTES);
}
