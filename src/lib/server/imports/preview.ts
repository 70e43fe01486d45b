import { createHash } from 'node:crypto';
import type { Operation } from '$lib/domain/changesets';
import type {
	ImportColumn,
	ImportDecisions,
	ImportOptions,
	ImportProgress,
	ImportSummary,
	PreviewRow,
	RowStatus
} from '$lib/domain/imports';
import { rowStatuses } from '$lib/domain/imports';
import { translator } from '$lib/i18n/translator';
import * as changesets from '$lib/server/changesets';
import { slugOf } from '$lib/server/contributions/plan';
import type { Database } from '$lib/server/db/neo4j';
import { statement } from '$lib/server/db/rows';
import { linkRow } from '$lib/server/db/rows/imports';
import { analyse, type Analysis } from './analyse';
import { loadActors, loadProgrammes, loadProjects } from './candidates';
import { loadGazetteer, unitsOf } from './places';
import { planImport, type ImportPlan } from './plan';
import { readSheet, type Sheet } from './read-sheet';

/**
 * An import's preview: the file read, each row analysed against the graph as it is, and the plan of
 * what applying it would write — computed again, the same way, when it is applied.
 */

const LIST_LINKS = statement('imports/list-links-from', linkRow);
const t = translator('fr');

export interface ImportRequest {
	fileName: string;
	bytes: Uint8Array;
	options: ImportOptions;
	decisions: ImportDecisions;
}

export interface Preview {
	sheet: Omit<Sheet, 'lines'>;
	headerRow: number;
	columns: ImportColumn[];
	rows: PreviewRow[];
	summary: ImportSummary;
	plan: ImportPlan;
	sourceId: string;
	digest: string;
}

export type ProgressListener = (progress: ImportProgress) => void;

/** The source an import cites: one per file content, so that the same file imported again is the same source. */
export function sourceIdOf(fileName: string, digest: string): string {
	return `${slugOf(`import ${fileName.replace(/\.[a-z0-9]+$/i, '')}`).slice(0, 60)}-${digest.slice(0, 8)}`;
}

const plural = (count: number, one: string, many: string) => `${count.toLocaleString('fr-FR')} ${count > 1 ? many : one}`;

/** « 312 acteurs (287 reconnus, 25 nouveaux), 312 liens « membre de », 4 lignes écartées ». */
export function summarySentence(plan: ImportPlan, byStatus: Record<RowStatus, number>): string {
	const parts: string[] = [];
	const actors = plan.matched.size + plan.created.size;
	if (actors > 0)
		parts.push(
			`${plural(actors, 'acteur', 'acteurs')} (${plural(plan.matched.size, 'reconnu', 'reconnus')}, ${plural(plan.created.size, 'nouveau', 'nouveaux')})`
		);
	const projects = plan.projectsMatched.size + plan.projectsCreated.size;
	if (projects > 0)
		parts.push(
			`${plural(projects, 'projet', 'projets')} (${plural(plan.projectsMatched.size, 'reconnu', 'reconnus')}, ${plural(plan.projectsCreated.size, 'nouveau', 'nouveaux')})`
		);
	const order = ['MEMBER_OF', 'PARTICIPATES_IN', 'FUNDS', 'LOCATED_IN'];
	const links = Object.entries(plan.newLinks).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
	for (const [type, count] of links) parts.push(`${plural(count, 'lien', 'liens')} « ${t(`relationship.${type}.out`)} »`);
	if (plan.citedLinks > 0) parts.push(`${plural(plan.citedLinks, 'lien déjà connu cité', 'liens déjà connus cités')}`);
	const set = byStatus.error + byStatus.excluded + byStatus.ambiguous;
	parts.push(plural(set, 'ligne écartée', 'lignes écartées'));
	if (byStatus.duplicate > 0) parts.push(plural(byStatus.duplicate, 'doublon', 'doublons'));
	if (byStatus.unchanged > 0) parts.push(plural(byStatus.unchanged, 'ligne déjà dans le graphe', 'lignes déjà dans le graphe'));
	return parts.join(', ');
}

async function graphState(database: Database, analysis: Analysis) {
	const found = new Set<string>();
	const names = new Set<string>();
	for (const row of analysis.rows) {
		if (row.status !== 'ready') continue;
		for (const end of [row.actor, row.project, row.funder]) {
			if (end?.outcome === 'found') found.add(end.id);
			if (end?.outcome === 'new') names.add(slugOf(end.name));
		}
	}
	const ids = [...found];
	const [links, entities, taken] = await Promise.all([
		LIST_LINKS.read(database, { ids }),
		changesets.readEntities(database, ids),
		changesets.readEntities(database, [...names])
	]);
	return { links, properties: new Map([...entities].map(([id, state]) => [id, state.properties])), taken: new Set(taken.keys()) };
}

export async function previewImport(database: Database, request: ImportRequest, progress: ProgressListener = () => {}): Promise<Preview> {
	const started = Date.now();
	progress({ phase: 'reading', done: 0, total: 1, rowsPerSecond: 0 });
	const { lines, ...sheet } = await readSheet(request.bytes, request.fileName, request.options.sheet);
	const digest = createHash('sha256').update(request.bytes).digest('hex');
	const sourceId = sourceIdOf(request.fileName, digest);
	const [gazetteer, actors, projects, programmes] = await Promise.all([
		loadGazetteer(database),
		loadActors(database),
		loadProjects(database),
		loadProgrammes(database)
	]);
	const analysis = await analyse(
		{ ...sheet, lines },
		request.options,
		request.decisions,
		{ gazetteer, actors, projects, programmes },
		(done, total) =>
			progress({ phase: 'matching', done, total, rowsPerSecond: Math.round(done / Math.max(0.001, (Date.now() - started) / 1000)) })
	);
	const plan = planImport({
		preset: request.options.preset,
		clusterId: request.options.clusterId,
		sourceId,
		rows: analysis.rows,
		graph: await graphState(database, analysis)
	});
	const units = await unitsOf(
		database,
		analysis.rows.flatMap((row) => (row.place ? [row.place.communeId] : []))
	);
	const rows: PreviewRow[] = analysis.rows.map((row) => {
		const outcome = plan.outcomes.get(row.row);
		const unit = row.place ? units.get(row.place.communeId) : undefined;
		return {
			row: row.row,
			status: outcome?.status ?? row.status,
			cells: row.cells,
			...(row.actor ? { actor: row.actor } : {}),
			...(row.project ? { project: row.project } : {}),
			...(row.funder ? { funder: row.funder } : {}),
			...(row.place
				? {
						place: {
							communeId: row.place.communeId,
							commune: row.place.commune,
							code: row.place.code,
							by: row.place.by,
							departement: row.place.departement,
							epci: unit?.epci,
							region: unit?.region,
							territories: unit?.territories ?? []
						}
					}
				: {}),
			problems: row.problems,
			effects: outcome?.effects ?? []
		};
	});
	const byStatus = Object.fromEntries(rowStatuses.map((status) => [status, rows.filter((row) => row.status === status).length])) as Record<
		RowStatus,
		number
	>;
	const ambiguousActors = rows.filter((row) => row.actor?.outcome === 'ambiguous').length;
	const summary: ImportSummary = {
		rows: rows.length,
		byStatus,
		actors: { matched: plan.matched.size, created: plan.created.size, ambiguous: ambiguousActors },
		projects: { matched: plan.projectsMatched.size, created: plan.projectsCreated.size },
		links: plan.newLinks,
		sentence: summarySentence(plan, byStatus)
	};
	const columns = analysis.headers.map((header, index) => ({
		index,
		header,
		field: analysis.fields[index],
		samples: [
			...new Set(
				// From the data under the header: a title or a merged group header above it is no sample.
				lines
					.filter((line) => line.row > analysis.headerRow)
					.slice(0, 200)
					.map((line) => line.cells[index] ?? '')
					.filter((cell) => cell && cell !== header)
			)
		].slice(0, 3)
	}));
	progress({
		phase: 'done',
		done: rows.length,
		total: rows.length,
		rowsPerSecond: Math.round(rows.length / Math.max(0.001, (Date.now() - started) / 1000))
	});
	return { sheet, headerRow: analysis.headerRow, columns, rows, summary, plan, sourceId, digest };
}

/** The operations of a preview, the source first when the file is new to the graph. */
export async function operationsOf(
	database: Database,
	preview: Preview,
	fileName: string,
	upload: () => Promise<string>
): Promise<Operation[]> {
	if (preview.plan.operations.length === 0) return [];
	const existing = await changesets.readEntities(database, [preview.sourceId]);
	if (existing.has(preview.sourceId)) return preview.plan.operations;
	const properties = {
		id: preview.sourceId,
		name: fileName,
		kind: 'spreadsheet',
		date: new Date().toISOString().slice(0, 10),
		sha256: preview.digest,
		upload: await upload()
	};
	return [{ op: 'create-entity', id: preview.sourceId, labels: ['Source'], properties }, ...preview.plan.operations];
}
