import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { z } from 'zod';
import { readCommandLine } from './command-line';

const USAGE = 'Usage: npm run example -- [--count N] [--dry] FILE';
const options = { count: { type: 'string', default: '1' }, dry: { type: 'boolean', default: false } } as const;
const schema = z.object({ file: z.string().min(1, 'name a file'), count: z.coerce.number().int().min(1, 'must be at least 1') });
const check = ({ values, positionals }: { values: { count: string }; positionals: string[] }) =>
	schema.safeParse({ file: positionals[0] ?? '', count: values.count });

/** What the command printed on standard output and standard error. */
function printed() {
	const out = vi.spyOn(console, 'log').mockImplementation(() => {});
	const err = vi.spyOn(console, 'error').mockImplementation(() => {});
	return { out: () => out.mock.calls.join('\n'), err: () => err.mock.calls.join('\n') };
}

afterEach(() => vi.restoreAllMocks());

describe('readCommandLine', () => {
	it('gives the options as parseArgs reads them, typed, when there is nothing to check', () => {
		const command = readCommandLine(['--dry'], { usage: USAGE, options });
		expect(command).toEqual({ options: { count: '1', dry: true, help: false } });
		if ('options' in command) expectTypeOf(command.options.dry).toEqualTypeOf<boolean>();
	});

	it('gives the checked options', () => {
		expect(readCommandLine(['graphe.json', '--count', '3'], { usage: USAGE, options, positionals: true, check })).toEqual({
			options: { file: 'graphe.json', count: 3 }
		});
	});

	it('prints the usage for --help and exits 0, before any check', () => {
		const output = printed();
		expect(readCommandLine(['--help'], { usage: USAGE, options, positionals: true, check })).toEqual({ exitCode: 0 });
		expect(output.out()).toBe(USAGE);
	});

	it('prints what parseArgs refuses, then the usage, and exits 2', () => {
		const output = printed();
		expect(readCommandLine(['--bogus'], { usage: USAGE, options })).toEqual({ exitCode: 2 });
		expect(output.err()).toMatch(/--bogus.*\nUsage: npm run example/s);
		expect(readCommandLine(['stray.json'], { usage: USAGE, options })).toEqual({ exitCode: 2 });
	});

	it('names the options and arguments at fault, one a line, then the usage, and exits 2', () => {
		const output = printed();
		expect(readCommandLine(['--count', '0'], { usage: USAGE, options, positionals: true, check })).toEqual({ exitCode: 2 });
		expect(output.err()).toBe(`argument « file » : name a file\noption « --count » : must be at least 1\n${USAGE}`);
	});
});
