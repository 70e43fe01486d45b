import { z } from 'zod';
import { entityKinds, extraLabels, relationshipTypes } from '$lib/domain/model';
import { cypher } from '$lib/server/db/cypher';
import type { Database } from '$lib/server/db/neo4j';
import type { GraphRows } from '../rows';
import { generateSyntheticGraph, type SyntheticBase, type SyntheticScale } from './generate';

const LIST_COMMUNES = cypher('synthetic/list-communes');
const LIST_INDUSTRIAL_COMMUNES = cypher('synthetic/list-industrial-communes');
const LIST_TERRITORIES = cypher('synthetic/list-territories');
const LIST_THEMES = cypher('synthetic/list-themes');
const LIST_PROGRAMMES = cypher('synthetic/list-programmes');
const COUNT_ENTITIES = cypher('synthetic/count-synthetic-entities');
const COUNT_RELATIONSHIPS = cypher('synthetic/count-synthetic-relationships');
const CREATE_ENTITIES = cypher('synthetic/create-entities');
const CREATE_RELATIONSHIPS = cypher('synthetic/create-relationships');
const DELETE_ENTITIES = cypher('synthetic/delete-synthetic-entities');
const DELETE_RELATIONSHIPS = cypher('synthetic/delete-synthetic-relationships');

/** The real seed is not in the database: there is nothing to build the synthetic graph on. */
export class MissingGeographyError extends Error {
	override name = 'MissingGeographyError';
}

const baseSchema = z.object({
	communes: z.array(
		z.object({ id: z.string(), population: z.number().positive(), regionId: z.string(), territoryId: z.string().nullable() })
	),
	territories: z.array(z.object({ id: z.string(), regionId: z.string() })),
	themes: z.array(z.object({ id: z.string(), name: z.string(), broader: z.string().nullable() })),
	programmes: z.array(z.object({ id: z.string() })).transform((rows) => rows.map((row) => row.id))
});

/**
 * Reads the real geography, territories, themes and programmes the synthetic graph is placed on.
 * Throws MissingGeographyError when the real seed is not loaded (no commune or no theme).
 */
export async function readSyntheticBase(database: Database): Promise<SyntheticBase> {
	const [communeRows, industrial, territories, themes, programmes] = [
		await database.read(LIST_COMMUNES, {}, { timeoutMs: 120_000 }),
		await database.read(LIST_INDUSTRIAL_COMMUNES, {}, { timeoutMs: 120_000 }),
		await database.read(LIST_TERRITORIES),
		await database.read(LIST_THEMES),
		await database.read(LIST_PROGRAMMES)
	];
	const territoryOf = new Map(industrial.map((row) => [row.communeId, row.territoryId]));
	const communes = communeRows.map((row) => ({ ...row, territoryId: territoryOf.get(row.id as string) ?? null }));
	const base = baseSchema.parse({ communes, territories, themes, programmes });
	if (base.communes.length === 0 || base.themes.length === 0) {
		throw new MissingGeographyError(
			`the database at ${database.uri} has ${base.communes.length} communes with a population and ${base.themes.length} themes: ` +
				'load the real seed first (npm run seed), the synthetic graph is placed on its geography and vocabulary'
		);
	}
	return base;
}

/** How many synthetic nodes and relationships the database holds. */
export async function countSynthetic(database: Database): Promise<{ entities: number; relationships: number }> {
	const [[entities], [relationships]] = [
		await database.read(COUNT_ENTITIES, {}, { timeoutMs: 120_000 }),
		await database.read(COUNT_RELATIONSHIPS, {}, { timeoutMs: 120_000 })
	];
	return { entities: entities.count as number, relationships: relationships.count as number };
}

/** Rows written so far out of every row (nodes then relationships), and the phase it is in. */
export interface LoadProgress {
	phase: 'entities' | 'relationships';
	done: number;
	total: number;
}

const knownLabels = new Set<string>([...entityKinds, ...extraLabels]);
const knownTypes = new Set<string>(relationshipTypes);

/**
 * Writes the synthetic rows: nodes first, then relationships, `batchSize` rows per write
 * transaction (one transaction for 600,000 rows would hold them all in the server's memory). A
 * failure leaves the batches already committed: they are all flagged `synthetic`, so
 * `clearSyntheticGraph` removes them.
 */
export async function loadSyntheticGraph(
	database: Database,
	rows: GraphRows,
	{ batchSize = 10_000, onProgress = () => {} }: { batchSize?: number; onProgress?: (progress: LoadProgress) => void } = {}
): Promise<void> {
	for (const row of rows.entities) {
		const unknown = row.labels.find((label) => !knownLabels.has(label));
		if (unknown) throw new Error(`Entity ${row.id}: unknown label ${unknown}`);
		if (row.properties.synthetic !== true) throw new Error(`Entity ${row.id} is not flagged synthetic`);
	}
	const provenance = relationshipProvenance(rows);
	const relationships = rows.relationships.map(({ type, from, to, properties }) => ({
		type,
		from,
		to,
		...Object.fromEntries(ownRelationshipProperties.map((key) => [key, properties[key] ?? null]))
	}));
	const entities = rows.entities.map((row) => ({ labels: ['Entity', ...row.labels], properties: row.properties }));
	const total = entities.length + relationships.length;
	onProgress({ phase: 'entities', done: 0, total });
	for (let start = 0; start < entities.length; start += batchSize) {
		const batch = entities.slice(start, start + batchSize);
		await database.write(CREATE_ENTITIES, { rows: batch });
		onProgress({ phase: 'entities', done: start + batch.length, total });
	}
	for (let start = 0; start < relationships.length; start += batchSize) {
		const batch = relationships.slice(start, start + batchSize);
		const [{ written }] = await database.write(CREATE_RELATIONSHIPS, { rows: batch, ...provenance });
		if (written !== batch.length) {
			throw new Error(
				`${batch.length - (written as number)} relationship(s) of batch ${start / batchSize + 1} point at a node that does not exist`
			);
		}
		onProgress({ phase: 'relationships', done: entities.length + start + batch.length, total });
	}
}

/** The properties a synthetic relationship may carry besides its provenance. */
const ownRelationshipProperties = ['role', 'amountEur', 'year', 'since'] as const;
const provenanceProperties = new Set(['synthetic', 'sources', 'evidence']);

/**
 * The provenance all the relationships share, sent once per batch rather than once per row.
 * Throws when a relationship is not flagged synthetic, cites something else, or carries a property
 * the load statement would drop.
 */
function relationshipProvenance(rows: GraphRows): { sources: string[]; evidence: string[] } {
	const [first] = rows.relationships;
	const shared = JSON.stringify({ sources: first?.properties.sources ?? [], evidence: first?.properties.evidence ?? [] });
	const own = new Set<string>(ownRelationshipProperties);
	for (const row of rows.relationships) {
		const where = `Relationship ${row.type} ${row.from} -> ${row.to}`;
		if (!knownTypes.has(row.type)) throw new Error(`${where}: unknown type`);
		if (row.properties.synthetic !== true) throw new Error(`${where} is not flagged synthetic`);
		const same = row.properties.sources === first.properties.sources && row.properties.evidence === first.properties.evidence;
		if (!same && JSON.stringify({ sources: row.properties.sources, evidence: row.properties.evidence }) !== shared) {
			throw new Error(`${where} does not cite the synthetic source like the others`);
		}
		const unknown = Object.keys(row.properties).find((key) => !own.has(key) && !provenanceProperties.has(key));
		if (unknown) throw new Error(`${where}: property ${unknown} is not one the synthetic load writes`);
	}
	return JSON.parse(shared);
}

/**
 * Deletes every synthetic node with its relationships, then any synthetic relationship left
 * between real nodes, `batchSize` at a time, each batch its own transaction. The real graph is
 * untouched: only what carries `synthetic: true` goes. Returns how many nodes and relationships went.
 */
export async function clearSyntheticGraph(
	database: Database,
	{ batchSize = 5_000, onProgress = () => {} }: { batchSize?: number; onProgress?: (deletedNodes: number) => void } = {}
): Promise<{ entities: number; relationships: number }> {
	const before = await countSynthetic(database);
	let entities = 0;
	for (;;) {
		const [{ deleted }] = await database.write(DELETE_ENTITIES, { limit: batchSize });
		if ((deleted as number) === 0) break;
		entities += deleted as number;
		onProgress(entities);
	}
	for (;;) {
		const [{ deleted }] = await database.write(DELETE_RELATIONSHIPS, { limit: batchSize });
		if ((deleted as number) === 0) break;
	}
	return { entities, relationships: before.relationships };
}

/** What `synthesize` made and how long each step took. */
export interface SynthesisReport {
	entities: number;
	relationships: number;
	entitiesByKind: Record<string, number>;
	relationshipsByType: Record<string, number>;
	readMs: number;
	generateMs: number;
	loadMs: number;
}

/**
 * Reads the real base, generates the synthetic graph for (`scale`, `seed`) and loads it. Refuses
 * (throws) when the database already holds synthetic data: two graphs would collide on ids, and
 * silently replacing one could throw away a graph someone is measuring.
 */
export async function synthesize(
	database: Database,
	scale: SyntheticScale,
	seed: number,
	options: { batchSize?: number; onProgress?: (progress: LoadProgress) => void } = {}
): Promise<SynthesisReport> {
	const present = await countSynthetic(database);
	if (present.entities > 0 || present.relationships > 0) {
		throw new SyntheticGraphPresentError(
			`the database already holds a synthetic graph (${present.entities} nodes, ${present.relationships} relationships): ` +
				'run npm run synth -- --clear first'
		);
	}
	let started = performance.now();
	const base = await readSyntheticBase(database);
	const readMs = performance.now() - started;
	started = performance.now();
	const rows = generateSyntheticGraph(base, scale, seed);
	const generateMs = performance.now() - started;
	started = performance.now();
	await loadSyntheticGraph(database, rows, options);
	const loadMs = performance.now() - started;
	return {
		entities: rows.entities.length,
		relationships: rows.relationships.length,
		entitiesByKind: tally(rows.entities.map((row) => row.labels[0])),
		relationshipsByType: tally(rows.relationships.map((row) => row.type)),
		readMs,
		generateMs,
		loadMs
	};
}

/** A synthetic graph is already loaded; `--clear` it first. */
export class SyntheticGraphPresentError extends Error {
	override name = 'SyntheticGraphPresentError';
}

function tally(keys: string[]): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
	return counts;
}
