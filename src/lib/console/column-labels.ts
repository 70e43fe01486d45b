import type { Translate } from '$lib/i18n/translator';

/**
 * The words for a column of the saved-query library (`anctId` → « Identifiant ANCT »), or
 * undefined for a name the library does not use: a person's own aliases are shown as written.
 */
export function columnLabel(t: Translate, column: string): string | undefined {
	// i18next reads dots as nesting and colons as namespaces: such names are never the library's.
	if (/[.:]/.test(column)) return undefined;
	return t(`column.${column}`, { defaultValue: '' }) || undefined;
}
