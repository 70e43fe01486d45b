import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

/**
 * Reads a spreadsheet into a table of text cells, with maintained parsers only: csv-parse for CSV
 * (delimiter and encoding detected), exceljs for .xlsx (one sheet, chosen by name). Numbers are
 * written without grouping or exponent (a SIRET stored as a number stays all its digits), dates
 * as AAAA-MM-JJ, formulas as their result, merged cells as their master cell's value.
 */

export type SheetFormat = 'csv' | 'xlsx';

/** A line of the file: its number as the person sees it in their spreadsheet, and its cells. */
export interface SheetLine {
	row: number;
	cells: string[];
}

export interface Sheet {
	format: SheetFormat;
	sheets: string[];
	sheet?: string;
	encoding?: string;
	delimiter?: string;
	lines: SheetLine[];
}

/** The file cannot be read as a spreadsheet: why, in French. */
export class SheetError extends Error {
	override name = 'SheetError';
}

export const SHEET_EXTENSIONS = ['csv', 'txt', 'tsv', 'xlsx'] as const;

export function formatOf(fileName: string): SheetFormat | null {
	const extension = fileName.split('.').pop()?.toLowerCase() ?? '';
	if (extension === 'xlsx') return 'xlsx';
	return ['csv', 'txt', 'tsv'].includes(extension) ? 'csv' : null;
}

export async function readSheet(bytes: Uint8Array, fileName: string, sheet?: string): Promise<Sheet> {
	const format = formatOf(fileName);
	if (format === 'xlsx') return readWorkbook(bytes, sheet);
	if (format === 'csv') return readCsv(bytes);
	throw new SheetError(`le fichier doit être un tableur .xlsx ou un fichier .csv (reçu : « ${fileName} »)`);
}

/** UTF-8 when the bytes are valid UTF-8 (with or without BOM), else Windows-1252, as Excel writes CSV in France. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
	try {
		return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'UTF-8' };
	} catch {
		return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252' };
	}
}

const DELIMITERS = [';', ',', '\t', '|'];

type Records = string[][];

function parseCsv(text: string, delimiter: string, toLine?: number): Records {
	return parse(text, {
		delimiter,
		relax_column_count: true,
		relax_quotes: true,
		skip_empty_lines: false,
		...(toLine ? { to_line: toLine } : {})
	}) as Records;
}

/**
 * The delimiter that splits the first lines into the most regular table: most lines with the same
 * number of cells, more than one. Each candidate is tried with the real parser, so quoted cells
 * holding a delimiter do not mislead it.
 */
export function detectDelimiter(text: string): string {
	let best = { delimiter: ';', score: -1 };
	for (const delimiter of DELIMITERS) {
		let records: Records;
		try {
			records = parseCsv(text, delimiter, 50);
		} catch {
			continue;
		}
		const widths = new Map<number, number>();
		for (const record of records) if (record.length > 1) widths.set(record.length, (widths.get(record.length) ?? 0) + 1);
		const [width, count] = [...widths].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [1, 0];
		const score = count * 1_000 + width;
		if (score > best.score) best = { delimiter, score };
	}
	return best.delimiter;
}

function readCsv(bytes: Uint8Array): Sheet {
	const { text, encoding } = decodeText(bytes);
	const clean = text.replace(/^\uFEFF/, '');
	const delimiter = detectDelimiter(clean);
	let records: Records;
	try {
		records = parseCsv(clean, delimiter);
	} catch (error) {
		const where = (error as { lines?: number }).lines;
		throw new SheetError(`le fichier CSV est mal formé${where ? ` vers la ligne ${where}` : ''} : ${(error as Error).message}`);
	}
	return {
		format: 'csv',
		sheets: [],
		encoding,
		delimiter,
		lines: records.map((cells, index) => ({ row: index + 1, cells: cells.map((cell) => cell.trim()) }))
	};
}

/** A cell's value as text. */
export function cellText(value: ExcelJS.CellValue): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isInteger(value) ? BigInt(value).toString() : String(value).replace('.', ',');
	if (typeof value === 'string') return value.trim();
	if (typeof value === 'boolean') return value ? 'oui' : 'non';
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if ('richText' in value)
		return value.richText
			.map((part) => part.text)
			.join('')
			.trim();
	if ('error' in value) return '';
	if ('formula' in value || 'sharedFormula' in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
	if ('text' in value) return cellText((value as { text: ExcelJS.CellValue }).text);
	return '';
}

async function readWorkbook(bytes: Uint8Array, wanted?: string): Promise<Sheet> {
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
	} catch {
		throw new SheetError('le fichier n’est pas un classeur Excel .xlsx lisible (un ancien .xls ? enregistrez-le au format .xlsx ou CSV)');
	}
	const sheets = workbook.worksheets.filter((worksheet) => worksheet.state !== 'veryHidden').map((worksheet) => worksheet.name);
	if (sheets.length === 0) throw new SheetError('le classeur n’a aucune feuille');
	const name = wanted ?? sheets[0];
	const worksheet = workbook.getWorksheet(name);
	if (!worksheet || !sheets.includes(name))
		throw new SheetError(`le classeur n’a pas de feuille « ${name} » (feuilles : ${sheets.join(', ')})`);
	const width = worksheet.columnCount;
	const lines: SheetLine[] = [];
	worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
		const cells: string[] = [];
		for (let column = 1; column <= width; column++) {
			const cell = row.getCell(column);
			// A merged cell reads as its master, so a header spanning two columns names both.
			cells.push(cellText(cell.isMerged ? cell.master.value : cell.value));
		}
		lines.push({ row: rowNumber, cells });
	});
	return { format: 'xlsx', sheets, sheet: name, lines };
}
