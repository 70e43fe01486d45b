import { describe, expect, it } from 'vitest';
import { cellText, resultToCsv } from './query-result';

describe('result files', () => {
	it('writes cells as text: lists joined, nodes and maps as JSON, null empty', () => {
		expect(cellText(['a', 1, true])).toBe('a | 1 | true');
		expect(cellText(null)).toBe('');
		expect(cellText({ year: 2024 })).toBe('{"year":2024}');
	});

	it('names nodes for reading and by their id in data files, relationships by their type, paths as chains', () => {
		const cleon = { elementId: '4:x:1', labels: ['Cluster'], properties: { id: 'ecosystem-cleon-4-0', name: 'Ecosystem Cléon 4.0' } };
		const cci = { elementId: '4:x:2', labels: ['Support'], properties: { id: 'cci-rouen-metropole', name: 'CCI Rouen Métropole' } };
		const animates = { elementId: '5:x:9', type: 'ANIMATES', startElementId: '4:x:2', endElementId: '4:x:1', properties: {} };
		expect(cellText(cleon)).toBe('Ecosystem Cléon 4.0');
		expect(cellText([cleon, cci], 'data')).toBe('ecosystem-cleon-4-0 | cci-rouen-metropole');
		expect(cellText(animates)).toBe('ANIMATES');
		expect(cellText({ start: cci, end: cleon, segments: [{ start: cci, relationship: animates, end: cleon }] })).toBe(
			'CCI Rouen Métropole -[ANIMATES]- Ecosystem Cléon 4.0'
		);
	});

	it('writes CSV with a byte-order mark, quoted fields, CRLF line ends and formulas defused', () => {
		const csv = resultToCsv({
			columns: ['name', 'count'],
			rows: [
				{ name: 'Cléon, "4.0"', count: 3 },
				{ name: '=HYPERLINK("x")', count: null }
			]
		});
		expect(csv).toBe('\uFEFFname,count\r\n"Cléon, ""4.0""",3\r\n"\'=HYPERLINK(""x"")",\r\n');
	});
});
