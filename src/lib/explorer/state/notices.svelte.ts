import { ApiError } from '$lib/client/http';
import type { Translate } from '$lib/i18n/translator';

/** A message over the graph: what happened (`info`) or what went wrong (`error`). */
export interface Notice {
	tone: 'info' | 'error';
	text: string;
	/** What the person can do about it, as a button beside the text. */
	action?: { label: string; run: () => unknown };
}

/**
 * What the explorer is doing and has to say: `busy` while a request (or a long change) runs, and
 * one notice at a time. Requests go through `run`, which turns a failure into a notice.
 */
export class Notices {
	busy = $state(false);
	notice = $state.raw<Notice | null>(null);

	/** @param t the page's translator, for the failures `run` reports */
	constructor(private readonly t: Translate) {}

	/** Runs a request with `busy` on; a failure becomes an error notice and `undefined`. */
	async run<T>(work: () => Promise<T>): Promise<T | undefined> {
		this.busy = true;
		try {
			return await work();
		} catch (caught) {
			this.fail(describeFailure(caught, this.t));
			return undefined;
		} finally {
			this.busy = false;
		}
	}

	/** Says what happened, and offers an action when there is one. */
	inform(text: string, action?: Notice['action']): void {
		this.notice = action ? { tone: 'info', text, action } : { tone: 'info', text };
	}

	/** Says what went wrong. */
	fail(text: string): void {
		this.notice = { tone: 'error', text };
	}

	/** Takes the notice away (a person dismissed it, or it no longer holds). */
	dismiss(): void {
		this.notice = null;
	}
}

/** What a failed request means for a person, in the page's language. */
export function describeFailure(caught: unknown, t: Translate): string {
	if (caught instanceof ApiError) {
		if (caught.status === 404) return t('explorer.error.notFound');
		if (caught.status === 503 || caught.status === 504) return caught.message;
		// The request line passed what the server accepts: a view of more than about a thousand entities.
		if (caught.status === 431) return t('explorer.error.tooLarge');
		return t('explorer.error.api', { status: caught.status, message: caught.message });
	}
	return t('explorer.error.network');
}
