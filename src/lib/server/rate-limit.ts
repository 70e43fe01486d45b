/**
 * At most `limit` events per client in each window of `windowMs`: enough to stop a script from
 * filling the database with saved views, never in a person's way. The counts live in this
 * process only, so behind a load balancer each instance counts on its own (the limit is per
 * instance, by nature, like the query console's concurrency limit).
 */
export class WindowRateLimiter {
	readonly #windows = new Map<string, { start: number; count: number }>();

	constructor(
		readonly limit: number,
		readonly windowMs: number
	) {}

	/** Counts one event for `client`; false when the client has used up the current window. */
	take(client: string, now = Date.now()): boolean {
		this.#forgetOld(now);
		const window = this.#windows.get(client);
		if (!window || now - window.start >= this.windowMs) {
			this.#windows.set(client, { start: now, count: 1 });
			return true;
		}
		if (window.count >= this.limit) return false;
		window.count++;
		return true;
	}

	/** Seconds until `client` may act again (at least 1). */
	retryAfterSeconds(client: string, now = Date.now()): number {
		const window = this.#windows.get(client);
		return window ? Math.max(1, Math.ceil((window.start + this.windowMs - now) / 1000)) : 1;
	}

	/** Drops finished windows, so that the map holds only clients seen in the last window. */
	#forgetOld(now: number): void {
		if (this.#windows.size < 1_000) return;
		for (const [client, window] of this.#windows) if (now - window.start >= this.windowMs) this.#windows.delete(client);
	}
}
