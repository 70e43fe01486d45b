import { describe, expect, it } from 'vitest';
import { SOURCE_FILE_MAX_BYTES } from '$lib/server/source-files';
import { uploadLimit } from './page-forms';

describe('uploadLimit', () => {
	it('is the server’s body limit less the form’s own room, read as adapter-node reads it', () => {
		expect(uploadLimit(undefined)).toBe(512 * 1024 - 16 * 1024);
		expect(uploadLimit('512K')).toBe(512 * 1024 - 16 * 1024);
		expect(uploadLimit('2m')).toBe(2 * 1024 ** 2 - 16 * 1024);
		expect(uploadLimit('1000000')).toBe(1_000_000 - 16 * 1024);
	});

	it('never passes the 10 Mo an import reads, and falls back to it on a limit it cannot read', () => {
		expect(uploadLimit('11M')).toBe(SOURCE_FILE_MAX_BYTES);
		expect(uploadLimit('Infinity')).toBe(SOURCE_FILE_MAX_BYTES);
		expect(uploadLimit('beaucoup')).toBe(SOURCE_FILE_MAX_BYTES);
	});
});
