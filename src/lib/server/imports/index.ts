/**
 * Spreadsheet imports (issue 14): read a CSV or Excel file, preview it against the graph (matches,
 * places, errors), apply it as one changeset with the file as its source. See docs/tableurs.md.
 */
export { applyImport, importRequest, publishesAtOnce, type Applied, type Author } from './apply';
export { previewImport, type ImportRequest, type Preview } from './preview';
export { rejectedRowsCsv } from './rejected';
export { SheetError, SHEET_EXTENSIONS } from './read-sheet';
export * as jobs from './jobs';
export * as mappings from './mappings';
