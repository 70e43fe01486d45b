import { parseArgs } from 'node:util';
import { z } from 'zod';

/** Flags shared by the load benchmarks, checked with zod: `--name value`. */
export const loadOptionsSchema = z.object({
	/** Which graph the database holds, for the results' label. */
	graph: z.enum(['seeded', 'national']).default('seeded'),
	seconds: z.coerce.number().positive().max(600),
	connections: z.coerce.number().int().min(1).max(200),
	/** Port of the app under load, on 127.0.0.1. */
	port: z.coerce.number().int().min(1024).max(65_535).default(4320),
	/** Only these endpoints (comma-separated names), for a quick look at one. */
	only: z
		.string()
		.optional()
		.transform((value) => (value ? value.split(',') : undefined)),
	/** Requests per export endpoint (each export reads the whole graph). */
	exportRequests: z.coerce.number().int().min(1).max(100).default(4)
});
export type LoadOptions = z.infer<typeof loadOptionsSchema>;

/** Reads `--graph`, `--seconds`, `--connections`, `--port`, `--only`, `--export-requests` with the given defaults. */
export function readLoadOptions(args: string[], defaults: { seconds: number; connections: number }): LoadOptions {
	const { values } = parseArgs({
		args,
		options: {
			graph: { type: 'string' },
			seconds: { type: 'string' },
			connections: { type: 'string' },
			port: { type: 'string' },
			only: { type: 'string' },
			'export-requests': { type: 'string' }
		},
		strict: true
	});
	return loadOptionsSchema.parse({
		graph: values.graph,
		seconds: values.seconds ?? defaults.seconds,
		connections: values.connections ?? defaults.connections,
		port: values.port ?? process.env.BENCH_APP_PORT,
		only: values.only,
		exportRequests: values['export-requests']
	});
}
