import { getContext, setContext } from 'svelte';
import type { Locale } from './locales';
import { formatNumber, translator, type Translate } from './translator';

const KEY = Symbol('i18n');

export interface I18n {
	readonly locale: Locale;
	t: Translate;
	number(value: number): string;
}

function createI18n(getLocale: () => Locale): I18n {
	return {
		get locale() {
			return getLocale();
		},
		t: (key, options) => translator(getLocale())(key, options),
		number: (value) => formatNumber(getLocale(), value)
	};
}

/** Called once by the root layout with a getter of the page's locale. */
export function provideI18n(getLocale: () => Locale): I18n {
	return setContext(KEY, createI18n(getLocale));
}

/**
 * The context a component mounted without the root layout needs to translate (component tests):
 * `render(Component, { props, context: i18nContext() })`.
 */
export function i18nContext(locale: Locale = 'fr'): Map<symbol, I18n> {
	// A plain Map, as Svelte's mount() takes its contexts: read once, never watched.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	return new Map([[KEY, createI18n(() => locale)]]);
}

/** The translator of the current page, in any component. */
export function useI18n(): I18n {
	const i18n = getContext<I18n | undefined>(KEY);
	if (!i18n) throw new Error('useI18n() outside the root layout');
	return i18n;
}
