import { describe, expect, it } from 'vitest';
import { translator } from '$lib/i18n/translator';
import { columnLabel } from './column-labels';

describe('columnLabel', () => {
	it('words the library’s column names in both languages', () => {
		expect(columnLabel(translator('fr'), 'anctId')).toBe('Identifiant ANCT');
		expect(columnLabel(translator('en'), 'territoryName')).toBe('Territory');
	});

	it('leaves a name it does not know, or one i18next would read as a path, unlabelled', () => {
		expect(columnLabel(translator('fr'), 'monAlias')).toBeUndefined();
		expect(columnLabel(translator('fr'), 'column.anctId')).toBeUndefined();
		expect(columnLabel(translator('fr'), 'ns:anctId')).toBeUndefined();
	});
});
