import { describe, expect, it } from 'vitest';
import { sectionAt, sectionsOf } from './sections';

describe('sections', () => {
	it('are opened by Markdown, numbered and standalone short headings', () => {
		const text = [
			'Titre de l’article fictif',
			'',
			'Un chapeau qui se termine par un point.',
			'',
			'## Les acteurs',
			'La société Imaginor est là.',
			'',
			'2. Le financement',
			'',
			'Un paragraphe.',
			'',
			'Une ligne seule sans point',
			'',
			'Dernier paragraphe.'
		].join('\n');
		const sections = sectionsOf(text);
		expect(sections.map((section) => section.title)).toEqual([
			'Introduction',
			'Les acteurs',
			'2. Le financement',
			'Une ligne seule sans point'
		]);
		expect(sectionAt(sections, text.indexOf('Imaginor'))?.title).toBe('Les acteurs');
		expect(sectionAt(sections, text.indexOf('chapeau'))?.title).toBe('Introduction');
	});
});
