import type { QueryResult } from '$lib/domain/query';
import type { SavedQuery } from '$lib/domain/saved-query';
import { parseParams, postQuery, statementOf, type QueryFailure, type QueryOutcome } from './api';
import { HISTORY_KEY, readHistory, remember, type HistoryEntry } from './history';

export type ResultView = 'table' | 'graph' | 'json';

export const STARTING_QUERY = `// Les clusters et les territoires avec lesquels ils collaborent
MATCH (cluster:Cluster)-[link:COLLABORATES_WITH]-(territory:Territory)
RETURN cluster.name AS cluster, territory.name AS territory, cluster, link, territory
LIMIT 25`;

/**
 * The state of the query console: the text and parameters being written, the last result or
 * failure, and the history kept in the browser. Runs go through POST /api/query (or
 * /api/queries/:id for a saved query), where the server enforces every rule.
 */
export class QueryConsole {
	cypher = $state(STARTING_QUERY);
	paramsText = $state('{}');
	running = $state(false);
	result = $state.raw<QueryResult | null>(null);
	failure = $state<QueryFailure | null>(null);
	/** Why the parameters panel does not hold a JSON object, or null. */
	paramsProblem = $state<string | null>(null);
	/** What the shown result answers: a saved query's id, or null for the editor's text. */
	source = $state<string | null>(null);
	view = $state<ResultView>('table');
	history = $state<HistoryEntry[]>([]);

	constructor(private readonly fetcher: typeof fetch) {}

	/** Reads the history from localStorage (in the browser only). */
	loadHistory(): void {
		this.history = readHistory(localStorage.getItem(HISTORY_KEY));
	}

	/** Runs the editor's text with the panel's parameters. */
	async run(): Promise<void> {
		if (this.running) return;
		const parsed = parseParams(this.paramsText);
		if ('problem' in parsed) {
			this.paramsProblem = parsed.problem;
			return;
		}
		this.paramsProblem = null;
		await this.#settle(null, postQuery(this.fetcher, '/api/query', { cypher: this.cypher, params: parsed.params }));
	}

	/** Runs a saved query with the values of its form; its text and values fill the editor, for the record. */
	async runSaved(query: SavedQuery, values: Record<string, unknown>, title?: string): Promise<void> {
		if (this.running) return;
		this.useSaved(query, values, title);
		await this.#settle(query.id, postQuery(this.fetcher, `/api/queries/${encodeURIComponent(query.id)}`, { params: values }));
	}

	/**
	 * Puts a saved query and its values in the editor, without running it: the statement under a
	 * one-line comment with its title, the metadata header left out (the library shows it as a form).
	 */
	useSaved(query: SavedQuery, values: Record<string, unknown>, title = query.title.fr): void {
		this.cypher = `// ${title}\n${statementOf(query.cypher)}`;
		this.paramsText = JSON.stringify(values, null, 2);
		this.paramsProblem = null;
	}

	/** Brings back a query of the history. */
	restore(entry: HistoryEntry): void {
		this.cypher = entry.cypher;
		this.paramsText = entry.params;
		this.paramsProblem = null;
	}

	clearHistory(): void {
		this.history = [];
		localStorage.removeItem(HISTORY_KEY);
	}

	async #settle(source: string | null, pending: Promise<QueryOutcome>): Promise<void> {
		this.running = true;
		this.history = remember(this.history, { cypher: this.cypher, params: this.paramsText, at: Date.now() });
		try {
			localStorage.setItem(HISTORY_KEY, JSON.stringify(this.history));
		} catch {
			// A full or forbidden storage only loses the history, not the run.
		}
		const outcome = await pending;
		this.running = false;
		this.source = source;
		if ('result' in outcome) {
			this.result = outcome.result;
			this.failure = null;
			if (this.view === 'graph' && !outcome.result.graph) this.view = 'table';
		} else {
			// The previous result answered another query: leaving it under the failure would mislead.
			this.result = null;
			this.failure = outcome.failure;
		}
	}
}
