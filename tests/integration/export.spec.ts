import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportFormats, type ExportFormat } from '$lib/domain/export';
import { exportAttribution } from '$lib/export/export-graph';
import * as explore from '$lib/server/explore';
import * as exporting from '$lib/server/export';
import { digestGraph, type GraphDigest } from '$lib/server/db/graph-digest';
import type { Database } from '$lib/server/db/neo4j';
import { edgesFromCsv, nodesFromCsv, parseCsv } from '../support/readers/csv';
import { parseGEXF } from '../support/readers/gexf';
import { parseGraphML } from '../support/readers/graphml';
import { parseGraphJson } from '../support/readers/json';
import type { GraphEdge } from '$lib/domain/graph';
import { connectTestDatabase } from './database';

const database = connectTestDatabase();
afterAll(() => database.close());

/** Small pages, so that the fixture takes several and page boundaries are crossed. */
const PAGE = 400;
const now = new Date('2025-03-14T09:26:00Z');
let graph: GraphDigest;
const files = new Map<ExportFormat, string>();

/** A whole stream as text, byte-order mark kept (the CSV files start with one, for Excel). */
async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
	return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
}

/** The same database, counting the reads that reach Neo4j. */
function counting(): Database & { reads: number; settled: () => Promise<void> } {
	const pending = new Set<Promise<unknown>>();
	const wrapper = {
		...database,
		reads: 0,
		read: (...args: Parameters<Database['read']>) => {
			wrapper.reads++;
			const reading = database.read(...args);
			pending.add(reading);
			void reading.finally(() => pending.delete(reading)).catch(() => undefined);
			return reading;
		},
		/**
		 * Resolves once the stream has nothing left to do on its own: every read it started has
		 * answered, and a turn of the event loop started no other. Whatever the machine's speed, a
		 * stream that reads ahead is caught, where a fixed pause could end before its read began.
		 */
		settled: async () => {
			for (;;) {
				const before = wrapper.reads;
				await Promise.allSettled([...pending]);
				await new Promise((resolve) => setImmediate(resolve));
				if (pending.size === 0 && wrapper.reads === before) return;
			}
		}
	};
	return wrapper;
}

beforeAll(async () => {
	graph = await digestGraph(database);
	for (const format of exportFormats) files.set(format, await text(exporting.exportStream(database, format, { now, pageSize: PAGE })));
});

describe('the whole-graph export', () => {
	it('is bigger than one page, so paging is exercised', () => {
		expect(graph.entities).toBeGreaterThan(3 * PAGE);
		expect(graph.relationships).toBeGreaterThan(3 * PAGE);
	});

	it('reads back from GraphML with as many nodes and edges as the graph', () => {
		const parsed = parseGraphML(files.get('graphml')!);
		expect(parsed.nodes).toHaveLength(graph.entities);
		expect(parsed.edges).toHaveLength(graph.relationships);
		expect(parsed.attribution).toBe(exportAttribution);
	});

	it('reads back from GEXF with as many nodes and edges, the attribution in <meta>', () => {
		const parsed = parseGEXF(files.get('gexf')!);
		expect(parsed.nodes).toHaveLength(graph.entities);
		expect(parsed.edges).toHaveLength(graph.relationships);
		expect(parsed.attribution).toBe(exportAttribution);
	});

	it('reads back from the two CSV files as a script would, after the # attribution line', () => {
		const [nodes, edges] = [files.get('csv-nodes')!, files.get('csv-edges')!];
		expect(nodesFromCsv(nodes)).toHaveLength(graph.entities);
		expect(edgesFromCsv(edges)).toHaveLength(graph.relationships);
		for (const file of [nodes, edges]) expect(file.split('\r\n')[0]).toBe(`\uFEFF# ${exportAttribution}`);
		// pandas: read_csv(path, skiprows=1); R: read.csv(path, skip = 1): the header is the second line.
		const withoutComment = nodes.split('\r\n').slice(1).join('\r\n');
		expect(parseCsv(withoutComment)).toHaveLength(graph.entities);
	});

	it('reads back from JSON, with its date, and every edge between exported nodes', () => {
		const parsed = parseGraphJson(files.get('json')!);
		expect(parsed).toMatchObject({ exportedAt: now.toISOString(), attribution: exportAttribution });
		expect(parsed.nodes).toHaveLength(graph.entities);
		expect(parsed.edges).toHaveLength(graph.relationships);
		const ids = new Set(parsed.nodes.map((node) => node.id));
		expect(ids.size).toBe(graph.entities);
		for (const edge of parsed.edges) expect(ids.has(edge.source) && ids.has(edge.target), edge.id).toBe(true);
	});

	it('writes the nodes and edges the explorer shows for the same entities', async () => {
		const parsed = parseGraphJson(files.get('json')!);
		const ids = ['ecosystem-cleon-4-0', 'cci-rouen-metropole', 'dkarbonation', 'ademe'];
		const view = await explore.subgraph(database, { ids });
		// The export adds every stored property (for `npm run import`); the rest is what the explorer shows.
		const drawn = <T extends { properties?: unknown }>({ properties: _stored, ...shown }: T) => shown;
		expect(
			parsed.nodes
				.filter((node) => ids.includes(node.id))
				.sort((a, b) => a.id.localeCompare(b.id))
				.map(drawn)
		).toEqual([...view!.nodes].sort((a, b) => a.id.localeCompare(b.id)));
		for (const edge of view!.edges) expect(parsed.edges.map(drawn)).toContainEqual(edge);
	});

	it('carries every stored property of each node and relationship, aliases and citations included', () => {
		const parsed = parseGraphJson(files.get('json')!);
		const ademe = parsed.nodes.find((node) => node.id === 'ademe')!;
		expect(ademe.properties).toMatchObject({ id: 'ademe', name: 'ADEME', aliases: ['Agence de la transition écologique'] });
		expect(ademe.properties?.sources).toEqual(expect.arrayContaining([expect.stringContaining('#')]));
		for (const node of parsed.nodes) expect(node.properties?.id, node.id).toBe(node.id);
		const funds = parsed.edges.find((edge) => edge.id === 'FUNDS:ademe->dkarbonation')!;
		expect(funds.properties).toMatchObject({ amountEur: 23_600_000, sources: funds.sources, evidence: funds.evidence });
		for (const edge of parsed.edges) expect(edge.properties, edge.id).toBeDefined();
	});

	it('lists nodes in id order across pages, each once', () => {
		const ids = parseGraphJson(files.get('json')!).nodes.map((node) => node.id);
		expect(ids).toEqual([...ids].sort());
	});
});

describe('pages of relationships', () => {
	it('hold at most a page of links, a start’s links never split across pages, a larger page only for a start with more', async () => {
		const pageSize = 60;
		const pages: GraphEdge[][] = [];
		for await (const page of exporting.edgePages(database, pageSize)) pages.push(page);
		const pageOf = new Map<string, number>();
		pages.forEach((page, index) => {
			const starts = new Set(page.map((edge) => edge.source));
			// A larger page only for a start that alone has a page of links or more.
			const most = Math.max(...[...starts].map((start) => page.filter((edge) => edge.source === start).length));
			if (page.length > pageSize) expect(most, `page ${index}`).toBeGreaterThanOrEqual(pageSize);
			for (const start of starts) {
				expect(pageOf.get(start), start).toBeUndefined();
				pageOf.set(start, index);
			}
		});
		// The example graph has EPCI with 65 to 80 links: each needed a page larger than 60.
		expect(pages.filter((page) => page.length > pageSize).length).toBeGreaterThanOrEqual(2);
		const edges = pages.flat().map((edge) => edge.id);
		expect(new Set(edges).size).toBe(edges.length);
		expect(edges.length).toBe(parseGraphJson(files.get('json')!).edges.length);
	});
});

describe('streaming', () => {
	it('reads nothing from Neo4j while nobody reads the stream, then one page per piece', async () => {
		const watched = counting();
		const stream = exporting.exportStream(watched, 'json', { pageSize: PAGE });
		await watched.settled();
		expect(watched.reads).toBe(0);
		const reader = stream.getReader();
		await reader.read(); // the header
		await reader.read(); // the first page of nodes
		await watched.settled();
		// The page asked for, plus at most the one the queue holds ahead of the reader.
		expect(watched.reads).toBeGreaterThanOrEqual(1);
		expect(watched.reads).toBeLessThanOrEqual(2);
		await reader.cancel();
		const afterCancel = watched.reads;
		await watched.settled();
		expect(watched.reads).toBe(afterCancel);
	});

	it('reads the stored keys of a GraphML file once, for its header, and no page before the reader takes it', async () => {
		const watched = counting();
		const reader = exporting.exportStream(watched, 'graphml', { pageSize: PAGE }).getReader();
		await watched.settled();
		// The stream fills its queue of one piece: the header, which needs the keys and no page.
		expect(watched.reads).toBe(1);
		const header = new TextDecoder().decode((await reader.read()).value);
		expect(header).toContain('attr.name="population"');
		await watched.settled();
		expect(watched.reads).toBe(2);
		await reader.cancel();
	});

	it('asks Neo4j for as many pages as the graph needs', async () => {
		const watched = counting();
		await text(exporting.exportStream(watched, 'csv-nodes', { pageSize: PAGE }));
		// One read of the stored keys (the header names every column), then the pages.
		expect(watched.reads).toBe(1 + Math.ceil((graph.entities + 1) / PAGE));
	});

	it('names the file by what it holds and when', () => {
		const at = new Date(2025, 2, 14, 9, 26);
		expect(exporting.exportFileName('csv-edges', at)).toBe('maillage-liens-2025-03-14-0926.csv');
		expect(exporting.exportFileName('gexf', at)).toBe('maillage-graphe-2025-03-14-0926.gexf');
	});
});
