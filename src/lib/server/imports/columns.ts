import { importFields, type ColumnMapping, type ImportField, type ImportPreset } from '$lib/domain/imports';
import { foldText } from '$lib/domain/text';
import type { SheetLine } from './read-sheet';

/**
 * Where the table starts and what its columns hold. People's files open with a title, a date,
 * a group header over several columns: the header row is the line among the first ones whose
 * cells look most like column names. Then each column is guessed from its header, the way a
 * French spreadsheet names it; the person corrects the guess, or applies a saved mapping.
 */

/** Headers as people write them, folded (no accents, lower case), for each field. First match wins. */
const HEADER_WORDS: readonly [ImportField, readonly string[]][] = [
	['actor.siret', ['siret', 'n siret', 'numero siret']],
	['actor.siren', ['siren', 'n siren', 'numero siren']],
	['place.insee', ['code insee', 'insee', 'code commune', 'cog']],
	['place.postalCode', ['code postal', 'cp', 'code postal commune', 'postal']],
	['place.departement', ['departement', 'dept', 'dep', 'code departement']],
	['place.commune', ['commune', 'ville', 'localite', 'commune du siege', 'ville du siege', 'siege', 'adresse commune']],
	['actor.website', ['site web', 'site internet', 'site', 'url', 'web']],
	['actor.kind', ['type', 'type de structure', 'nature', 'categorie', 'type d acteur', 'statut']],
	['actor.aliases', ['sigle', 'acronyme', 'autres noms', 'nom commercial', 'enseigne']],
	['actor.description', ['description', 'activite', 'activites', 'presentation', 'domaine d activite']],
	['project.name', ['projet', 'nom du projet', 'intitule', 'intitule du projet', 'fiche action', 'fiche-action', 'action', 'operation']],
	['project.description', ['description du projet', 'objet', 'resume', 'objectifs']],
	['project.budget', ['budget', 'budget total', 'cout total', 'cout', 'montant total', 'budget (eur)', 'budget eur']],
	['project.startYear', ['annee de debut', 'debut', 'date de debut', 'annee debut']],
	['project.endYear', ['annee de fin', 'fin', 'date de fin', 'annee fin']],
	['participation.role', ['role', 'role dans le projet', 'qualite', 'fonction dans le projet']],
	['funder.name', ['financeur', 'financeurs', 'organisme financeur', 'bailleur', 'co-financeur']],
	['funding.amount', ['montant', 'montant (eur)', 'montant eur', 'subvention', 'aide', 'montant de l aide', 'montant accorde']],
	['funding.year', ['annee', 'annee d attribution', 'exercice', 'millesime', 'date']],
	['funding.programme', ['programme', 'dispositif', 'appel a projets', 'aap']],
	[
		'actor.name',
		[
			'raison sociale',
			'nom',
			'denomination',
			'entreprise',
			'societe',
			'structure',
			'organisme',
			'etablissement',
			'adherent',
			'membre',
			'acteur',
			'nom de la structure',
			'nom de l entreprise',
			'partenaire',
			'porteur',
			'beneficiaire'
		]
	]
];

/** Fields each preset may use; a guessed field outside them is left unmapped. */
const PLACE_FIELDS = importFields.filter((field) => field.startsWith('place.'));
const ACTOR_FIELDS = [...importFields.filter((field) => field.startsWith('actor.')), ...PLACE_FIELDS];
const PRESET_FIELDS: Readonly<Record<ImportPreset, readonly ImportField[]>> = {
	membres: ACTOR_FIELDS,
	acteurs: ACTOR_FIELDS,
	projets: [
		...importFields.filter((field) => field.startsWith('project.') || field.startsWith('participation.')),
		'actor.name',
		'actor.siret',
		'actor.siren',
		'actor.kind',
		...PLACE_FIELDS
	],
	financements: [
		...importFields.filter((field) => field.startsWith('funder.') || field.startsWith('funding.')),
		'actor.name',
		'actor.siret',
		'actor.siren',
		'project.name',
		...PLACE_FIELDS
	]
};

export function presetFields(preset: ImportPreset): readonly ImportField[] {
	return PRESET_FIELDS[preset];
}

function headerKey(header: string): string {
	return foldText(header)
		.replace(/[’'_.:\-/()€]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/^(n|no|num) /, 'n ');
}

/** The field a header names, for a preset, or null. Exact words first, then a header starting with them. */
export function guessField(header: string, preset: ImportPreset): ImportField | null {
	const key = headerKey(header);
	if (!key) return null;
	const allowed = PRESET_FIELDS[preset];
	const pick = (test: (word: string) => boolean) =>
		HEADER_WORDS.find(([field, words]) => allowed.includes(field) && words.some(test))?.[0] ?? null;
	// « Partenaire » is the actor of a project row, « Bénéficiaire » of a funding: the same column, by preset.
	return pick((word) => word === key) ?? pick((word) => word.length >= 4 && (key.startsWith(`${word} `) || key.endsWith(` ${word}`)));
}

const MAX_HEADER_SEARCH = 20;

/**
 * The header line: among the first lines, the one with the most cells that name a field (any
 * preset), then the most filled cells. A title line has one cell; a group header repeats itself.
 */
export function findHeaderLine(lines: readonly SheetLine[]): number {
	let best = { index: 0, score: -1 };
	for (const [index, line] of lines.slice(0, MAX_HEADER_SEARCH).entries()) {
		const filled = line.cells.filter((cell) => cell !== '');
		const distinct = new Set(filled);
		const named = [...distinct].filter((cell) =>
			(['membres', 'projets', 'financements'] as const).some((preset) => guessField(cell, preset))
		).length;
		const numeric = filled.filter((cell) => /^[\d\s.,€%-]+$/.test(cell)).length;
		const score = named * 100 + distinct.size * 2 - numeric * 50;
		if (distinct.size >= 1 && score > best.score) best = { index, score };
	}
	return best.index;
}

/** Column letters as in a spreadsheet: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
	let letter = '';
	for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letter = String.fromCharCode(65 + ((rest - 1) % 26)) + letter;
	return letter;
}

/** Headers made unique and never empty: an unnamed column is « Colonne C », a second « Commune » is « Commune (2) ». */
export function headersOf(cells: readonly string[], width: number): string[] {
	const seen = new Map<string, number>();
	return Array.from({ length: width }, (_, index) => {
		const base = cells[index]?.replace(/\s+/g, ' ').trim() || `Colonne ${columnLetter(index)}`;
		const count = (seen.get(base) ?? 0) + 1;
		seen.set(base, count);
		return count === 1 ? base : `${base} (${count})`;
	});
}

/**
 * Each header's field: the person's mapping where it names the column (null: ignored), else the
 * preset's guess. A field is held by one column only: the first that claims it.
 */
export function mapColumns(
	headers: readonly string[],
	preset: ImportPreset,
	mapping: readonly ColumnMapping[] = []
): (ImportField | null)[] {
	const chosen = new Map(mapping.map((entry) => [entry.column, entry.field]));
	const taken = new Set<ImportField>();
	const fields = headers.map((header) => (chosen.has(header) ? (chosen.get(header) ?? null) : undefined));
	for (const field of fields) if (field) taken.add(field);
	return headers.map((header, index) => {
		if (fields[index] !== undefined) return fields[index];
		const guess = guessField(header, preset);
		if (!guess || taken.has(guess)) return null;
		taken.add(guess);
		return guess;
	});
}
