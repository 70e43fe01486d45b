import { afterEach, describe, expect, it, vi } from 'vitest';
import { readMigrateCommandLine } from './cli';

afterEach(() => vi.restoreAllMocks());

describe('npm run migrate options', () => {
	it('migrates the main database for real by default', () => {
		expect(readMigrateCommandLine([])).toEqual({
			options: { dryRun: false, ifOutdated: false, test: false, seedDirectory: 'seed', openDataDirectory: 'seed/open-data' }
		});
	});

	it('takes --check and --dry-run alike: report, write nothing', () => {
		for (const flag of ['--check', '--dry-run']) {
			expect(readMigrateCommandLine([flag])).toMatchObject({ options: { dryRun: true } });
		}
	});

	it('reads --if-outdated, --test and the seed folders', () => {
		expect(readMigrateCommandLine(['--if-outdated', '--test', '--seed-dir', 'mes-donnees', '--open-data', 'od'])).toEqual({
			options: { dryRun: false, ifOutdated: true, test: true, seedDirectory: 'mes-donnees', openDataDirectory: 'od' }
		});
	});

	it('prints the usage for --help (exit 0) and refuses an unknown option (exit 2)', () => {
		const log = vi.spyOn(console, 'log').mockImplementation(() => {});
		const error = vi.spyOn(console, 'error').mockImplementation(() => {});
		expect(readMigrateCommandLine(['--help'])).toEqual({ exitCode: 0 });
		expect(log.mock.calls[0][0]).toMatch(/^Usage: npm run migrate/);
		expect(readMigrateCommandLine(['--force'])).toEqual({ exitCode: 2 });
		expect(error.mock.calls[0][0]).toMatch(/--force/);
	});
});
