import { describe, expect, it } from 'vitest';
import { formatSourceReference, parseSourceReference } from './source-reference';

describe('source references', () => {
	it('round-trips a citation with a section, even when the section contains #', () => {
		const reference = { sourceId: 'oser-les-reseaux', section: 'Fiche #2 › Le projet' };
		expect(parseSourceReference(formatSourceReference(reference))).toEqual(reference);
	});

	it('reads a bare source id as a citation without section', () => {
		expect(parseSourceReference('anct-ti-2023-2027')).toEqual({ sourceId: 'anct-ti-2023-2027' });
	});
});
