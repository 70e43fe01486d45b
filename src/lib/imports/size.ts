import type { Locale } from '$lib/i18n/locales';

/**
 * A file size as people read it: « 512 Ko », « 1,4 Mo » in French, « 512 KB », « 1.4 MB » in
 * English (binary units, as the server counts them).
 */
export function formatSize(bytes: number, locale: Locale): string {
	const units = locale === 'fr' ? ['octets', 'Ko', 'Mo', 'Go'] : ['bytes', 'KB', 'MB', 'GB'];
	let value = bytes;
	let unit = 0;
	while (value >= 1024 && unit < units.length - 1) {
		value /= 1024;
		unit++;
	}
	const digits = unit === 0 || value >= 10 ? 0 : 1;
	const number = value.toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: digits });
	return `${number} ${units[unit]}`;
}
