import { describe, expect, it } from 'vitest';
import { fileName } from './file-name';

describe('fileName', () => {
	it('stamps the local date and time to the minute, with an optional kind', () => {
		const at = new Date(2025, 2, 4, 9, 7);
		expect(fileName('', 'graphml', at)).toBe('maillage-2025-03-04-0907.graphml');
		expect(fileName('noeuds', 'csv', at)).toBe('maillage-noeuds-2025-03-04-0907.csv');
	});
});
