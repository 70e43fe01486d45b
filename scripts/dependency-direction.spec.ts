import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The dependency rules of eslint.config.js, shown on one wrong-direction import per rule family and
// on a right one beside it: the lint fails on the first and passes the second.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let eslint: ESLint;

beforeAll(() => {
	eslint = new ESLint({
		cwd: root,
		overrideConfigFile: path.join(root, 'eslint.config.js'),
		// Imports need no type information: without the TypeScript project service a Svelte file
		// parses in milliseconds rather than seconds, and need not exist on disk.
		overrideConfig: { files: ['**/*.svelte'], languageOptions: { parserOptions: { projectService: false } } }
	});
});

/** The dependency-rule messages the lint gives for `code` written in `file`. */
async function refusals(file: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(`${code}\n`, { filePath: path.join(root, file) });
	const fatal = result.messages.find((message) => message.fatal);
	if (fatal) throw new Error(`${file} did not parse: ${fatal.message}`);
	return result.messages.filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

/** Lints one import in `file` and returns the refusals. */
const importing = (file: string, source: string) => refusals(file, `import { x } from '${source}';\nexport const y = x;`);

describe('the dependency rules', { timeout: 30_000 }, () => {
	it('keep server code out of the browser folders, by alias, by relative path and by .svelte', async () => {
		expect(await importing('src/lib/server/search.ts', '$lib/explorer/filters')).toEqual([
			expect.stringMatching(/never imports a browser folder/)
		]);
		expect(await importing('src/lib/server/db/x.ts', '../../partners/finder.svelte')).toHaveLength(2);
		expect(await importing('src/lib/server/http/x.ts', '$lib/components/KindBadge.svelte')).toHaveLength(2);
		expect(await importing('src/lib/server/db/x.ts', '../partners/facts')).toEqual([]);
		expect(await importing('src/lib/server/search.ts', '$lib/domain/entity')).toEqual([]);
		expect(await importing('src/lib/server/export.ts', '$lib/export/file-name')).toEqual([]);
	});

	it('keep domain/ a leaf: zod and other domain modules only', async () => {
		expect(await importing('src/lib/domain/view.ts', '$lib/server/db/neo4j')).toEqual([expect.stringMatching(/domain\/ is the leaf/)]);
		expect(await importing('src/lib/domain/view.ts', '../explorer/filters')).toHaveLength(1);
		expect(await importing('src/lib/domain/view.ts', 'neo4j-driver')).toEqual([expect.stringMatching(/zod alone/)]);
		expect(await importing('src/lib/domain/view.ts', './model')).toEqual([]);
		expect(await importing('src/lib/domain/view.ts', '$lib/domain/model')).toEqual([]);
		expect(await importing('src/lib/domain/view.ts', 'zod')).toEqual([]);
	});

	it('keep export/ isomorphic: domain/ and ui/ only', async () => {
		expect(await importing('src/lib/export/files.ts', '$lib/client/download')).toHaveLength(1);
		expect(await importing('src/lib/export/files.ts', '$lib/server/db/records')).toHaveLength(1);
		expect(await importing('src/lib/export/files.ts', '$lib/ui/palette')).toEqual([]);
	});

	it('keep client/ on domain/ alone', async () => {
		expect(await importing('src/lib/client/http.ts', '$lib/explorer/api')).toHaveLength(1);
		expect(await importing('src/lib/client/http.ts', '$lib/domain/view')).toEqual([]);
	});

	it('keep the Cytoscape kit free of the capability folders', async () => {
		expect(await importing('src/lib/graph-view/style.ts', '$lib/explorer/filters')).toHaveLength(1);
		expect(await importing('src/lib/graph-view/caption.ts', '$lib/export/xml')).toEqual([]);
	});

	it('keep each capability folder off the server and off the other capabilities', async () => {
		expect(await importing('src/lib/explorer/share.ts', '$lib/partners/csv')).toEqual([
			expect.stringMatching(/explorer\/ runs in the browser/)
		]);
		expect(await importing('src/lib/console/table.ts', '$lib/server/console/result')).toHaveLength(1);
		expect(await importing('src/lib/analysis/components/x.ts', '../../explorer/groups')).toHaveLength(1);
		expect(await importing('src/lib/partners/csv.ts', '$lib/client/http')).toEqual([]);
		expect(await importing('src/lib/partners/csv.ts', '$lib/graph-view/elements')).toEqual([]);
	});

	it('keep shared components, i18n/ and ui/ off the capability folders', async () => {
		expect(await importing('src/lib/components/x.ts', '$lib/console/history')).toHaveLength(1);
		expect(await importing('src/lib/i18n/translator.ts', '$lib/components/x')).toHaveLength(1);
		expect(await importing('src/lib/ui/palette.ts', '$lib/graph-view/style')).toHaveLength(1);
		expect(await importing('src/lib/components/x.ts', '$lib/domain/wording')).toEqual([]);
	});

	it('hold inside a Svelte component’s script as well', async () => {
		const script = (source: string) => `<script lang="ts">\n\timport { x } from '${source}';\n\tconsole.log(x);\n</script>`;
		expect(await refusals('src/lib/components/Made.svelte', script('$lib/console/history'))).toHaveLength(1);
		expect(await refusals('src/routes/made/+page.svelte', script('$lib/server/search'))).toHaveLength(1);
		expect(await refusals('src/lib/components/Made.svelte', script('$lib/domain/model'))).toEqual([]);
	});

	it('make a route go through a server verb rather than to Cypher', async () => {
		expect(await importing('src/routes/api/search/+server.ts', '$lib/server/db/cypher')).toHaveLength(1);
		expect(await importing('src/routes/api/search/+server.ts', '$lib/server/search')).toEqual([]);
	});

	it('keep the Node tools (seed, scripts, bench) off the browser folders', async () => {
		expect(await importing('seed/x.ts', '$lib/graph-view/elements')).toHaveLength(1);
		expect(await importing('bench/x.ts', '../src/lib/explorer/filters')).toHaveLength(1);
		expect(await importing('seed/x.ts', '$lib/server/db/neo4j')).toEqual([]);
	});

	it('let spec files, and only them, import tests/', async () => {
		expect(await importing('src/lib/server/analysis/x.ts', '../../../../tests/support/fixtures/networks')).toEqual([
			expect.stringMatching(/never imports tests\//)
		]);
		expect(await importing('src/lib/server/analysis/x.spec.ts', '../../../../tests/support/fixtures/networks')).toEqual([]);
	});
});
