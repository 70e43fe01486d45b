import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
	clusterKinds,
	entityKinds,
	linkStatuses,
	participationRoles,
	personRoles,
	poleLabelStatuses,
	relationshipTypes
} from '$lib/domain/model';
import { pickLocale } from './locales';
import { messagesOf, translator } from './translator';

const fr = messagesOf('fr');
const en = messagesOf('en');

/** Every dotted key of a message tree. */
function keys(tree: object, prefix = ''): string[] {
	return Object.entries(tree).flatMap(([key, value]) =>
		typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`]
	);
}

describe('messages', () => {
	it('has exactly the same keys in French and English, across every area file', () => {
		expect(keys(fr)).toContain('search.submit');
		expect(keys(en).sort()).toEqual(keys(fr).sort());
	});

	it('names every kind and every relationship type in both languages', () => {
		for (const locale of ['fr', 'en'] as const) {
			const t = translator(locale);
			for (const kind of entityKinds) expect(t(`kind.${kind}.one`)).not.toContain('kind.');
			for (const type of relationshipTypes) expect(t(`relationship.${type}.in`)).not.toContain('relationship.');
		}
	});

	it('names every cluster kind, pôle label status and link status in both languages', () => {
		for (const locale of ['fr', 'en'] as const) {
			const t = translator(locale);
			for (const kind of clusterKinds) expect(t(`clusterKind.${kind}`, { defaultValue: '' })).not.toBe('');
			for (const status of poleLabelStatuses) expect(t(`labelStatus.${status}`, { defaultValue: '' })).not.toBe('');
			for (const status of linkStatuses) expect(t(`status.${status}`, { defaultValue: '' })).not.toBe('');
		}
		expect(translator('fr')('clusterKind.pole-de-competitivite')).toBe('Pôle de compétitivité');
	});

	it('names every role of the two controlled lists in both languages', () => {
		for (const locale of ['fr', 'en'] as const) {
			const t = translator(locale);
			for (const role of participationRoles) expect(t(`role.${role}`, { defaultValue: '' })).not.toBe('');
			for (const role of personRoles) expect(t(`personRole.${role}`, { defaultValue: '' })).not.toBe('');
		}
		expect(translator('fr')('role.host')).toBe('hébergeur');
		expect(translator('fr')('personRole.project-manager')).toBe('chef·fe de projet');
	});

	it('names every kind, one and many, and every theme of the vocabulary in both languages, each in its own words', () => {
		const themes = (parse(readFileSync('seed/themes.yaml', 'utf8')) as { themes: { id: string; fr: string; en: string }[] }).themes;
		expect(themes.length).toBeGreaterThan(10);
		const [t, tEn] = [translator('fr'), translator('en')];
		for (const kind of entityKinds) {
			for (const count of ['one', 'many']) {
				expect(t(`kind.${kind}.${count}`, { defaultValue: '' })).not.toBe('');
				expect(tEn(`kind.${kind}.${count}`, { defaultValue: '' })).not.toBe('');
			}
		}
		// Only words spelt the same in both languages may read the same.
		const sameInBothLanguages = new Set(['Association', 'Programme', 'Source']);
		const untranslated = entityKinds.filter(
			(kind) =>
				!sameInBothLanguages.has(kind) && ['one', 'many'].some((count) => tEn(`kind.${kind}.${count}`) === t(`kind.${kind}.${count}`))
		);
		expect(untranslated).toEqual([]);
		expect(tEn('kind.Cluster.one')).not.toContain('pôle');
		for (const theme of themes) {
			expect(t(`theme.${theme.id}`, { defaultValue: '' })).toBe(theme.fr);
			expect(tEn(`theme.${theme.id}`, { defaultValue: '' })).toBe(theme.en);
		}
	});

	it('speaks French by default and English on request, with plurals', () => {
		expect(translator('fr')('search.results', { count: 2, query: 'cleon' })).toBe('2 résultats pour « cleon »');
		expect(translator('fr')('search.results', { count: 1, query: 'cleon' })).toBe('1 résultat pour « cleon »');
		expect(translator('en')('search.results', { count: 2, query: 'cleon' })).toBe('2 results for “cleon”');
	});

	it('does not escape text itself (Svelte does)', () => {
		expect(translator('fr')('search.none', { query: '<b>' })).toContain('<b>');
	});
});

describe('pickLocale', () => {
	it('prefers the chosen cookie, then the browser language, then French', () => {
		expect(pickLocale('en', 'fr-FR')).toBe('en');
		expect(pickLocale(undefined, 'en-GB,en;q=0.9')).toBe('en');
		expect(pickLocale(undefined, 'de-DE')).toBe('fr');
		expect(pickLocale('xx', null)).toBe('fr');
	});
});
