import { z } from 'zod';

/** The interface speaks French first; English is available. */
export const locales = ['fr', 'en'] as const;
export const localeSchema = z.enum(locales);
export type Locale = z.infer<typeof localeSchema>;
export const defaultLocale: Locale = 'fr';
export const LOCALE_COOKIE = 'maillage-langue';

/** The locale of a request: the cookie a person chose, else their browser's first known language. */
export function pickLocale(cookie: string | undefined, acceptLanguage: string | null): Locale {
	const chosen = localeSchema.safeParse(cookie);
	if (chosen.success) return chosen.data;
	for (const part of (acceptLanguage ?? '').split(',')) {
		const language = localeSchema.safeParse(part.trim().slice(0, 2).toLowerCase());
		if (language.success) return language.data;
	}
	return defaultLocale;
}
