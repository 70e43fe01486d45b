import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The README is the page a newcomer reads first: it links to docs/ for everything else, and every
// one of those links (and each anchor) must lead somewhere that exists.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const README_MAX_LINES = 150;

const docsDirectory = path.join(root, 'docs');
const documents = [
	'README.md',
	'CONTRIBUTING.md',
	...readdirSync(docsDirectory)
		.filter((name) => name.endsWith('.md'))
		.map((name) => path.join('docs', name))
];

/** The Markdown outside fenced code blocks and inline code, where a link is a link. */
function prose(markdown: string): string {
	return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, '').replace(/`[^`\n]*`/g, '');
}

/** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
export function slug(heading: string): string {
	return heading
		.trim()
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\p{M} _-]/gu, '')
		.replace(/ /g, '-');
}

/** Every anchor of a Markdown file, duplicates numbered as GitHub numbers them. */
export function anchors(markdown: string): Set<string> {
	const seen = new Map<string, number>();
	const result = new Set<string>();
	const withoutCode = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, '');
	for (const [, heading] of withoutCode.matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm)) {
		const base = slug(heading.replace(/`/g, ''));
		const count = seen.get(base) ?? 0;
		seen.set(base, count + 1);
		result.add(count === 0 ? base : `${base}-${count}`);
	}
	return result;
}

/** The relative link targets of a Markdown text (web addresses and mail left out). */
export function relativeLinks(markdown: string): string[] {
	const targets = [...prose(markdown).matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((match) => match[1]);
	return targets.filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target));
}

/** What is wrong with one link of `file`, or null when it leads to an existing file and heading. */
export function brokenLink(file: string, target: string): string | null {
	const [rawPath, anchor] = target.split('#', 2);
	const targetFile =
		rawPath === '' ? path.join(root, file) : path.resolve(path.dirname(path.join(root, file)), decodeURIComponent(rawPath));
	if (!existsSync(targetFile)) return `${file}: « ${target} » mène à un fichier absent`;
	if (anchor === undefined || anchor === '') return null;
	if (statSync(targetFile).isDirectory() || !targetFile.endsWith('.md')) return null;
	if (!anchors(readFileSync(targetFile, 'utf8')).has(decodeURIComponent(anchor).toLowerCase())) {
		return `${file}: « ${target} » vise un titre absent de ${path.relative(root, targetFile)}`;
	}
	return null;
}

/**
 * The repository paths a Markdown text names in inline code (`src/lib/server/db/neo4j.ts`,
 * `$lib/server/db/cypher`, a path inside a command), placeholders (`<capacité>`, `*`, `…`) left out.
 */
export function codePaths(markdown: string): string[] {
	const inline = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, '').matchAll(/`([^`\n]+)`/g);
	return [...inline]
		.flatMap(([, code]) => code.split(/\s+/))
		.filter((word) => /^(?:\$lib|src|cypher|tests|seed|bench|scripts|static|docs)\//.test(word) && !/[*<>[\]{}|…]/.test(word))
		.map((word) => word.replace(/^\$lib\//, 'src/lib/').replace(/[),.;:]+$/, ''));
}

/** Whether a path names a file or folder; a module may be named without its extension, as imports do. */
function pathExists(name: string): boolean {
	return ['', '.ts', '.js', '.svelte'].some((extension) => existsSync(path.join(root, name + extension)));
}

describe('the documentation', () => {
	it('finds the README, CONTRIBUTING and every page of docs/', () => {
		expect(documents.length).toBeGreaterThan(10);
	});

	it.each(documents)('%s links only to files and headings that exist', (file) => {
		const links = relativeLinks(readFileSync(path.join(root, file), 'utf8'));
		const broken = links.map((target) => brokenLink(file, target)).filter((problem) => problem !== null);
		expect(broken).toEqual([]);
	});

	it.each(documents)('%s names only repository paths that exist', (file) => {
		const missing = codePaths(readFileSync(path.join(root, file), 'utf8')).filter((name) => !pathExists(name));
		expect(missing).toEqual([]);
	});

	it('keeps the README to a screen or two', () => {
		const lines = readFileSync(path.join(root, 'README.md'), 'utf8').split('\n').length;
		expect(lines).toBeLessThan(README_MAX_LINES);
	});

	it('links the README to every page of docs/', () => {
		const linked = new Set(relativeLinks(readFileSync(path.join(root, 'README.md'), 'utf8')).map((target) => target.split('#')[0]));
		const pages = readdirSync(docsDirectory).filter((name) => name.endsWith('.md') && name !== 'README.md');
		expect(pages.filter((name) => !linked.has(`docs/${name}`))).toEqual([]);
	});
});

describe('the link checker', () => {
	it('reports a missing file and a missing heading, and accepts what exists', () => {
		expect(brokenLink('README.md', 'docs/nulle-part.md')).toMatch(/fichier absent/);
		expect(brokenLink('README.md', 'CONTRIBUTING.md#un-titre-qui-nexiste-pas')).toMatch(/titre absent/);
		expect(brokenLink('README.md', 'CONTRIBUTING.md#organisation')).toBeNull();
		expect(brokenLink('docs/api.md', '../README.md')).toBeNull();
	});

	it('reads paths from inline code, commands included, and leaves placeholders and code blocks alone', () => {
		const markdown =
			'See `src/lib/server/db/neo4j.ts`, `npx vitest run src/lib/server/http/rate-limit` and `$lib/domain/view`;\n' +
			'not `src/lib/<capacité>/` nor `cypher/*.cypher`.\n```\nsrc/nowhere.ts\n```\n';
		expect(codePaths(markdown)).toEqual(['src/lib/server/db/neo4j.ts', 'src/lib/server/http/rate-limit', 'src/lib/domain/view']);
		expect(pathExists('src/lib/server/http/rate-limit')).toBe(true);
		expect(pathExists('src/lib/server/neo4j.ts')).toBe(false);
	});

	it('ignores links in code and web addresses, and gives headings their GitHub anchors', () => {
		expect(relativeLinks('[a](b.md) `[c](d.md)` [e](https://example.org)\n```\n[f](g.md)\n```\n')).toEqual(['b.md']);
		expect(slug("L'API : `GET /api/search` — Écrire")).toBe('lapi--get-apisearch--écrire');
		expect([...anchors('# Titre\n## Titre\n')]).toEqual(['titre', 'titre-1']);
	});
});
