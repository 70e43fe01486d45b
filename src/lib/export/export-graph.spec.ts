import { describe, expect, it } from 'vitest';
import { openDataAttribution } from '../../../seed/open-data/open-data-sources';
import { ExportFormatError, fieldValue } from '../../../tests/support/readers/fields';
import { exportAttribution, rgb } from './export-graph';

describe('exportAttribution', () => {
	it('names Maillage and, word for word, the attribution of the open data it reuses', () => {
		expect(exportAttribution).toContain('Maillage — données sourcées');
		expect(exportAttribution).toContain(openDataAttribution);
		for (const publisher of ['ANCT', 'IGN', 'INSEE', 'Etalab', 'Grégoire David', 'Licence Ouverte 2.0'])
			expect(exportAttribution).toContain(publisher);
	});
});

describe('fieldValue', () => {
	it('reads numbers, booleans and JSON lists, and says where a bad value is', () => {
		expect(fieldValue('double', '-1.5e3', 'x')).toBe(-1500);
		expect(fieldValue('boolean', 'true', 'x')).toBe(true);
		expect(fieldValue('list', '["a","b"]', 'x')).toEqual(['a', 'b']);
		expect(() => fieldValue('int', '', 'node "a" year')).toThrow(ExportFormatError);
		expect(fieldValue('list', '[2019,2021]', 'x')).toEqual([2019, 2021]);
		expect(() => fieldValue('list', '{"a":1}', 'edge "e" sources')).toThrow(/edge "e" sources: not a JSON list of values/);
	});
});

describe('rgb', () => {
	it('splits a hex colour into channels', () => {
		expect(rgb('#1d4ed8')).toEqual([29, 78, 216]);
	});
});
