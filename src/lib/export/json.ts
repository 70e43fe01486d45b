import { GRAPH_JSON_FORMAT, GRAPH_JSON_VERSION } from '$lib/domain/export';
import { exportAttribution, optionsFor, writeGraph, type ExportGraph, type GraphWriter, type WriterOptions } from './export-graph';

/** A value as JSON indented with tabs, starting `depth` tabs in. */
const indented = (value: unknown, depth: number) => JSON.stringify(value, null, '\t').replace(/\n/g, '\n' + '\t'.repeat(depth));

/**
 * The Maillage JSON document (`graphJsonSchema` in `$lib/domain/export` says what it holds),
 * piece by piece (see `GraphWriter`), indented so that it reads in an editor.
 */
export function graphJsonWriter(options: WriterOptions = {}): GraphWriter {
	let first = true;
	const item = (value: unknown) => {
		const text = `${first ? '' : ','}\n\t\t${indented(value, 2)}`;
		first = false;
		return text;
	};
	const close = () => (first ? ']' : '\n\t]');
	return {
		parts: ['nodes', 'edges'],
		start: () =>
			'{\n' +
			`\t"format": ${JSON.stringify(GRAPH_JSON_FORMAT)},\n\t"version": ${GRAPH_JSON_VERSION},\n` +
			`\t"exportedAt": ${JSON.stringify((options.now ?? new Date()).toISOString())},\n` +
			`\t"attribution": ${JSON.stringify(options.attribution ?? exportAttribution)},\n` +
			'\t"nodes": [',
		node: item,
		between: () => {
			const text = `${close()},\n\t"edges": [`;
			first = true;
			return text;
		},
		edge: item,
		end: () => `${close()}${options.positions ? `,\n\t"positions": ${indented(options.positions, 1)}` : ''}\n}\n`
	};
}

/** The graph as a Maillage JSON document. */
export function toGraphJson(graph: ExportGraph, exportedAt = new Date()): string {
	return writeGraph(graphJsonWriter(optionsFor(graph, exportedAt)), graph);
}
