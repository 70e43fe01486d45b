import i18next, { type TOptions } from 'i18next';
import type { Locale } from './locales';
import en from './messages/en.json';
import fr from './messages/fr.json';

/** Translates a dotted key ("kind.Company.one") with {{interpolations}} and plurals (`count`). */
export type Translate = (key: string, options?: TOptions) => string;

const instance = i18next.createInstance();
void instance.init({
	resources: { fr: { translation: fr }, en: { translation: en } },
	lng: 'fr',
	fallbackLng: 'fr',
	initAsync: false,
	// Svelte escapes text itself; i18next must not escape twice.
	interpolation: { escapeValue: false },
	returnNull: false
});

/** A translator fixed to one locale: safe on the server, where requests of both languages interleave. */
export function translator(locale: Locale): Translate {
	const fixed = instance.getFixedT(locale);
	return (key, options) => fixed(key, options) as string;
}

/** Formats a number the way the locale writes it (French: 36 817 ; English: 36,817). */
export function formatNumber(locale: Locale, value: number): string {
	return value.toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-GB');
}
