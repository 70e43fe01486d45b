import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Small modules: no src/ file over ~300 lines, no Svelte component over ~150, unless its size is
// earned and its header says why — a comment in its first lines that starts `Size:` and gives the
// reason (`// Size: …` in TypeScript, `<!-- Size: … -->` before a component's script).

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Lines allowed before a file must say why it is larger. */
const MAX_LINES = 300;
const MAX_COMPONENT_LINES = 150;
/** How far down the header may give its reason. */
const HEADER_LINES = 10;

function sourceFiles(directory: string): string[] {
	return readdirSync(path.join(root, directory), { withFileTypes: true }).flatMap((entry) => {
		const relative = path.posix.join(directory, entry.name);
		if (entry.isDirectory()) return sourceFiles(relative);
		return /\.(ts|js|svelte|css)$/.test(entry.name) ? [relative] : [];
	});
}

/** The reason a file's header gives for its size, or null when it gives none. */
function sizeReason(text: string): string | null {
	const header = text.split('\n').slice(0, HEADER_LINES);
	for (const line of header) {
		const match = /^\s*(?:\/\/|\/\*+|\*|<!--)\s*Size:\s*(\S.*?)\s*(?:-->|\*\/)?\s*$/.exec(line);
		if (match) return match[1];
	}
	return null;
}

/** Every src/ file over its limit: path, line count and limit. */
function oversized(): { file: string; lines: number; limit: number; reason: string | null }[] {
	return sourceFiles('src').flatMap((file) => {
		const text = readFileSync(path.join(root, file), 'utf8');
		const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
		const limit = file.endsWith('.svelte') ? MAX_COMPONENT_LINES : MAX_LINES;
		return lines > limit ? [{ file, lines, limit, reason: sizeReason(text) }] : [];
	});
}

describe('file sizes', () => {
	it('keep every src/ file within its limit unless its header says why its size is earned', () => {
		const unexplained = oversized()
			.filter(({ reason }) => reason === null)
			.map(({ file, lines, limit }) => `${file}: ${lines} lines (limit ${limit}) and no "Size:" header`);
		expect(unexplained).toEqual([]);
	});

	it('read a size reason from a TypeScript or a Svelte header only', () => {
		expect(sizeReason('// Size: one table of every endpoint.\nimport x from "y";')).toBe('one table of every endpoint.');
		expect(sizeReason('<!-- Size: the rest is its stylesheet. -->\n<script lang="ts">')).toBe('the rest is its stylesheet.');
		expect(sizeReason('/**\n * The API.\n * Size: one table.\n */')).toBe('one table.');
		expect(sizeReason('/* Size: one table. */')).toBe('one table.');
		expect(sizeReason('const a = 1;\n// no reason here')).toBeNull();
		expect(sizeReason(`${'\n'.repeat(HEADER_LINES)}// Size: too far down to be a header`)).toBeNull();
	});
});
