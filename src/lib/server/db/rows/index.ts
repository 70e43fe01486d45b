/**
 * The zod schemas of the rows every Cypher statement returns, and `statement()`, which pairs a
 * statement with the schema of its rows. See `parse.ts` for what is strict and what is lenient.
 */
export { boundedStatement, parseRows, RowShapeError, statement, type Parsed, type Statement } from './parse';
export * from './analysis';
export * from './entities';
export * from './graph';
export * from './funders';
export * from './partners';
export * from './export';
