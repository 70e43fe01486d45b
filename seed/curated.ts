import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { actorKinds, type EntityKind, type RelationshipType } from '$lib/domain/model';
import {
	seedFileOutlineSchema,
	seedNodeSchema,
	seedRelationshipSchema,
	seedSourceDocumentSchema,
	seedThemesFileSchema,
	sharedSeedNodeSchema,
	sharedSeedRelationshipSchema,
	type SeedNode,
	type SeedRelationship,
	type SeedTheme
} from '$lib/domain/seed';
import type { z } from 'zod';
import { formatSourceReference } from '$lib/domain/source-reference';
import { formatPath, type Problem } from './problems';
import { readYamlFile, type YamlFile } from './read-yaml';
import { definedProperties, type EntityRow, type GraphRows, type PropertyValue, type RelationshipRow } from './rows';

/** Source id of the theme vocabulary, which is Maillage's own work rather than a document's. */
export const VOCABULARY_SOURCE_ID = 'vocabulaire-maillage';
const SHARED_FILE = 'shared.yaml';

interface Located {
	file: string;
	line: number | undefined;
	field: string;
}

interface CuratedNode {
	node: SeedNode;
	/** The document a node's citations default to; undefined in shared.yaml. */
	defaultDoc: string | undefined;
	at: Located;
}

interface CuratedRelationship {
	relationship: SeedRelationship;
	doc: string;
	at: Located;
}

/** What each source document contributes, for the coverage report. */
export interface DocumentCoverage {
	sourceId: string;
	title: string;
	entities: Set<string>;
	relationships: Map<RelationshipType, number>;
}

export interface CuratedSeed {
	rows: GraphRows;
	problems: Problem[];
	coverage: DocumentCoverage[];
}

/**
 * Curated kinds that may be given to an open-data node to say that it acts: the institution that
 * governs a région, a département, an intercommunality or a commune is a public body; a pôle de compétitivité
 * of the open data is a cluster the documents speak of; a Territoire d'industrie gains what a document states of it.
 */
const enrichable: Partial<Record<EntityKind, readonly EntityKind[]>> = {
	PublicBody: ['Region', 'Department', 'EPCI', 'Commune'],
	Cluster: ['Cluster'],
	// A document that states a fact of a Territoire d'industrie (« 17 EPCI sur 3 départements »)
	// adds it, cited, to the territory of the open data.
	Territory: ['Territory']
};

function enriches(curatedKind: EntityKind, openDataKind: EntityKind): boolean {
	return enrichable[curatedKind]?.includes(openDataKind) ?? false;
}

/** Which kinds a relationship may point at, for the checks that catch a mistyped id. */
const allowedTargets: Partial<Record<RelationshipType, readonly EntityKind[]>> = {
	ADDRESSES: ['Theme'],
	LOCATED_IN: ['Region', 'Department', 'EPCI', 'Commune', 'Territory'],
	REPLICATED_IN: ['Territory', 'Region', 'Department', 'EPCI', 'Commune'],
	SELECTED_BY: ['Programme'],
	PARTICIPATES_IN: ['Project', 'Programme']
};

/**
 * Reads `themes.yaml` and every file of `documents/`, validates each, then checks them together:
 * unique ids, citations of known documents, relationships between existing nodes of fitting kinds.
 * `openDataKinds` maps the ids that open data provides to their kind.
 */
export async function readCuratedSeed(
	seedDirectory: string,
	displayRoot: string,
	openDataKinds: ReadonlyMap<string, EntityKind>
): Promise<CuratedSeed> {
	const problems: Problem[] = [];
	const display = (file: string) => path.join(displayRoot, path.relative(seedDirectory, file));

	const themesPath = path.join(seedDirectory, 'themes.yaml');
	const themesFile = await readYamlFile(themesPath, display(themesPath), seedThemesFileSchema);
	problems.push(...themesFile.problems);
	const themes = (themesFile.data?.themes ?? []).map((theme, index) => ({
		theme,
		at: { file: display(themesPath), line: themesFile.lineOf(['themes', index]), field: `themes[${index}]` }
	}));

	const documentsDirectory = path.join(seedDirectory, 'documents');
	const fileNames = (await readdir(documentsDirectory)).filter((name) => name.endsWith('.yaml')).sort();
	const nodes: CuratedNode[] = [];
	const relationships: CuratedRelationship[] = [];
	const sources: { id: string; title: string; row: EntityRow; at: Located }[] = [];

	for (const fileName of fileNames) {
		const absolute = path.join(documentsDirectory, fileName);
		const shown = display(absolute);
		const isShared = fileName === SHARED_FILE;
		const file = await readYamlFile(absolute, shown, seedFileOutlineSchema);
		problems.push(...file.problems);
		if (!file.data) continue;
		const part = <S extends z.ZodType>(schema: S, value: unknown, at: (string | number)[]) =>
			validatePart(file, shown, schema, value, at, problems);
		let defaultDoc: string | undefined;
		if (isShared) {
			if (file.data.source !== undefined) {
				problems.push({
					file: shown,
					line: file.lineOf(['source']),
					field: 'source',
					message: 'shared.yaml has no source: every citation names its document'
				});
			}
		} else {
			const source = part(seedSourceDocumentSchema, file.data.source, ['source']);
			if (!source) continue;
			defaultDoc = source.id;
			if (`${source.id}.yaml` !== fileName) {
				problems.push({
					file: shown,
					line: file.lineOf(['source', 'id']),
					field: 'source.id',
					message: `must match the file name (${fileName})`
				});
			}
			sources.push({
				id: source.id,
				title: source.title,
				row: sourceRow(source.id, source.title, {
					authors: source.authors,
					titleSupplied: source.titleSupplied,
					publisher: source.publisher,
					date: source.date,
					url: source.url,
					file: source.file,
					kind: source.kind
				}),
				at: { file: shown, line: file.lineOf(['source']), field: 'source' }
			});
		}
		file.data.nodes.forEach((value, index) => {
			const node = part(isShared ? sharedSeedNodeSchema : seedNodeSchema, value, ['nodes', index]);
			if (node) nodes.push({ node, defaultDoc, at: { file: shown, line: file.lineOf(['nodes', index]), field: `nodes[${index}]` } });
		});
		file.data.relationships.forEach((value, index) => {
			const relationship = part(isShared ? sharedSeedRelationshipSchema : seedRelationshipSchema, value, ['relationships', index]);
			if (!relationship) return;
			relationships.push({
				relationship,
				doc: relationship.doc ?? defaultDoc ?? '',
				at: { file: shown, line: file.lineOf(['relationships', index]), field: `relationships[${index}]` }
			});
		});
	}

	const vocabularySource = sourceRow(VOCABULARY_SOURCE_ID, 'Vocabulaire thématique de Maillage', {
		publisher: 'Maillage',
		kind: 'vocabulary'
	});
	const kinds = new Map<string, EntityKind>(openDataKinds);
	const definedAt = new Map<string, Located>();
	const define = (id: string, kind: EntityKind, at: Located) => {
		const first = definedAt.get(id);
		const openDataKind = openDataKinds.get(id);
		if (!first && openDataKind && enriches(kind, openDataKind)) {
			// An institution acting on its own area, or a pôle the open data lists: one node, the
			// curated entry adding what the documents say of it (see seed/enrich.ts).
			definedAt.set(id, at);
			return;
		}
		if (first || openDataKind) {
			const where = first ? `${first.file}${first.line ? `:${first.line}` : ''}` : 'the open data';
			problems.push({
				file: at.file,
				line: at.line,
				field: `${at.field}.id`,
				message: `duplicate id "${id}", already defined in ${where}`
			});
			return;
		}
		definedAt.set(id, at);
		kinds.set(id, kind);
	};
	define(VOCABULARY_SOURCE_ID, 'Source', { file: 'seed (built in)', line: undefined, field: 'vocabulary' });
	for (const source of sources) define(source.id, 'Source', source.at);
	for (const { theme, at } of themes) define(theme.id, 'Theme', at);
	for (const { node, at } of nodes) define(node.id, node.label, at);
	const documentIds = new Set(sources.map((source) => source.id));

	for (const { theme, at } of themes) {
		if (theme.broader && kinds.get(theme.broader) !== 'Theme') {
			problems.push({ file: at.file, line: at.line, field: `${at.field}.broader`, message: `unknown theme "${theme.broader}"` });
		}
	}
	for (const { node, defaultDoc, at } of nodes) {
		node.sources.forEach((source, index) => {
			const doc = source.doc ?? defaultDoc;
			if (doc && !documentIds.has(doc)) {
				problems.push({
					file: at.file,
					line: at.line,
					field: `${at.field}.sources[${index}].doc`,
					message: `unknown source document "${doc}"`
				});
			}
		});
	}
	for (const { relationship, doc, at } of relationships) {
		if (!documentIds.has(doc))
			problems.push({ file: at.file, line: at.line, field: `${at.field}.doc`, message: `unknown source document "${doc}"` });
		for (const end of ['from', 'to'] as const) {
			if (!kinds.has(relationship[end])) {
				problems.push({ file: at.file, line: at.line, field: `${at.field}.${end}`, message: `no node has the id "${relationship[end]}"` });
			}
		}
		if (relationship.type === 'FUNDS' && kinds.get(relationship.from) === 'Programme') {
			problems.push({
				file: at.file,
				line: at.line,
				field: `${at.field}.from`,
				message: `a programme does not fund: "${relationship.from}" is a Programme; FUNDS goes from its operator, with programme: ${relationship.from}`
			});
		}
		if (relationship.programme !== undefined && kinds.get(relationship.programme) !== 'Programme') {
			problems.push({
				file: at.file,
				line: at.line,
				field: `${at.field}.programme`,
				message: `"${relationship.programme}" is not a Programme`
			});
		}
		const targetKind = kinds.get(relationship.to);
		const allowed = allowedTargets[relationship.type];
		if (targetKind && allowed && !allowed.includes(targetKind)) {
			problems.push({
				file: at.file,
				line: at.line,
				field: `${at.field}.to`,
				message: `${relationship.type} must point at ${allowed.join(' or ')}, but "${relationship.to}" is a ${targetKind}`
			});
		}
	}

	const mergedRelationships = mergeRelationships(relationships, problems);
	const rows: GraphRows = {
		entities: [
			vocabularySource,
			...sources.map((source) => source.row),
			...themes.map(({ theme }) => themeRow(theme)),
			...nodes.map(({ node, defaultDoc }) => nodeRow(node, defaultDoc))
		],
		relationships: [
			...themes.flatMap(({ theme }) =>
				theme.broader
					? [{ type: 'BROADER' as const, from: theme.id, to: theme.broader, properties: { sources: [VOCABULARY_SOURCE_ID] } }]
					: []
			),
			...mergedRelationships
		]
	};
	return { rows, problems, coverage: coverageOf(sources, nodes, relationships) };
}

/** Validates one part of a file; its problems are located by their full path in the file. */
function validatePart<S extends z.ZodType>(
	file: YamlFile<unknown>,
	shown: string,
	schema: S,
	value: unknown,
	at: (string | number)[],
	problems: Problem[]
): z.infer<S> | undefined {
	const parsed = schema.safeParse(value);
	if (parsed.success) return parsed.data;
	for (const issue of parsed.error.issues) {
		const fullPath = [...at, ...issue.path];
		problems.push({ file: shown, line: file.lineOf(fullPath), field: formatPath(fullPath), message: issue.message });
	}
	return undefined;
}

function sourceRow(id: string, title: string, details: Record<string, PropertyValue | undefined>): EntityRow {
	return { id, labels: ['Source'], properties: definedProperties({ id, name: title, ...details }) };
}

function themeRow(theme: SeedTheme): EntityRow {
	return {
		id: theme.id,
		labels: ['Theme'],
		properties: definedProperties({
			id: theme.id,
			name: theme.fr,
			nameEn: theme.en,
			description: theme.description,
			aliases: [...(theme.synonyms ?? []), ...(theme.synonymsEn ?? []), theme.en],
			synonyms: theme.synonyms,
			synonymsEn: theme.synonymsEn,
			sources: [VOCABULARY_SOURCE_ID]
		})
	};
}

function nodeRow(node: SeedNode, defaultDoc: string | undefined): EntityRow {
	const labels: string[] = [node.label];
	if ((actorKinds as readonly string[]).includes(node.label)) labels.push('Actor');
	if (node.funder) labels.push('Funder');
	return {
		id: node.id,
		labels,
		properties: definedProperties({
			...node.properties,
			id: node.id,
			name: node.name,
			aliases: node.aliases,
			description: node.description,
			status: node.status,
			startYear: node.startYear,
			endYear: node.endYear,
			budgetEur: node.budgetEur,
			indicators: node.indicators,
			successFactors: node.successFactors,
			difficulties: node.difficulties,
			sources: node.sources.map((source) => formatSourceReference({ sourceId: source.doc ?? defaultDoc ?? '', section: source.section }))
		})
	};
}

/**
 * One relationship per (type, from, to): the same link stated by two documents keeps both
 * citations; conflicting roles or amounts are reported rather than silently overwritten.
 */
function mergeRelationships(relationships: CuratedRelationship[], problems: Problem[]): RelationshipRow[] {
	const merged = new Map<string, { row: RelationshipRow; at: Located }>();
	for (const { relationship, doc, at } of relationships) {
		const { type, from, to, section, evidence, doc: _doc, properties, ...typed } = relationship;
		const key = `${type} ${from} ${to}`;
		const citation = formatSourceReference({ sourceId: doc, section });
		const existing = merged.get(key);
		if (!existing) {
			merged.set(key, {
				row: {
					type,
					from,
					to,
					properties: definedProperties({ ...properties, ...typed, sources: [citation], evidence: [evidence ?? ''] })
				},
				at
			});
			continue;
		}
		const target = existing.row.properties;
		for (const [name, value] of Object.entries(definedProperties({ ...properties, ...typed }))) {
			if (target[name] === undefined) target[name] = value;
			else if (JSON.stringify(target[name]) !== JSON.stringify(value)) {
				problems.push({
					file: at.file,
					line: at.line,
					field: `${at.field}.${name}`,
					message: `conflicts with ${existing.at.file}${existing.at.line ? `:${existing.at.line}` : ''} (${JSON.stringify(target[name])} vs ${JSON.stringify(value)})`
				});
			}
		}
		(target.sources as string[]).push(citation);
		(target.evidence as string[]).push(evidence ?? '');
	}
	return [...merged.values()].map(({ row }) => row);
}

function coverageOf(
	sources: { id: string; title: string }[],
	nodes: CuratedNode[],
	relationships: CuratedRelationship[]
): DocumentCoverage[] {
	const coverage = new Map(
		sources.map((source) => [
			source.id,
			{ sourceId: source.id, title: source.title, entities: new Set<string>(), relationships: new Map() }
		])
	);
	for (const { node, defaultDoc } of nodes) {
		for (const source of node.sources) coverage.get(source.doc ?? defaultDoc ?? '')?.entities.add(node.id);
	}
	for (const { relationship, doc } of relationships) {
		const entry = coverage.get(doc);
		if (!entry) continue;
		entry.entities.add(relationship.from).add(relationship.to);
		entry.relationships.set(relationship.type, (entry.relationships.get(relationship.type) ?? 0) + 1);
	}
	return [...coverage.values()];
}

/** Property values a relationship row may hold, re-exported for the writers. */
export type { PropertyValue };
