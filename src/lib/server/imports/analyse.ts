import type { EndMatch, ImportDecisions, ImportField, ImportOptions, RowProblem, RowStatus } from '$lib/domain/imports';
import { requiredFields } from '$lib/domain/imports';
import type { ActorKind, ParticipationRole } from '$lib/domain/model';
import { NEW_PREFIX, type CandidateIndex } from './candidates';
import { findHeaderLine, headersOf, mapColumns } from './columns';
import type { Match } from './matching';
import type { Gazetteer, PlaceOutcome } from './places';
import type { Sheet } from './read-sheet';
import { isTotalLine, parseValue } from './values';

/**
 * Reads each line of a sheet as a row of the import: its values checked field by field, its place
 * resolved, its organisation, project and funder recognised among the graph's entities (or the
 * rows before it). Pure: the graph's entities and places come in already loaded.
 */

export interface ImportContext {
	gazetteer: Gazetteer;
	actors: CandidateIndex;
	projects: CandidateIndex;
	programmes: CandidateIndex;
}

export type Values = Partial<Record<ImportField, string | number | string[]>>;

export interface AnalysedRow {
	row: number;
	status: RowStatus;
	cells: Record<string, string>;
	values: Values;
	problems: RowProblem[];
	place?: Extract<PlaceOutcome, { place: unknown }>['place'];
	departementCode?: string;
	actor?: EndMatch;
	project?: EndMatch;
	funder?: EndMatch;
	programmeId?: string;
	/** The row's mapped values in one line, the evidence of every fact it states. */
	excerpt: string;
}

export interface Analysis {
	headerRow: number;
	headers: string[];
	fields: (ImportField | null)[];
	rows: AnalysedRow[];
}

/** How a field is called in a problem when no column holds it. */
const FIELD_LABELS: Partial<Record<ImportField, string>> = {
	'actor.name': 'nom de l’organisation',
	'project.name': 'nom du projet',
	'funder.name': 'financeur',
	'funding.amount': 'montant'
};

const text = (values: Values, field: ImportField) => values[field] as string | undefined;

/** A match of the file's own new entities (`row:12`) told as what it is: new, like row 12. */
function endOf(match: Match, index: CandidateIndex, name: string): EndMatch {
	if (match.outcome === 'found') {
		if (match.id.startsWith(NEW_PREFIX)) return { outcome: 'new', name, sameAsRow: Number(match.id.slice(NEW_PREFIX.length)) };
		return { outcome: 'found', id: match.id, name: index.name(match.id), reason: match.reason, score: match.score };
	}
	if (match.outcome === 'ambiguous') {
		const choices = match.choices
			.filter((choice) => !choice.id.startsWith(NEW_PREFIX))
			.map((choice) => ({ id: choice.id, name: index.name(choice.id), reason: choice.reason as 'name', score: choice.score }));
		const earlier = match.choices.find((choice) => choice.id.startsWith(NEW_PREFIX));
		if (choices.length === 0 && earlier) return { outcome: 'new', name, sameAsRow: Number(earlier.id.slice(NEW_PREFIX.length)) };
		return { outcome: 'ambiguous', choices };
	}
	return { outcome: 'new', name };
}

/** The person's choice for a row's organisation overrides the match: an entity of the graph, or "new". */
function chosen(choice: string | undefined, index: CandidateIndex, name: string): EndMatch | { problem: string } | undefined {
	if (choice === undefined) return undefined;
	if (choice === 'new') return { outcome: 'new', name };
	if (!index.has(choice)) return { problem: `l’entité choisie « ${choice} » n’est pas un acteur du graphe` };
	return { outcome: 'found', id: choice, name: index.name(choice), reason: 'chosen', score: 1 };
}

/** Rows analysed between two reports of progress (and two turns of the event loop, so that the server keeps answering). */
const PROGRESS_EVERY = 500;

export async function analyse(
	sheet: Sheet,
	options: ImportOptions,
	decisions: ImportDecisions,
	context: ImportContext,
	onProgress: (done: number, total: number) => void = () => {}
): Promise<Analysis> {
	const headerIndex = findHeaderLine(sheet.lines);
	const width = Math.max(0, ...sheet.lines.map((line) => line.cells.length));
	const headers = headersOf(sheet.lines[headerIndex]?.cells ?? [], width);
	const fields = mapColumns(headers, options.preset, options.mapping);
	const excluded = new Set(decisions.excluded);
	const missingColumns = requiredFields[options.preset].filter((field) => !fields.includes(field));
	const rows: AnalysedRow[] = [];

	const data = sheet.lines.slice(headerIndex + 1);
	for (const [position, line] of data.entries()) {
		if (position % PROGRESS_EVERY === 0) {
			onProgress(position, data.length);
			await new Promise((resolve) => setImmediate(resolve));
		}
		const fixes = decisions.fixes[String(line.row)] ?? {};
		const cells = Object.fromEntries(headers.map((header, index) => [header, fixes[header] ?? line.cells[index] ?? '']));
		const base = { row: line.row, cells, values: {}, problems: [], excerpt: '' };
		const filled = Object.values(cells).filter((cell) => cell.trim() !== '');
		if (filled.length === 0 || isTotalLine(Object.values(cells))) {
			rows.push({ ...base, status: 'ignored', problems: [{ column: '', message: filled.length === 0 ? 'ligne vide' : 'ligne de total' }] });
			continue;
		}
		const values: Values = {};
		const problems: RowProblem[] = missingColumns.map((field) => ({
			column: FIELD_LABELS[field] ?? field,
			message: `aucune colonne n’indique le ${FIELD_LABELS[field] ?? field} : associez-en une`
		}));
		const columnOf = new Map<ImportField, string>();
		headers.forEach((header, index) => {
			const field = fields[index];
			if (!field) return;
			columnOf.set(field, header);
			const parsed = parseValue(field, cells[header]);
			if (parsed && 'problem' in parsed) problems.push({ column: header, message: parsed.problem });
			else if (parsed) values[field] = parsed.value;
		});
		for (const field of requiredFields[options.preset])
			if (columnOf.has(field) && values[field] === undefined && !problems.some((problem) => problem.column === columnOf.get(field)))
				problems.push({ column: columnOf.get(field)!, message: 'est vide' });
		const siret = text(values, 'actor.siret');
		const siren = text(values, 'actor.siren');
		if (siret && siren && !siret.startsWith(siren))
			problems.push({ column: columnOf.get('actor.siret')!, message: `ne commence pas par le SIREN ${siren} de la même ligne` });
		const excerpt = headers
			.filter((header, index) => fields[index] && cells[header].trim() !== '')
			.map((header) => `${header} : ${cells[header].trim()}`)
			.join(' · ')
			.slice(0, 600);
		const row: AnalysedRow = { ...base, status: 'ready', values, problems, excerpt };

		const place = context.gazetteer.resolve({
			insee: text(values, 'place.insee'),
			postalCode: text(values, 'place.postalCode'),
			commune: text(values, 'place.commune'),
			departement: text(values, 'place.departement')
		});
		if (place && 'problem' in place)
			problems.push({ column: columnOf.get(place.problem.field) ?? place.problem.field, message: place.problem.message });
		else if (place && 'place' in place) {
			row.place = place.place;
			row.departementCode = place.place.departementCode;
		} else if (place) row.departementCode = place.departementCode;

		const choice = decisions.choices[String(line.row)];
		const actorName = text(values, 'actor.name');
		if (actorName) {
			const wanted = { name: actorName, siret, siren, commune: row.place?.communeId, departement: row.departementCode };
			const picked = chosen(choice, context.actors, actorName);
			if (picked && 'problem' in picked) problems.push({ column: columnOf.get('actor.name')!, message: picked.problem });
			else row.actor = picked ?? endOf(context.actors.match(wanted), context.actors, actorName);
		}
		const projectName = text(values, 'project.name');
		if (projectName) row.project = endOf(context.projects.match({ name: projectName }), context.projects, projectName);
		const funderName = text(values, 'funder.name');
		if (funderName) {
			const funder = endOf(context.actors.match({ name: funderName }), context.actors, funderName);
			// A funder is an institution the graph knows (a Région, Bpifrance, the ADEME…): never invented from a cell.
			if (funder.outcome === 'new')
				problems.push({
					column: columnOf.get('funder.name')!,
					message: `« ${funderName} » n’est pas un financeur connu du graphe : ajoutez-le d’abord`
				});
			row.funder = funder;
		}
		const programme = text(values, 'funding.programme');
		if (programme) {
			const found = context.programmes.match({ name: programme });
			if (found.outcome === 'found') row.programmeId = found.id;
			else
				problems.push({ column: columnOf.get('funding.programme')!, message: `« ${programme} » n’est pas un programme connu du graphe` });
		}
		if (options.preset === 'financements' && !actorName && !projectName)
			problems.push({ column: 'bénéficiaire', message: 'indiquez le bénéficiaire : une organisation ou un projet' });

		row.status = excluded.has(line.row)
			? 'excluded'
			: problems.length > 0
				? 'error'
				: [row.actor, row.project, row.funder].some((end) => end?.outcome === 'ambiguous')
					? 'ambiguous'
					: 'ready';
		// A new organisation joins the index, so that the next rows naming it are the same entity.
		if (row.status === 'ready' && row.actor?.outcome === 'new' && row.actor.sameAsRow === undefined && actorName)
			context.actors.add({
				id: `${NEW_PREFIX}${line.row}`,
				name: actorName,
				aliases: [],
				siret,
				siren,
				communes: row.place ? [row.place.communeId] : [],
				departements: row.departementCode ? [row.departementCode] : []
			});
		if (row.status === 'ready' && row.project?.outcome === 'new' && row.project.sameAsRow === undefined && projectName)
			context.projects.add({ id: `${NEW_PREFIX}${line.row}`, name: projectName, aliases: [], communes: [], departements: [] });
		rows.push(row);
	}
	return { headerRow: sheet.lines[headerIndex]?.row ?? 1, headers, fields, rows };
}

export const kindOf = (values: Values): ActorKind => (values['actor.kind'] as ActorKind | undefined) ?? 'Company';
export const roleOf = (values: Values): ParticipationRole | undefined => values['participation.role'] as ParticipationRole | undefined;
