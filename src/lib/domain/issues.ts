/**
 * What is wrong with an input, said one way everywhere — the API's 400s, the pages, the command
 * lines, the settings read at start-up: `champ « limit » : trop grand : < 1000 attendu`.
 * It imports nothing, so that the server, the seed scripts and the browser can all use it.
 */

/**
 * One thing wrong with an input. zod's issues have this shape; so can a check zod cannot make
 * (an id the graph does not hold), so that it reads like the others.
 */
export interface FieldIssue {
	readonly path: readonly PropertyKey[];
	readonly message: string;
}

/** How the fields are named: `champ` for a request, `variable` for the environment, `option` for a command line. */
export interface IssueWording {
	/** The word before the field's name; `champ` unless said. */
	noun?: string;
	/** Written before the field's name, as a command line spells its options: `--`. */
	prefix?: string;
	/** Between two issues: ` ; ` unless said (a line break makes a list). */
	separator?: string;
}

/** `nodes[3].sources[0].doc` from `['nodes', 3, 'sources', 0, 'doc']`; empty for the input as a whole. */
export function issuePath(path: readonly PropertyKey[]): string {
	let text = '';
	for (const part of path) {
		if (typeof part === 'number') text += `[${part}]`;
		else text += text ? `.${String(part)}` : String(part);
	}
	return text;
}

/** `champ « limit » : message`; the message alone when the issue is about the input as a whole. */
export function describeIssue(issue: FieldIssue, { noun = 'champ', prefix = '' }: IssueWording = {}): string {
	const field = issuePath(issue.path);
	return field ? `${noun} « ${prefix}${field} » : ${issue.message}` : issue.message;
}

/** Every issue, in order, each naming its field: `champ « q » : ne doit pas être vide ; champ « limit » : …`. */
export function describeIssues(issues: readonly FieldIssue[], wording: IssueWording = {}): string {
	return issues.map((issue) => describeIssue(issue, wording)).join(wording.separator ?? ' ; ');
}
