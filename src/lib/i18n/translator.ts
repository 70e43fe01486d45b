import i18next, { type TOptions } from 'i18next';
import { locales, type Locale } from './locales';

/** Translates a dotted key ("kind.Company.one") with {{interpolations}} and plurals (`count`). */
export type Translate = (key: string, options?: TOptions) => string;

/**
 * Messages live in `messages/<area>.<locale>.json` (common, explorer…), one file per area so
 * that features can be translated side by side; each file holds its own top-level keys.
 */
const files = import.meta.glob('./messages/*.json', { eager: true, import: 'default' }) as Record<string, Record<string, unknown>>;

/** Every message of a locale, all areas merged. */
export function messagesOf(locale: Locale): Record<string, unknown> {
	const merged: Record<string, unknown> = {};
	for (const [path, messages] of Object.entries(files)) {
		if (path.endsWith(`.${locale}.json`)) Object.assign(merged, messages);
	}
	return merged;
}

const instance = i18next.createInstance();
void instance.init({
	resources: Object.fromEntries(locales.map((locale) => [locale, { translation: messagesOf(locale) }])),
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
