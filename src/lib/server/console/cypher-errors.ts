import type { InvalidCypherProblem } from '$lib/domain/query';

/**
 * Neo4j's error about a statement someone wrote, told in French with the position in their own
 * text. The engine plans every statement as `EXPLAIN <statement>`: Neo4j's line-1 columns and
 * offsets then count the hidden prefix, and its excerpt shows it. Some messages also carry Java
 * internals (« Caused by: java.lang… »). The original stays available, cleaned of both.
 */
export interface CypherErrorDescription {
	problem: InvalidCypherProblem;
	/** What the problem is about: the unexpected word, the variable, the function, the parameters, the types. */
	subject?: string;
	/** For a type mismatch, the types Neo4j expected (the subject is the one it got). */
	expected?: string;
	/** 1-based line and column in the person's own text, when Neo4j gives a position. */
	line?: number;
	column?: number;
	/** Neo4j's first line, position corrected, without the excerpt, the prefix or any Java. */
	original: string;
}

const POSITION = /\s*\(line (\d+), column (\d+) \(offset: (\d+)\)\)/;
const INTERNALS = /^\s*(Caused by:|at [\w$.]+\(|java\.|org\.neo4j\.|scala\.)/;

/** Patterns of Neo4j 5's messages, first match wins; the subject is the first group. */
const PATTERNS: {
	code: RegExp;
	message: RegExp;
	problem: InvalidCypherProblem;
	subject?: (match: RegExpMatchArray) => string;
	expected?: (match: RegExpMatchArray) => string;
}[] = [
	{ code: /SyntaxError$/, message: /^Invalid input '([^']*)'/, problem: 'syntax' },
	{ code: /SyntaxError$/, message: /^Variable `([^`]+)` not defined/, problem: 'unknown-variable' },
	{ code: /SyntaxError$/, message: /^Unknown function '([^']+)'/, problem: 'unknown-function' },
	{
		code: /SyntaxError$/,
		message: /^Type mismatch: expected (.+) but was ([^(]+?)\s*(?:\(|$)/,
		problem: 'type-mismatch',
		subject: (match) => match[2],
		expected: (match) => match[1]
	},
	{ code: /SyntaxError$/, message: /^Text cannot be parsed to an? (\w+)/, problem: 'unparsable-value' },
	{ code: /SyntaxError$/, message: /^()/, problem: 'syntax' },
	{ code: /ParameterMissing$/, message: /^Expected parameter\(s\): (.+)$/, problem: 'missing-parameter' },
	{ code: /ArithmeticError$/, message: /^(.*)$/, problem: 'arithmetic' },
	{ code: /TypeError$/, message: /^Invalid input for function '([^']+)'/, problem: 'type' },
	{ code: /TypeError$/, message: /^()/, problem: 'type' },
	{ code: /ArgumentError$/, message: /^()/, problem: 'argument' },
	{ code: /^Neo\.ClientError\.Procedure\./, message: /^[^`]*`([^`]+)`/, problem: 'procedure' },
	{ code: /^Neo\.ClientError\.Procedure\./, message: /^()/, problem: 'procedure' },
	{ code: /^Neo\.ClientError\.Schema\./, message: /^()/, problem: 'schema' }
];

/** Describes Neo4j's error; `prefixLength` is how many characters were put before the person's text on line 1. */
export function describeCypherError(neo4jCode: string, message: string, prefixLength = 0): CypherErrorDescription {
	const lines = message.split('\n');
	const kept: string[] = [];
	for (const line of lines) {
		if (INTERNALS.test(line)) break;
		kept.push(line);
	}
	// Internals may also follow on the first line itself.
	const first = (kept[0] ?? '').split(/\s*Caused by:/)[0].trim();
	const position = POSITION.exec(first);
	let line: number | undefined;
	let column: number | undefined;
	let original = first.replace(POSITION, '').trim();
	if (position) {
		line = Number(position[1]);
		column = Number(position[2]) - (line === 1 ? prefixLength : 0);
		const offset = Number(position[3]) - prefixLength;
		original = `${original} (line ${line}, column ${column} (offset: ${offset}))`;
	}
	const pattern = PATTERNS.find((candidate) => candidate.code.test(neo4jCode) && candidate.message.test(first));
	const match = pattern ? first.match(pattern.message) : null;
	const subject = match ? (pattern?.subject ? pattern.subject(match) : match[1]?.trim()) : undefined;
	return {
		problem: pattern?.problem ?? 'other',
		...(subject ? { subject } : {}),
		...(match && pattern?.expected ? { expected: pattern.expected(match) } : {}),
		...(line !== undefined && column !== undefined ? { line, column } : {}),
		original
	};
}

const FRENCH: Record<InvalidCypherProblem, (subject: string, expected: string) => string> = {
	syntax: (subject) => (subject ? `Erreur de syntaxe : « ${subject} » n'est pas attendu ici` : 'Erreur de syntaxe'),
	'unknown-variable': (subject) => `La variable « ${subject} » n'est pas définie : nommez-la d'abord dans un MATCH ou un WITH`,
	'unknown-function': (subject) => `Fonction inconnue : « ${subject} »`,
	'type-mismatch': (subject, expected) => `Types incompatibles : ${expected.replaceAll(' or ', ' ou ')} attendu, ${subject} reçu`,
	'unparsable-value': (subject) => `Ce texte ne peut pas être lu comme une valeur de type ${subject}`,
	'missing-parameter': (subject) => `Paramètre manquant : ${subject} (à donner dans le panneau des paramètres)`,
	arithmetic: () => 'Erreur de calcul (une division par zéro, par exemple)',
	type: (subject) => (subject ? `Valeur d'un type inattendu pour la fonction ${subject}` : "Une valeur n'a pas le type attendu"),
	argument: () => "Un argument de fonction n'est pas valable",
	procedure: (subject) => (subject ? `La procédure ${subject} n'a pas pu être appelée` : "L'appel de procédure a échoué"),
	schema: () => 'Erreur de schéma',
	other: () => 'La base a refusé la requête'
};

/** The French sentence for a description, with its position when there is one. */
export function frenchCypherMessage(description: CypherErrorDescription): string {
	const sentence = FRENCH[description.problem](description.subject ?? '', description.expected ?? '');
	return description.line !== undefined ? `${sentence} (ligne ${description.line}, colonne ${description.column}).` : `${sentence}.`;
}
