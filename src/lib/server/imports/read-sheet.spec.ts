import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { decodeText, detectDelimiter, readSheet, SheetError } from './read-sheet';

/** Windows-1252 bytes of a text whose characters all have one (accents, œ, €). */
function windows1252(text: string): Uint8Array {
	const table = new Map<string, number>();
	const decoder = new TextDecoder('windows-1252');
	for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(new Uint8Array([byte])), byte);
	return new Uint8Array([...text].map((character) => table.get(character)!));
}

describe('a CSV file', () => {
	it('is decoded as UTF-8, or as Windows-1252 when it is not valid UTF-8', () => {
		expect(decodeText(new TextEncoder().encode('Saint-Égrève')).encoding).toBe('UTF-8');
		const legacy = decodeText(windows1252('Société;Isère;Saint-Égrève;5 €'));
		expect(legacy).toEqual({ text: 'Société;Isère;Saint-Égrève;5 €', encoding: 'Windows-1252' });
	});

	it('is split on the delimiter that makes the most regular table, quotes respected', () => {
		expect(detectDelimiter('a;b;c\n1;2;3\n')).toBe(';');
		expect(detectDelimiter('a,b,c\n"1;2",2,3\n"x;y;z",5,6\n')).toBe(',');
		expect(detectDelimiter('a\tb\n1\t2\n')).toBe('\t');
	});

	it('keeps quoted line breaks and commas inside a cell, and numbers its lines as a spreadsheet would', async () => {
		const text = '\uFEFFNom,Description,Commune\n"Fictive, SAS","Deux\nlignes",Grenoble\nDémo,,Voiron\n';
		const sheet = await readSheet(new TextEncoder().encode(text), 'acteurs.csv');
		expect(sheet).toMatchObject({ format: 'csv', delimiter: ',', encoding: 'UTF-8' });
		expect(sheet.lines).toEqual([
			{ row: 1, cells: ['Nom', 'Description', 'Commune'] },
			{ row: 2, cells: ['Fictive, SAS', 'Deux\nlignes', 'Grenoble'] },
			{ row: 3, cells: ['Démo', '', 'Voiron'] }
		]);
	});

	it('is refused with a French reason when it is not a spreadsheet', async () => {
		await expect(readSheet(new Uint8Array([1, 2]), 'rapport.pdf')).rejects.toThrow(SheetError);
		await expect(readSheet(new TextEncoder().encode('pas un classeur'), 'faux.xlsx')).rejects.toThrow(/classeur Excel/);
	});
});

describe('an Excel workbook', () => {
	async function workbook(): Promise<Uint8Array> {
		const book = new ExcelJS.Workbook();
		const members = book.addWorksheet('Adhérents');
		members.addRow(['Liste fictive des adhérents']);
		members.addRow(['Identification', '', 'Localisation']);
		members.mergeCells('A2:B2');
		members.addRow(['Raison sociale', 'SIRET', 'Commune', 'Adhésion', 'Cotisation']);
		members.addRow(['Fictive Mécanique', 5210054400013, 'Grenoble', new Date(Date.UTC(2024, 2, 1)), { formula: '100*2', result: 200 }]);
		members.addRow([{ richText: [{ text: 'Atelier ' }, { text: 'Imaginaire' }] }, null, 'Voiron', null, 12.5]);
		book.addWorksheet('Notes').addRow(['Fichier d’essai']);
		return new Uint8Array(await book.xlsx.writeBuffer());
	}

	it('reads the first sheet: merged cells as their master, numbers whole, dates as days, formulas as results', async () => {
		const sheet = await readSheet(await workbook(), 'membres.xlsx');
		expect(sheet.sheets).toEqual(['Adhérents', 'Notes']);
		expect(sheet.sheet).toBe('Adhérents');
		expect(sheet.lines.map((line) => line.cells)).toEqual([
			['Liste fictive des adhérents', '', '', '', ''],
			['Identification', 'Identification', 'Localisation', '', ''],
			['Raison sociale', 'SIRET', 'Commune', 'Adhésion', 'Cotisation'],
			['Fictive Mécanique', '5210054400013', 'Grenoble', '2024-03-01', '200'],
			['Atelier Imaginaire', '', 'Voiron', '', '12,5']
		]);
		expect(sheet.lines.map((line) => line.row)).toEqual([1, 2, 3, 4, 5]);
	});

	it('reads another sheet by name, and names the sheets when one is missing', async () => {
		const bytes = await workbook();
		expect((await readSheet(bytes, 'membres.xlsx', 'Notes')).lines[0].cells).toEqual(['Fichier d’essai']);
		await expect(readSheet(bytes, 'membres.xlsx', 'Budget')).rejects.toThrow('feuilles : Adhérents, Notes');
	});
});
