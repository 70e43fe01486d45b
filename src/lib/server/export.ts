import type { ExportFormat } from '$lib/domain/export';
import type { GraphEdge, GraphNode } from '$lib/domain/graph';
import { edgesCsvWriter, nodesCsvWriter } from '$lib/export/csv';
import { fileName } from '$lib/export/file-name';
import type { GraphWriter, WriterOptions } from '$lib/export/export-graph';
import { gexfWriter } from '$lib/export/gexf';
import { graphMLWriter } from '$lib/export/graphml';
import { graphJsonWriter } from '$lib/export/json';
import type { Database } from '$lib/server/db/neo4j';
import type { StoredKeys } from '$lib/export/columns';
import { entityPageRow, relationshipPageRow, statement, storedKeyRow } from '$lib/server/db/rows';
import * as explore from '$lib/server/explore';
import { log } from '$lib/server/http/log';

const LIST_ENTITIES_AFTER = statement('export/list-entities-after', entityPageRow);
const LIST_RELATIONSHIPS_AFTER = statement('export/list-relationships-after', relationshipPageRow);
const LIST_STORED_KEYS = statement('export/list-stored-keys', storedKeyRow);

/**
 * Entities, or relationships, per page: large enough that round trips do not dominate, small
 * enough to hold one page.
 */
export const EXPORT_PAGE_SIZE = 5_000;

/**
 * Longest time one page may take. A page of relationships can hold tens of thousands of rows
 * (the communes of a page of EPCI), and a busy server must not cut a long export midway, so
 * pages get more than the 10 s of an interactive read.
 */
export const EXPORT_PAGE_TIMEOUT_MS = 60_000;

interface FormatInfo {
	writer: (options: WriterOptions) => GraphWriter;
	/** Whether the file declares its columns before the first node (all but JSON, which names each property where it is). */
	declares: boolean;
	mime: string;
	/** What the file name says: `maillage-graphe-…`, `maillage-noeuds-…`. */
	kind: string;
	extension: string;
}

/** Each format: its writer (shared with the explorer's exports), media type and file name. */
export const formats: Record<ExportFormat, FormatInfo> = {
	graphml: { declares: true, writer: graphMLWriter, mime: 'application/graphml+xml; charset=utf-8', kind: 'graphe', extension: 'graphml' },
	gexf: { declares: true, writer: gexfWriter, mime: 'application/gexf+xml; charset=utf-8', kind: 'graphe', extension: 'gexf' },
	'csv-nodes': {
		declares: true,
		writer: nodesCsvWriter,
		mime: 'text/csv; charset=utf-8; header=present',
		kind: 'noeuds',
		extension: 'csv'
	},
	'csv-edges': { declares: true, writer: edgesCsvWriter, mime: 'text/csv; charset=utf-8; header=present', kind: 'liens', extension: 'csv' },
	json: { declares: false, writer: graphJsonWriter, mime: 'application/json; charset=utf-8', kind: 'graphe', extension: 'json' }
};

/** `maillage-graphe-2025-03-14-0926.graphml`: the explorer's naming, with what the file holds. */
export function exportFileName(format: ExportFormat, now: Date): string {
	return fileName(formats[format].kind, formats[format].extension, now);
}

/** Every entity of the graph as GraphNodes, one page at a time, in id order. */
export async function* nodePages(database: Database, pageSize = EXPORT_PAGE_SIZE): AsyncGenerator<GraphNode[]> {
	for (let after = ''; ;) {
		const rows = await LIST_ENTITIES_AFTER.read(database, { after, limit: pageSize }, { timeoutMs: EXPORT_PAGE_TIMEOUT_MS });
		if (rows.length === 0) return;
		yield rows.flatMap((row) => row.node ?? []);
		if (rows.length < pageSize) return;
		after = rows[rows.length - 1].id;
	}
}

/**
 * Every relationship as GraphEdges, at most `pageSize` relationships a page, so that memory holds
 * the same whatever the graph's density. A start's relationships all come in the same page: a
 * full page leaves its last start, which may be cut, to the next one; two links of the same type
 * between the same ends (different roles) are thus merged into one edge, as the explorer draws
 * them. A start with more relationships than a page is read with a page as large as it needs.
 */
export async function* edgePages(database: Database, pageSize = EXPORT_PAGE_SIZE): AsyncGenerator<GraphEdge[]> {
	for (let after = '', limit = pageSize; ;) {
		const rows = await LIST_RELATIONSHIPS_AFTER.read(database, { after, limit }, { timeoutMs: EXPORT_PAGE_TIMEOUT_MS });
		const last = rows.at(-1)?.start;
		const full = rows.length === limit;
		const kept = full ? rows.filter((row) => row.start !== last) : rows;
		if (kept.length === 0 && full) {
			limit *= 2;
			continue;
		}
		if (kept.length > 0) yield explore.mergeEdges(kept.flatMap((row) => row.edge ?? []));
		if (!full) return;
		after = kept[kept.length - 1].start;
		limit = pageSize;
	}
}

/**
 * Every property key the graph stores, with the type of its values, for the files that declare
 * their columns up front. One pass over the graph that returns a few dozen rows: the pages that
 * follow still come one at a time.
 */
export async function storedKeys(database: Database): Promise<StoredKeys> {
	const rows = await LIST_STORED_KEYS.read(database, {}, { timeoutMs: EXPORT_PAGE_TIMEOUT_MS });
	const of = (holder: 'node' | 'edge') =>
		rows
			.filter((row) => row.holder === holder)
			.map(({ key, type }) => ({ key, type }))
			.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
	return { nodes: of('node'), edges: of('edge') };
}

/** The pieces of a whole-graph file, in order; each page of Neo4j rows becomes one piece. */
export async function* exportPieces(
	database: Database,
	makeWriter: () => GraphWriter | Promise<GraphWriter>,
	pageSize = EXPORT_PAGE_SIZE
): AsyncGenerator<string> {
	const writer = await makeWriter();
	yield writer.start();
	if (writer.parts.includes('nodes')) {
		for await (const nodes of nodePages(database, pageSize)) yield nodes.map((node) => writer.node(node)).join('');
	}
	yield writer.between();
	if (writer.parts.includes('edges')) {
		for await (const edges of edgePages(database, pageSize)) yield edges.map((edge) => writer.edge(edge)).join('');
	}
	yield writer.end();
}

/**
 * The whole graph in one format, as a byte stream with back-pressure: the next page is read
 * from Neo4j only when the reader has taken the previous one (`pull`), so memory holds about
 * one page whatever the size of the graph, and a client that stops reading stops the queries.
 */
export function exportStream(
	database: Database,
	format: ExportFormat,
	options: { now?: Date; pageSize?: number } = {}
): ReadableStream<Uint8Array> {
	const { writer, declares } = formats[format];
	const now = options.now ?? new Date();
	// The keys are asked for when the reader takes the first piece, like every page after it.
	const makeWriter = async () => writer({ now, ...(declares ? { stored: await storedKeys(database) } : {}) });
	const pieces = exportPieces(database, makeWriter, options.pageSize);
	const encoder = new TextEncoder();
	return new ReadableStream<Uint8Array>(
		{
			async pull(controller) {
				try {
					for (;;) {
						const { done, value } = await pieces.next();
						if (done) return controller.close();
						// An empty piece (CSV has no "between") would not wake the reader: go on to the next.
						if (value !== '') return controller.enqueue(encoder.encode(value));
					}
				} catch (failure) {
					// Headers are gone already: the download is cut short, and the log says why.
					log().error('export-failed', { format, error: failure instanceof Error ? failure : String(failure) });
					controller.error(failure);
				}
			},
			async cancel() {
				await pieces.return(undefined);
			}
		},
		{ highWaterMark: 1 }
	);
}
