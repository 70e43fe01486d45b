import { mostPrecisePlace, type PartnerKind, type PartnersResponse, type RecognisedItem } from '$lib/domain/partners';
import { SvelteSet } from 'svelte/reactivity';
import type { Translate } from '$lib/i18n/translator';
import { findPartners, recogniseText, type PartnersQuery } from './api';

/** Suggestions the page asks for at once. */
export const PAGE_LIMIT = 20;

/**
 * The partner finder page's state and verbs. The text is read into chips (themes, a place) the
 * person can remove or complete; the search then sends the chips, not the text, so that what is
 * searched is exactly what the chips show. A chip the person removed stays removed when the
 * text is read again. A text that names no theme is sent as `words`, its places left out: the
 * server looks for them in the graph's descriptions.
 */
export class PartnerFinder {
	text = $state('');
	/** Themes: read in the text (`matched` words) or chosen. */
	themes = $state.raw<RecognisedItem[]>([]);
	place = $state.raw<RecognisedItem | null>(null);
	/** Other places the text names, offered in place of the one kept. */
	otherPlaces = $state.raw<RecognisedItem[]>([]);
	kinds = $state.raw<PartnerKind[]>([]);
	self = $state.raw<RecognisedItem | null>(null);
	reading = $state(false);
	/** The text the chips come from. */
	readText = $state('');
	searching = $state(false);
	result = $state.raw<PartnersResponse | null>(null);
	/** The name of "who we are" when the result was asked for (the form may have changed since). */
	resultSelf = $state<string | undefined>();
	error = $state<string | null>(null);
	#dismissed = new SvelteSet<string>();
	/** The words of the read text that named places. */
	#placePhrases: string[] = [];

	constructor(
		private readonly fetcher: typeof fetch,
		private readonly t: Translate
	) {}

	/** Enough to search: a theme, "who we are", or a text whose words can be looked for. */
	get ready(): boolean {
		return this.themes.length > 0 || this.self !== null || /\p{L}{4}/u.test(this.words);
	}

	/** Without a theme chip, the read text without the words of its places; else nothing. */
	get words(): string {
		if (this.themes.length > 0) return '';
		return this.#placePhrases
			.reduce((text, phrase) => text.split(phrase).join(' '), this.readText)
			.replace(/\s+/gu, ' ')
			.trim();
	}

	/** Reads the text into chips; chips chosen by hand stay, those read from an older text go. */
	async read(signal?: AbortSignal): Promise<void> {
		const text = this.text.trim();
		if (text === this.readText) return;
		if (text === '') {
			this.#apply(text, { themes: [], places: [] });
			return;
		}
		this.reading = true;
		try {
			this.#apply(text, await recogniseText(this.fetcher, text, signal));
		} catch (failure) {
			if (!signal?.aborted) this.error = this.#message(failure);
		} finally {
			this.reading = false;
		}
	}

	#apply(text: string, found: { themes: RecognisedItem[]; places: RecognisedItem[] }): void {
		this.readText = text;
		this.#placePhrases = found.places.flatMap((place) => place.matched);
		const chosen = this.themes.filter((theme) => theme.matched.length === 0);
		const read = found.themes.filter((theme) => !this.#dismissed.has(theme.id) && !chosen.some((known) => known.id === theme.id));
		this.themes = [...chosen, ...read];
		const places = found.places.filter((place) => !this.#dismissed.has(place.id));
		if (!this.place || this.place.matched.length > 0) this.place = mostPrecisePlace(places) ?? null;
		this.otherPlaces = places.filter((place) => place.id !== this.place?.id);
	}

	addTheme(theme: RecognisedItem): void {
		this.#dismissed.delete(theme.id);
		if (!this.themes.some((known) => known.id === theme.id)) this.themes = [...this.themes, { ...theme, matched: [] }];
	}

	removeTheme(id: string): void {
		this.#dismissed.add(id);
		this.themes = this.themes.filter((theme) => theme.id !== id);
	}

	/** Sets the place (null removes it); a place read in the text and removed stays removed. */
	setPlace(place: RecognisedItem | null): void {
		const previous = this.place;
		if (previous && previous.id !== place?.id) {
			if (place === null) this.#dismissed.add(previous.id);
			else if (previous.matched.length > 0) this.otherPlaces = [previous, ...this.otherPlaces];
		}
		this.place = place;
		this.otherPlaces = this.otherPlaces.filter((other) => other.id !== place?.id);
	}

	/** What the search sends: the chips, the kinds and "who we are". */
	query(): PartnersQuery {
		return {
			themes: this.themes.map((theme) => theme.id),
			...(this.place ? { place: this.place.id } : {}),
			kinds: this.kinds,
			...(this.self ? { self: this.self.id } : {}),
			...(this.words ? { words: this.words } : {}),
			limit: PAGE_LIMIT
		};
	}

	/** Reads the text if it changed, then searches with the chips. */
	async search(): Promise<void> {
		this.error = null;
		await this.read();
		if (!this.ready) {
			this.error = this.t('partners.form.incomplete');
			return;
		}
		this.searching = true;
		try {
			const self = this.self?.name;
			this.result = await findPartners(this.fetcher, this.query());
			this.resultSelf = self;
		} catch (failure) {
			this.error = this.#message(failure);
		} finally {
			this.searching = false;
		}
	}

	#message(failure: unknown): string {
		return this.t('partners.error.failed', { message: failure instanceof Error ? failure.message : String(failure) });
	}
}
