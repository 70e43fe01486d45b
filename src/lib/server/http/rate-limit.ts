/** How fast one client may call an endpoint: a burst of `burst` calls, then `perMinute` a minute. */
export interface RatePolicy {
	/** Calls a client may make at once after being idle (the bucket's capacity). */
	burst: number;
	/** Calls a client regains per minute (the bucket's refill rate). */
	perMinute: number;
}

/** What `take` decided: go ahead, or wait `retryAfterSeconds` (an integer, at least 1). */
export type RateDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
	tokens: number;
	/** When `tokens` was last brought up to date, in ms of the injected clock. */
	at: number;
}

/**
 * Token buckets, one per client: each call takes a token, tokens come back at a steady rate up to
 * the burst. Pure apart from the injected clock, so tests move time by hand.
 *
 * Memory is bounded: a bucket idle long enough to be full again says nothing a new bucket would
 * not, so it is dropped; past `maxClients` the least recently seen are dropped even when not full
 * (a forgotten client starts again with a full bucket — the price of a fixed memory ceiling).
 */
export class TokenBuckets {
	// Insertion order is kept as "least recently seen first": `take` deletes and re-inserts.
	readonly #buckets = new Map<string, Bucket>();
	readonly #refillPerMs: number;

	constructor(
		readonly policy: RatePolicy,
		private readonly options: { now?: () => number; maxClients?: number } = {}
	) {
		if (!(policy.burst >= 1) || !(policy.perMinute > 0)) throw new RangeError('A rate policy needs burst ≥ 1 and perMinute > 0');
		this.#refillPerMs = policy.perMinute / 60_000;
	}

	/** Takes one token for `client`, or says how long to wait for one. */
	take(client: string): RateDecision {
		const now = this.#now();
		const bucket = this.#current(client, now);
		this.#buckets.delete(client);
		this.#buckets.set(client, bucket);
		let decision: RateDecision;
		if (bucket.tokens >= 1) {
			bucket.tokens -= 1;
			decision = { allowed: true, remaining: Math.floor(bucket.tokens) };
		} else {
			const waitMs = (1 - bucket.tokens) / this.#refillPerMs;
			decision = { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1_000)) };
		}
		this.#evict(now);
		return decision;
	}

	/** Clients with a bucket in memory now. */
	get size(): number {
		return this.#buckets.size;
	}

	#now(): number {
		return (this.options.now ?? Date.now)();
	}

	#current(client: string, now: number): Bucket {
		const bucket = this.#buckets.get(client);
		if (!bucket) return { tokens: this.policy.burst, at: now };
		return { tokens: this.#refilled(bucket, now), at: now };
	}

	#refilled(bucket: Bucket, now: number): number {
		return Math.min(this.policy.burst, bucket.tokens + Math.max(0, now - bucket.at) * this.#refillPerMs);
	}

	#evict(now: number): void {
		const maxClients = this.options.maxClients ?? 10_000;
		for (const [client, bucket] of this.#buckets) {
			const full = this.#refilled(bucket, now) >= this.policy.burst;
			if (!full && this.#buckets.size <= maxClients) break;
			this.#buckets.delete(client);
		}
	}
}
