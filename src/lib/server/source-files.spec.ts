import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	readSourceFile,
	SOURCE_FILE_MAX_BYTES,
	sourceFileProblem,
	storedNameOf,
	storeSourceFile,
	STORED_NAME,
	uploadLimit
} from './source-files';

let folder: string;
beforeAll(async () => {
	folder = await mkdtemp(path.join(tmpdir(), 'maillage-sources-'));
	process.env.SOURCE_FILES_DIR = folder;
});
afterAll(async () => {
	delete process.env.SOURCE_FILES_DIR;
	await rm(folder, { recursive: true, force: true });
});

describe('files given as sources', () => {
	it('are kept under a random prefix and a cleaned name, never the path they came with', () => {
		const name = storedNameOf('../../Plan d’action — Territoire Fictif.PDF');
		expect(name).toMatch(/^[0-9a-f]{8}-plan-d-action-territoire-fictif\.pdf$/);
		expect(STORED_NAME.test(name)).toBe(true);
	});

	it('are refused when of another type, empty or too large, saying why', () => {
		expect(sourceFileProblem(new File(['x'], 'script.exe'))).toMatch(/doit être pdf/);
		expect(sourceFileProblem(new File([], 'vide.pdf'))).toMatch(/vide/);
		expect(sourceFileProblem(new File([new Uint8Array(11 * 1024 * 1024)], 'gros.pdf'))).toMatch(/dépasse 10 Mo/);
		expect(sourceFileProblem(new File(['Rapport fictif'], 'rapport.txt'))).toBeNull();
	});

	it('are read back by their stored name only', async () => {
		const name = await storeSourceFile(new File(['Rapport fictif'], 'rapport.txt'));
		expect((await readSourceFile(name))?.bytes.toString()).toBe('Rapport fictif');
		expect(await readSourceFile('../.env')).toBeNull();
		expect(await readSourceFile('00000000-absent.txt')).toBeNull();
	});
});

describe('uploadLimit', () => {
	it('is the server’s body limit less the form’s own room, read as adapter-node reads it', () => {
		expect(uploadLimit(undefined)).toBe(512 * 1024 - 16 * 1024);
		expect(uploadLimit('512K')).toBe(512 * 1024 - 16 * 1024);
		expect(uploadLimit('2m')).toBe(2 * 1024 ** 2 - 16 * 1024);
		expect(uploadLimit('1000000')).toBe(1_000_000 - 16 * 1024);
	});

	it('never passes the 10 Mo a source file may weigh, and falls back to it on a limit it cannot read', () => {
		expect(uploadLimit('11M')).toBe(SOURCE_FILE_MAX_BYTES);
		expect(uploadLimit('Infinity')).toBe(SOURCE_FILE_MAX_BYTES);
		expect(uploadLimit('beaucoup')).toBe(SOURCE_FILE_MAX_BYTES);
	});
});
