// `npm test`: the whole suite — type check, lint, unit, component (Svelte components in Chromium),
// integration (real Neo4j), end-to-end (built app in Chromium). Every stage runs even when one
// fails, and the last line sums the tests of every suite: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './db.js';

const RESULTS = path.join(ROOT, 'test-results');
mkdirSync(RESULTS, { recursive: true });
const bin = (relative) => path.join(ROOT, 'node_modules', relative);

/** Each stage: how to run it and, for test runners, where its JSON report lands. */
const stages = [
	{
		name: 'check',
		args: [bin('@sveltejs/kit/svelte-kit.js'), 'sync'],
		then: [bin('svelte-check/bin/svelte-check'), '--tsconfig', './tsconfig.json', '--fail-on-warnings']
	},
	{
		name: 'lint',
		args: [bin('prettier/bin/prettier.cjs'), '--check', '.', '--log-level', 'warn'],
		then: [bin('eslint/bin/eslint.js'), '.']
	},
	{
		name: 'unit',
		args: [
			bin('vitest/vitest.mjs'),
			'run',
			'--project',
			'unit',
			'--reporter=default',
			'--reporter=json',
			'--outputFile.json=test-results/unit.json'
		],
		report: 'unit.json'
	},
	{
		name: 'component',
		args: [
			bin('vitest/vitest.mjs'),
			'run',
			'--project',
			'component',
			'--reporter=default',
			'--reporter=json',
			'--outputFile.json=test-results/component.json'
		],
		report: 'component.json'
	},
	{
		name: 'integration',
		args: [
			bin('vitest/vitest.mjs'),
			'run',
			'--project',
			'integration',
			'--reporter=default',
			'--reporter=json',
			'--outputFile.json=test-results/integration.json'
		],
		report: 'integration.json'
	},
	{ name: 'e2e', args: ['scripts/e2e.js'], report: 'e2e-report.json' }
];

let passed = 0;
let failed = 0;
const summary = [];
for (const stage of stages) {
	console.log(`\n━━ ${stage.name} ━━`);
	if (stage.report) rmSync(path.join(RESULTS, stage.report), { force: true });
	let status = spawnSync(process.execPath, stage.args, { cwd: ROOT, stdio: 'inherit', env: process.env }).status;
	if (status === 0 && stage.then)
		status = spawnSync(process.execPath, stage.then, { cwd: ROOT, stdio: 'inherit', env: process.env }).status;
	const counts = stage.report
		? readCounts(path.join(RESULTS, stage.report))
		: status === 0
			? { passed: 1, failed: 0 }
			: { passed: 0, failed: 1 };
	// A runner that crashed before writing its report still counts as a failure.
	if (status !== 0 && counts.failed === 0) counts.failed = 1;
	passed += counts.passed;
	failed += counts.failed;
	summary.push(`${stage.name}: ${status === 0 ? 'ok' : `FAILED (exit ${status})`} — ${counts.passed} passed, ${counts.failed} failed`);
}

console.log('\n━━ summary ━━');
for (const line of summary) console.log(line);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

function readCounts(file) {
	if (!existsSync(file)) return { passed: 0, failed: 0 };
	const report = JSON.parse(readFileSync(file, 'utf8'));
	if (report.stats) return { passed: report.stats.expected + (report.stats.flaky ?? 0), failed: report.stats.unexpected };
	return { passed: report.numPassedTests ?? 0, failed: report.numFailedTests ?? 0 };
}
