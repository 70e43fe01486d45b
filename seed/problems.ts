import { issuePath } from '$lib/domain/issues';

/** One thing wrong in a seed file, located precisely enough to fix it without searching. */
export interface Problem {
	/** Path relative to the repository, e.g. `seed/documents/shared.yaml`. */
	file: string;
	line?: number;
	/** The field, e.g. `nodes[3].sources[0].doc`; `(file)` for the whole file. */
	field: string;
	message: string;
}

/** `seed/documents/shared.yaml:42: nodes[3].id: must be a slug…` */
export function formatProblem({ file, line, field, message }: Problem): string {
	return `${file}${line ? `:${line}` : ''}: ${field}: ${message}`;
}

/** `nodes[3].sources[0].doc` from a path like ['nodes', 3, 'sources', 0, 'doc']; `(file)` for the whole file. */
export function formatPath(path: readonly PropertyKey[]): string {
	return issuePath(path) || '(file)';
}
