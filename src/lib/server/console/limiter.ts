/**
 * Counts the queries running per client and in all, so that one person (or one script) cannot
 * hold every connection: `acquire` gives a release function, or null when a limit is reached.
 */
export class ConcurrencyLimiter {
	readonly #running = new Map<string, number>();
	#total = 0;

	constructor(
		readonly perClient: number,
		readonly total: number
	) {}

	/** Takes a place for `client`; call the returned function once the query is over. Null: too many. */
	acquire(client: string): (() => void) | null {
		const mine = this.#running.get(client) ?? 0;
		if (mine >= this.perClient || this.#total >= this.total) return null;
		this.#running.set(client, mine + 1);
		this.#total++;
		let released = false;
		return () => {
			if (released) return;
			released = true;
			this.#total--;
			const left = (this.#running.get(client) ?? 1) - 1;
			if (left > 0) this.#running.set(client, left);
			else this.#running.delete(client);
		};
	}

	/** Queries running now, for a client or in all. */
	running(client?: string): number {
		return client === undefined ? this.#total : (this.#running.get(client) ?? 0);
	}
}
