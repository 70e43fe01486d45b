import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import type { z } from 'zod';
import { describeIssue } from '$lib/domain/issues';

/** What `parseArgs` reads for these options (`--help` included), positionals allowed. */
export type ParsedCommandLine<O extends ParseArgsOptionsConfig> = ReturnType<
	typeof parseArgs<{ args: string[]; options: O & { help: { type: 'boolean'; default: false } }; allowPositionals: true }>
>;

/** How a command reads its arguments. */
export interface CommandLineRules<O extends ParseArgsOptionsConfig, T> {
	/** Printed for `--help`, and after the problem when the command line is wrong. */
	usage: string;
	/** The options, as `parseArgs` takes them; `--help` is added. */
	options: O;
	/** Takes positional arguments (a file to read…); without this, one is an error. */
	positionals?: boolean;
	/** Checks what was read and gives the command's options; zod's issues are reported by option name. Without it, the options as read. */
	check?: (parsed: ParsedCommandLine<O>) => z.ZodSafeParseResult<T>;
}

/**
 * The arguments of a seed command, read the same way by each: `--help` prints the usage (exit
 * code 0); a malformed or invalid command line prints the problem, then the usage (exit code 2).
 * Gives the command's options, or the exit code to return at once.
 */
export function readCommandLine<O extends ParseArgsOptionsConfig, T = ParsedCommandLine<O>['values']>(
	args: string[],
	{ usage, options, positionals = false, check }: CommandLineRules<O, T>
): { options: T } | { exitCode: number } {
	let parsed: ParsedCommandLine<O>;
	try {
		parsed = parseArgs({
			args,
			options: { ...options, help: { type: 'boolean', default: false } },
			allowPositionals: positionals
		}) as ParsedCommandLine<O>;
	} catch (caught) {
		console.error(`${caught instanceof Error ? caught.message : caught}\n${usage}`);
		return { exitCode: 2 };
	}
	if ((parsed.values as { help?: boolean }).help) {
		console.log(usage);
		return { exitCode: 0 };
	}
	if (!check) return { options: parsed.values as T };
	const checked = check(parsed);
	if (checked.success) return { options: checked.data };
	// An issue about a declared option names it as typed (`--seed`); any other names a positional argument.
	const problems = checked.error.issues.map((issue) =>
		String(issue.path[0]) in options ? describeIssue(issue, { noun: 'option', prefix: '--' }) : describeIssue(issue, { noun: 'argument' })
	);
	console.error(`${problems.join('\n')}\n${usage}`);
	return { exitCode: 2 };
}
