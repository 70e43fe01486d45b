import { describe, expect, it } from 'vitest';
import { vocabulary } from '../../../../tests/support/fixtures/partners-vocabulary';
import { buildThemeIndex } from './recognise';
import { ThemeHierarchy, type VocabularyTheme } from './themes';
import { searchedThemes, type Themes } from './vocabulary';

/** The fixture vocabulary, each theme addressed `counts[id]` times (0 unless given). */
const themesAddressed = (counts: Record<string, number>): Themes => {
	const list: VocabularyTheme[] = vocabulary.map((theme) => ({ ...theme, addressedBy: counts[theme.id] ?? 0 }));
	return { list, byId: new Map(list.map((theme) => [theme.id, theme])), hierarchy: new ThemeHierarchy(list), index: buildThemeIndex(list) };
};

describe('the themes candidates and funders are looked for by', () => {
	it('keep to the themes asked and their narrower ones when those are addressed often enough', () => {
		const searched = searchedThemes(
			themesAddressed({ 'economie-circulaire': 100, 'reutilisation-des-eaux': 60 }),
			['economie-circulaire'],
			150
		);
		expect(searched).toContain('reutilisation-des-eaux');
		expect(searched).not.toContain('transition-ecologique');
	});

	it('add the broader themes when the close ones are addressed too rarely to fill the list', () => {
		const searched = searchedThemes(
			themesAddressed({ 'economie-circulaire': 100, 'reutilisation-des-eaux': 49 }),
			['economie-circulaire'],
			150
		);
		expect(searched).toEqual(expect.arrayContaining(['economie-circulaire', 'reutilisation-des-eaux', 'transition-ecologique']));
	});
});
