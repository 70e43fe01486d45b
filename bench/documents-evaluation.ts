import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { connect } from '$lib/server/db/neo4j';
import { readDatabaseSettings, testDatabaseEnvironment } from '$lib/server/db/settings';
import {
	comparable,
	scoreReading,
	type CuratedEntity,
	type CuratedRelationship,
	type Score
} from '$lib/server/documents/evaluation/scoring';
import { buildGazetteer, gazetteerEntries, type GazetteerEntry } from '$lib/server/documents/reader/gazetteer';
import { readDocument } from '$lib/server/documents/reader/read';

/**
 * `npm run bench:documents`: how well the reader reads. For each of the five source documents
 * (`../shared/seeds/`), its proposals are compared with the facts curated by hand from it
 * (`seed/documents/<document>.yaml`): recall of the curated relationships between actors,
 * projects, programmes and territories (any type joining the same two entities; the exact type
 * apart), precision of the proposals, accuracy of entity linking, and time. Then the same for
 * invented texts in the style of regional press and of ANCT and France Clusters publications
 * (`tests/fixtures/documents/texts/`, each with its `.expected.yaml`), so the reader is not tuned
 * to five texts alone.
 *
 * Two gazetteers: « graphe complet » (every entity of the seeded graph: re-reading a document the
 * graph already holds) and « à l'aveugle » (without the entities only that document defines: the
 * reader must find them as new organisations). Reads the app's database (NEO4J_URI…, the seeded
 * graph); `--test` reads the test one; `--save-entries f.json` keeps the graph's names in a file and
 * `--entries f.json` reads them from it, without a database; `--details` prints the missed and the wrong.
 * Relationships to themes and the open data's own types are not counted; an expected answer naming an
 * id the graph lacks stops the bench (exit 1) rather than lower the linking score.
 */

const SOURCES = process.env.MAILLAGE_SOURCE_DOCUMENTS ?? '../shared/seeds';
const TEXTS = 'tests/fixtures/documents/texts';
/** Types of the open data and the vocabulary, not stated by documents in the reader's sense. */
const NOT_READ = new Set(['ADDRESSES', 'INCLUDES', 'IN', 'BROADER', 'CONTINUES_AS']);
/** The styles the invented texts imitate, by the prefix of their file name (see the folder's README). */
const STYLES = [
	['presse-', 'presse régionale'],
	['fiche-anct-', 'fiches ANCT'],
	['france-clusters-', 'France Clusters']
] as const;
const TARGETS = { recall: 0.8, precision: 0.6, linking: 0.9, msPer40k: 2000 };

interface Case {
	name: string;
	/** For an invented text, the style it imitates (its file name's prefix). */
	style?: string;
	file: string;
	text: string;
	entities: CuratedEntity[];
	relationships: CuratedRelationship[];
	/** Entities only this text defines: left out of the gazetteer « à l'aveugle ». */
	own: Set<string>;
}

type Row = { type: string; from: string; to: string };

/** Theme ids: a relationship to a theme (ADDRESSES, or any other type) is not one between actors, projects, programmes and territories. */
function themeIds(): Set<string> {
	const ids = new Set<string>();
	const visit = (value: unknown): void => {
		if (Array.isArray(value)) value.forEach(visit);
		else if (value && typeof value === 'object') {
			const { id } = value as { id?: unknown };
			if (typeof id === 'string') ids.add(id);
			Object.values(value).forEach(visit);
		}
	};
	visit(parse(readFileSync('seed/themes.yaml', 'utf8')));
	return ids;
}

function sourceCases(names: ReadonlyMap<string, string[]>): Case[] {
	const themes = themeIds();
	const shared = parse(readFileSync('seed/documents/shared.yaml', 'utf8')) as { nodes: { id: string; sources?: { doc: string }[] }[] };
	return readdirSync('seed/documents')
		.filter((file) => file !== 'shared.yaml')
		.sort()
		.map((file) => {
			const document = parse(readFileSync(path.join('seed/documents', file), 'utf8')) as {
				source: { id: string; file: string };
				nodes?: { id: string; name: string; aliases?: string[] }[];
				relationships?: Row[];
			};
			const relationships = (document.relationships ?? [])
				.filter((row) => !NOT_READ.has(row.type) && !themes.has(row.to))
				.map(({ type, from, to }) => ({ type, from, to }));
			const ids = new Set([
				...(document.nodes ?? []).map((node) => node.id),
				...relationships.flatMap((row) => [row.from, row.to]),
				...shared.nodes.filter((node) => node.sources?.some((source) => source.doc === document.source.id)).map((node) => node.id)
			]);
			return {
				name: document.source.id,
				file: document.source.file,
				text: readFileSync(path.join(SOURCES, document.source.file), 'utf8'),
				entities: [...ids].map((id) => ({ id, names: names.get(id) ?? [id] })),
				relationships,
				own: new Set((document.nodes ?? []).map((node) => node.id))
			};
		});
}

/** An invented text and what a careful reader finds in it: entities by name (with their id when the graph has them) and relationships. */
function inventedCases(): Case[] {
	if (!existsSync(TEXTS)) return [];
	return readdirSync(TEXTS)
		.filter((file) => file.endsWith('.txt') && existsSync(path.join(TEXTS, file.replace(/\.txt$/, '.expected.yaml'))))
		.sort()
		.map((file) => {
			const expected = parse(readFileSync(path.join(TEXTS, file.replace(/\.txt$/, '.expected.yaml')), 'utf8')) as {
				entities?: { id?: string; name: string; aliases?: string[] }[];
				relationships?: Row[];
			};
			const entities = (expected.entities ?? []).map((entity) => ({
				id: entity.id ?? `nouveau:${comparable(entity.name)}`,
				names: [entity.name, ...(entity.aliases ?? [])]
			}));
			const idOf = (end: string) =>
				entities.find((entity) => entity.id === end)?.id ??
				entities.find((entity) => entity.names.some((name) => comparable(name) === comparable(end)))?.id ??
				end;
			return {
				name: file.replace(/\.txt$/, ''),
				style: STYLES.find(([prefix]) => file.startsWith(prefix))?.[1] ?? 'autre',
				file,
				text: readFileSync(path.join(TEXTS, file), 'utf8'),
				entities,
				relationships: (expected.relationships ?? []).map((row) => ({ type: row.type, from: idOf(row.from), to: idOf(row.to) })),
				own: new Set(entities.filter((entity) => entity.id.startsWith('nouveau:')).map((entity) => entity.id))
			};
		});
}

/** The graph's names: from the database, or from a file written by `--save-entries` (to measure without one). */
async function readEntries(args: string[]): Promise<GazetteerEntry[]> {
	const from = args[args.indexOf('--entries') + 1];
	if (args.includes('--entries') && from) return JSON.parse(readFileSync(from, 'utf8')) as GazetteerEntry[];
	const database = connect(readDatabaseSettings(args.includes('--test') ? testDatabaseEnvironment(process.env) : process.env));
	try {
		const entries = await gazetteerEntries(database);
		const to = args[args.indexOf('--save-entries') + 1];
		if (args.includes('--save-entries') && to) await writeFile(to, JSON.stringify(entries));
		return entries;
	} finally {
		await database.close();
	}
}

const percent = (value: number) => `${Math.round(value * 100)} %`;

function line(name: string, mode: string, score: Score, ms: number, characters: number): string {
	return [
		name.padEnd(48),
		mode.padEnd(14),
		`${score.found}/${score.curated}`.padStart(7),
		percent(score.recall).padStart(6),
		percent(score.exactRecall).padStart(6),
		`${score.correct}/${score.proposals}`.padStart(8),
		percent(score.precision).padStart(6),
		`${score.confident.correct}/${score.confident.proposals}`.padStart(8),
		percent(score.linking).padStart(6),
		`${ms.toFixed(0)} ms`.padStart(8),
		String(characters).padStart(7)
	].join(' ');
}

export async function main(args: string[]): Promise<number> {
	const entries = await readEntries(args);
	const names = new Map(entries.map((entry) => [entry.id, [entry.name, ...entry.aliases]]));
	const started = performance.now();
	const full = buildGazetteer(entries);
	const gazetteerMs = performance.now() - started;
	const cases = [
		...sourceCases(names).map((item) => ({ ...item, group: 'sources' })),
		...inventedCases().map((item) => ({ ...item, group: 'invented' }))
	];
	// An expected answer naming an id the graph lacks could never be linked: a slip in the answer key, not the reader's miss.
	const unknown = cases.flatMap((item) =>
		item.entities
			.filter((entity) => !entity.id.startsWith('nouveau:') && !names.has(entity.id))
			.map((entity) => `${item.name} : ${entity.id}`)
	);
	if (unknown.length > 0) {
		console.error(`Des réponses attendues nomment des entités absentes du graphe lu :\n  ${unknown.join('\n  ')}`);
		return 1;
	}
	console.log(`Répertoire : ${entries.length} entités, construit en ${gazetteerMs.toFixed(0)} ms.\n`);
	console.log(
		`${'document'.padEnd(48)} ${'répertoire'.padEnd(14)} ${'trouvés'.padStart(7)} ${'rappel'.padStart(6)} ${'exact'.padStart(6)} ${'justes'.padStart(8)} ${'préc.'.padStart(6)} ${'≥ 50 %'.padStart(8)} ${'liens'.padStart(6)} ${'temps'.padStart(8)} ${'car.'.padStart(7)}`
	);
	const results: (Omit<Score, 'missed' | 'wrong'> & {
		document: string;
		group: string;
		style?: string;
		mode: string;
		missed: number;
		wrong: number;
		ms: number;
		characters: number;
	})[] = [];
	for (const item of cases) {
		for (const mode of ['graphe complet', "à l'aveugle"] as const) {
			const gazetteer = mode === 'graphe complet' ? full : buildGazetteer(entries.filter((entry) => !item.own.has(entry.id)));
			// The best of three readings after a warm-up: a short text's time is otherwise a collector's pause.
			readDocument(item.text, gazetteer);
			let ms = Infinity;
			let reading = readDocument(item.text, gazetteer);
			for (let attempt = 0; attempt < 3; attempt++) {
				const begun = performance.now();
				reading = readDocument(item.text, gazetteer);
				ms = Math.min(ms, performance.now() - begun);
			}
			const score = scoreReading(reading, item);
			console.log(line(item.name, mode, score, ms, item.text.length));
			if (args.includes('--details') && mode === 'graphe complet') {
				for (const missed of score.missed) console.log(`    manqué  ${missed.type} ${missed.from} → ${missed.to}`);
				for (const wrong of score.wrong)
					console.log(
						`    en trop ${wrong.type} ${wrong.from.entityId ?? `+${wrong.from.name}`} → ${wrong.to.entityId ?? `+${wrong.to.name}`} (${wrong.confidence})`
					);
			}
			const { missed, wrong, ...numbers } = score;
			results.push({
				document: item.name,
				group: item.group,
				style: item.style,
				mode,
				...numbers,
				missed: missed.length,
				wrong: wrong.length,
				ms,
				characters: item.text.length
			});
		}
	}
	const totals = (group: string, mode: string, style?: string) => {
		const rows = results.filter((row) => row.group === group && row.mode === mode && (style === undefined || row.style === style));
		const sum = (key: 'curated' | 'found' | 'exact' | 'proposals' | 'correct' | 'linked' | 'linkedCorrectly') =>
			rows.reduce((total, row) => total + row[key], 0);
		const ms = rows.reduce((total, row) => total + row.ms, 0);
		const characters = rows.reduce((total, row) => total + row.characters, 0);
		return {
			group,
			...(style === undefined ? {} : { style }),
			mode,
			documents: rows.length,
			recall: sum('found') / Math.max(1, sum('curated')),
			exactRecall: sum('exact') / Math.max(1, sum('curated')),
			precision: sum('correct') / Math.max(1, sum('proposals')),
			confidentPrecision:
				rows.reduce((total, row) => total + row.confident.correct, 0) /
				Math.max(
					1,
					rows.reduce((total, row) => total + row.confident.proposals, 0)
				),
			linking: sum('linkedCorrectly') / Math.max(1, sum('linked')),
			msPer40k: (ms / Math.max(1, characters)) * 40_000
		};
	};
	const modes = ['graphe complet', "à l'aveugle"];
	const summary = [
		...['sources', 'invented'].flatMap((group) => modes.map((mode) => totals(group, mode))),
		// Each style of invented text apart: a reader tuned on press articles may still miss what a fiche says by its layout.
		...STYLES.flatMap(([, style]) => modes.map((mode) => totals('invented', mode, style)))
	].filter((row) => row.documents > 0);
	console.log('\nEnsemble (cibles : rappel ≥ 80 %, précision ≥ 60 %, liens ≥ 90 %, < 2 s pour 40 000 caractères)');
	for (const row of summary)
		console.log(
			`  ${row.group === 'sources' ? 'cinq sources' : `textes inventés${'style' in row ? ` (${row.style})` : ''}`}, ${row.mode} : rappel ${percent(row.recall)} (type exact ${percent(row.exactRecall)}), précision ${percent(row.precision)} (≥ 50 % : ${percent(row.confidentPrecision)}), liens ${percent(row.linking)}, ${row.msPer40k.toFixed(0)} ms pour 40 000 caractères`
		);
	await mkdir('bench/results', { recursive: true });
	await writeFile(
		'bench/results/documents-evaluation.json',
		`${JSON.stringify({ measuredAt: new Date().toISOString(), targets: TARGETS, gazetteer: { entities: entries.length, ms: gazetteerMs }, summary, documents: results }, null, '\t')}\n`
	);
	console.log('\nÉcrit dans bench/results/documents-evaluation.json.');
	return 0;
}
