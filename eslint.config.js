import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// ── Dependencies run one way ─────────────────────────────────────────────────────────────────
// routes → server verbs → cypher and records; browser code → client → API; domain/ imports nothing
// of the app; server code never imports a browser folder. Each folder of src/lib gets the
// `no-restricted-imports` patterns below, so a wrong-direction import fails `npm run lint`
// (scripts/dependency-direction.spec.ts shows one per rule). CONTRIBUTING.md draws the tree.
//
// The rules hold for the code that ships. Spec files are left out: a test may bring layers together
// on purpose (the real translator, a fixture graph under tests/support, a list checked against the
// Cytoscape kit's). `import()` expressions are not checked by the rule; the code uses them for
// packages only.

/** What an import can name directly under src/lib: each folder, and each top-level module without its extension. */
const libEntries = readdirSync(new URL('./src/lib/', import.meta.url), { withFileTypes: true })
	.filter((entry) => entry.isDirectory() || (/\.(ts|js|svelte)$/.test(entry.name) && !/\.(spec|d)\.ts$/.test(entry.name)))
	.map((entry) => entry.name.replace(/(\.svelte)?\.(ts|js)$|\.svelte$/, ''));

/** The browser's side: the shared kits and the pages' capability folders. */
const capabilities = ['explorer', 'partners', 'analysis', 'console'];
const browserFolders = ['client', 'components', 'graph-view', ...capabilities];

/** Folders nest this deep at most under src/lib/<folder>/; one block is built per depth. */
const DEEPEST = 4;
const codeFiles = '*.{ts,js,svelte}';
const specFiles = ['**/*.spec.ts'];

const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern matching an import of one of `names` (entries of src/lib), written `$lib/<name>…` or
 * relative from a file `depth` folders below src/lib (`../explorer/…` from src/lib/server/x.ts,
 * `../../explorer/…` from src/lib/server/db/x.ts). The depth matters: from src/lib/server/db/,
 * `../partners` is the server's partners, `../../partners` the browser's.
 */
function libImport(names, depth, message) {
	const prefix = `(?:\\$lib/|(?:\\.\\./){${depth}})`;
	return { regex: `^${prefix}(?:${names.map(escapeRegex).join('|')})(?:/|$)`, caseSensitive: true, message };
}

/** Shipped code never reaches into tests/ (fixtures and helpers are the specs' business). */
const intoTests = {
	regex: '^(?:\\.\\./)+tests/',
	caseSensitive: true,
	message: 'Code that ships never imports tests/; only spec files may.'
};

/** Svelte components and rune modules (`x.svelte`, `x.svelte.ts` imported as `x.svelte`) are browser code. */
const svelteModules = {
	regex: '\\.svelte(?:\\.[jt]s)?$',
	caseSensitive: true,
	message: 'Server code never imports Svelte components or rune modules.'
};

/**
 * The config blocks restricting what src/lib/<folder> imports: either `allow` (the src/lib entries
 * it may import besides itself; every other entry, present or future, is refused) or `deny` (the
 * entries it may not import). `patterns` adds more refusals (packages, `.svelte`). Each block
 * carries every pattern its files need, because a later block's options replace an earlier one's.
 */
function dependencyRule(folder, { allow, deny, message, patterns = [] }) {
	const refused = (deny ?? libEntries.filter((name) => !allow.includes(name))).filter((name) => name !== folder);
	return Array.from({ length: DEEPEST }, (_, index) => ({
		files: [`src/lib/${folder}/${'*/'.repeat(index)}${codeFiles}`],
		ignores: specFiles,
		rules: { 'no-restricted-imports': ['error', { patterns: [libImport(refused, index + 1, message), ...patterns, intoTests] }] }
	}));
}

/** Tools outside the app (seed loader, scripts, benchmarks) may use the server's code, never the browser's. */
function toolRule(folder) {
	const message = `${folder}/ runs in Node: it may import server, domain and export code, never a browser folder.`;
	return {
		files: [`${folder}/**/*.{ts,js}`],
		ignores: specFiles,
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: `^(?:\\$lib/|(?:\\.\\./)+src/lib/)(?:${browserFolders.map(escapeRegex).join('|')})(?:/|$)`,
							caseSensitive: true,
							message
						},
						svelteModules
					]
				}
			]
		}
	};
}

const dependencyDirection = [
	{
		files: [`src/**/${codeFiles}`],
		ignores: specFiles,
		rules: { 'no-restricted-imports': ['error', { patterns: [intoTests] }] }
	},
	{
		files: [`src/routes/**/${codeFiles}`],
		ignores: specFiles,
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '^(?:\\$lib/|(?:\\.\\./)+lib/)server/db/(?:cypher|records)(?:/|$|\\.)',
							caseSensitive: true,
							message: 'A route calls a server verb; Cypher files and driver records stay behind it.'
						},
						intoTests
					]
				}
			]
		}
	},
	{
		files: ['src/routes/**/*.svelte'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '^(?:\\$lib/|(?:\\.\\./)+lib/)server(?:/|$)',
							caseSensitive: true,
							message: 'A page component runs in the browser: it gets server data from its +page.server.ts or through client/.'
						},
						intoTests
					]
				}
			]
		}
	},
	...dependencyRule('domain', {
		allow: [],
		message: 'domain/ is the leaf every side shares: it imports zod and other domain modules only.',
		patterns: [
			{ regex: '^(?!\\.|\\$lib/|zod$)', caseSensitive: true, message: 'domain/ depends on zod alone (no other package, no $app or $env).' }
		]
	}),
	...dependencyRule('export', {
		allow: ['domain', 'ui'],
		message: 'export/ writes files the same way in the browser and on the server: it imports domain/ and ui/ only.'
	}),
	...dependencyRule('client', {
		allow: ['domain'],
		message: 'client/ is how browser code reaches the API: it imports domain/ only.'
	}),
	...dependencyRule('graph-view', {
		// export/ sits below the kit (it imports domain/ and ui/ only): an image caption is escaped as SVG text there.
		allow: ['domain', 'ui', 'export'],
		message: 'graph-view/ is the Cytoscape kit every page shares: it imports domain/, ui/ and export/, never a capability folder.'
	}),
	...capabilities.flatMap((capability) =>
		dependencyRule(capability, {
			deny: ['server', ...capabilities],
			message: `${capability}/ runs in the browser and reaches the server through client/; it shares with the other pages through client/, components/, graph-view/, domain/ and export/.`
		})
	),
	...dependencyRule('components', {
		deny: ['server', ...capabilities],
		message: 'components/ is shared UI: it imports no capability folder and no server code.'
	}),
	...dependencyRule('i18n', {
		allow: ['domain'],
		message: 'i18n/ (messages, locale, translator) is used by every side: it imports domain/ only.'
	}),
	...dependencyRule('ui', {
		allow: ['domain'],
		message: 'ui/ (the palette) is used by every side: it imports domain/ only.'
	}),
	...dependencyRule('server', {
		deny: browserFolders,
		message: 'Server code never imports a browser folder: share through domain/ or export/.',
		patterns: [svelteModules]
	}),
	toolRule('seed'),
	toolRule('scripts'),
	toolRule('bench')
];

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: { parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig } }
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
		}
	},
	...dependencyDirection,
	{
		ignores: ['build/', '.svelte-kit/', 'node_modules/', '.data/', 'scripts/neo4j-local/target/', 'test-results/', 'playwright-report/']
	}
);
