import type { FunderSuggestion, PartnerCandidate } from '$lib/domain/partners';
import { csvField, textCell } from '$lib/export/csv';
import { exportAttribution } from '$lib/export/export-graph';

/**
 * The partner list as CSV for spreadsheets, written as the explorer's exports are (RFC 4180,
 * UTF-8 with a byte-order mark, one `#` line of attribution, lists joined with ` | `, cells that
 * look like formulas defused): one row per candidate, new partners ranked, "déjà partenaires"
 * after them without a rank; and one row per funder.
 */

const BOM = '\uFEFF';

export const candidateColumns = [
	'rank',
	'id',
	'name',
	'kind',
	'score',
	'theme',
	'geography',
	'network',
	'trackRecord',
	'complementarity',
	'alreadyPartner',
	'reasons',
	'sources'
] as const;

export const funderColumns = [
	'rank',
	'id',
	'name',
	'kind',
	'score',
	'totalAmountEur',
	'projectCount',
	'projects',
	'reasons',
	'sources'
] as const;

function document(columns: readonly string[], rows: Record<string, string>[]): string {
	const lines = [
		`# ${exportAttribution}`,
		columns.map(csvField).join(','),
		...rows.map((row) => columns.map((column) => csvField(row[column] ?? '')).join(','))
	];
	return BOM + lines.join('\r\n') + '\r\n';
}

/** Reasons and themes are read by a person, in a spreadsheet: joined with a spaced bar, not JSON. */
const list = (items: readonly string[]) => textCell(items.join(' | '));

/** The candidates, in the order given (the API's: best first, "déjà partenaires" last). */
export function candidatesCsv(candidates: readonly PartnerCandidate[]): string {
	let rank = 0;
	return document(
		candidateColumns,
		candidates.map((candidate) => ({
			rank: candidate.alreadyPartner ? '' : String(++rank),
			id: textCell(candidate.id),
			name: textCell(candidate.name),
			kind: candidate.kind,
			score: String(candidate.score),
			...Object.fromEntries(Object.entries(candidate.breakdown).map(([component, value]) => [component, String(value)])),
			alreadyPartner: String(candidate.alreadyPartner),
			reasons: list(candidate.reasons),
			sources: list(candidate.sources)
		}))
	);
}

/** The funders and programmes, best first, each with how many similar projects and the most similar ("name (amount €)"). */
export function fundersCsv(funders: readonly FunderSuggestion[]): string {
	return document(
		funderColumns,
		funders.map((funder, index) => ({
			rank: String(index + 1),
			id: textCell(funder.id),
			name: textCell(funder.name),
			kind: funder.kind,
			score: String(funder.score),
			totalAmountEur: funder.totalAmountEur === undefined ? '' : String(funder.totalAmountEur),
			projectCount: String(funder.projectCount),
			projects: list(funder.projects.map((project) => (project.amountEur ? `${project.name} (${project.amountEur} €)` : project.name))),
			reasons: list(funder.reasons),
			sources: list([...new Set(funder.projects.flatMap((project) => project.sources))])
		}))
	);
}
