import type { ImportField } from '$lib/domain/imports';
import { compactIdentifier, sirenProblem, siretProblem } from '$lib/domain/identifiers';
import type { ActorKind, ParticipationRole } from '$lib/domain/model';
import { foldText } from '$lib/domain/text';

/**
 * A cell's text read as the value of its field, the way French spreadsheets write them: « 1 250 000 »
 * and « 42 000,50 € » are amounts, « 2,5 M€ » too; a SIRET that a spreadsheet stored as a number
 * and so lost its leading zero gets it back when the key then checks; « chef de file » is a role.
 * Either a value or the reason it is not one, in French.
 */

export type Parsed = { value: string | number | string[] } | { problem: string } | null;

const KINDS: readonly [ActorKind, readonly string[]][] = [
	['Company', ['entreprise', 'societe', 'pme', 'eti', 'tpe', 'start up', 'startup', 'grand groupe', 'groupe', 'industriel', 'ge']],
	[
		'Academic',
		[
			'ecole',
			'universite',
			'laboratoire',
			'labo',
			'recherche',
			'enseignement superieur',
			'lycee',
			'formation',
			'etablissement de recherche'
		]
	],
	[
		'PublicBody',
		['collectivite', 'commune', 'epci', 'intercommunalite', 'departement', 'region', 'etat', 'public', 'organisme public', 'syndicat mixte']
	],
	['Cluster', ['cluster', 'pole', 'pole de competitivite', 'reseau', 'grappe']],
	[
		'Support',
		['accompagnement', 'cci', 'cma', 'agence', 'incubateur', 'accelerateur', 'technopole', 'structure d accompagnement', 'centre technique']
	],
	['Association', ['association', 'federation', 'syndicat professionnel', 'club']]
];

const ROLES: readonly [ParticipationRole, readonly string[]][] = [
	['lead', ['chef de file', 'porteur', 'porteur de projet', 'mandataire', 'leader', 'chef de projet']],
	['coordinator', ['coordinateur', 'coordinatrice', 'coordination']],
	['pilot', ['pilote', 'pilotage']],
	['partner', ['partenaire', 'membre', 'participant', 'co porteur', 'associe']],
	['beneficiary', ['beneficiaire', 'laureat']],
	['funder', ['financeur', 'cofinanceur', 'co financeur']],
	['host', ['hebergeur', 'accueil', 'site d accueil']],
	['animator', ['animateur', 'animatrice', 'animation']],
	['initiator', ['initiateur', 'initiatrice']]
];

const folded = (text: string) =>
	foldText(text)
		.replace(/[’'_\-/]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();

/** « 012345678 » back from « 12345678 »: leading zeros a number cell dropped, restored when the key checks. */
function identifier(text: string, length: number, problemOf: (digits: string) => string | null): Parsed {
	const digits = compactIdentifier(text);
	const padded = /^\d+$/.test(digits) && digits.length < length && digits.length >= length - 2 ? digits.padStart(length, '0') : digits;
	const problem = problemOf(padded);
	return problem ? { problem } : { value: padded };
}

/** An amount in euros: « 1 250 000 », « 42 000,50 € », « 1.250.000 », « 2,5 M€ », « 300 k€ ». */
export function parseAmount(text: string): number | null {
	const match = /^([\d\s\u00a0\u202f.,]+?)\s*(k|K|M|m|Md|md|Mds)?\s*(€|eur|euros?)?\s*(ht|ttc)?$/i.exec(text.trim());
	if (!match) return null;
	let digits = match[1].replace(/[\s\u00a0\u202f]/g, '');
	// « 1.250.000 » groups thousands with dots; « 42000,50 » and « 2.5 » carry decimals.
	if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(digits)) digits = digits.replace(/\./g, '');
	if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(digits)) digits = digits.replace(/,/g, '');
	digits = digits.replace(',', '.');
	if (!/^\d+(\.\d+)?$/.test(digits)) return null;
	const unit = (match[2] ?? '').toLowerCase();
	const factor = unit === 'k' ? 1e3 : unit === 'm' ? 1e6 : unit.startsWith('md') ? 1e9 : 1;
	return Math.round(Number(digits) * factor * 100) / 100;
}

function year(text: string): Parsed {
	const found = /^(?:\d{1,2}[/.-]\d{1,2}[/.-])?(\d{4})(?:-\d{2}(?:-\d{2})?)?$/.exec(text.trim());
	const value = found ? Number(found[1]) : NaN;
	if (!(value >= 1800 && value <= 2100)) return { problem: `« ${text} » n’est pas une année (AAAA)` };
	return { value };
}

function amount(text: string): Parsed {
	const value = parseAmount(text);
	if (value === null) return { problem: `« ${text} » n’est pas un montant en euros (exemple : 1 250 000 ou 42 000,50)` };
	if (value <= 0 || value > 1e12) return { problem: `le montant ${text} doit être positif et inférieur à mille milliards` };
	return { value };
}

function fromList<T extends string>(text: string, list: readonly [T, readonly string[]][], what: string): Parsed {
	const key = folded(text);
	const found = list.find(([, words]) => words.includes(key)) ?? list.find(([, words]) => words.some((word) => key.startsWith(`${word} `)));
	if (found) return { value: found[0] };
	return { problem: `« ${text} » n’est pas ${what} connu (${list.map(([, words]) => words[0]).join(', ')})` };
}

function website(text: string): Parsed {
	const candidate = /^https?:\/\//i.test(text) ? text : `https://${text}`;
	try {
		const url = new URL(candidate);
		if (!url.hostname.includes('.')) throw new Error('no host');
		return { value: url.href.replace(/\/$/, '') };
	} catch {
		return { problem: `« ${text} » n’est pas une adresse web` };
	}
}

function text(max: number) {
	return (value: string): Parsed => {
		const clean = value.replace(/\s+/g, ' ').trim();
		return clean.length > max ? { problem: `doit compter au plus ${max} caractères` } : { value: clean };
	};
}

const PARSERS: Readonly<Record<ImportField, (text: string) => Parsed>> = {
	'actor.name': text(200),
	'actor.siret': (value) => identifier(value, 14, siretProblem),
	'actor.siren': (value) => identifier(value, 9, sirenProblem),
	'actor.kind': (value) => fromList(value, KINDS, 'un type d’acteur'),
	'actor.website': website,
	'actor.description': text(2_000),
	'actor.aliases': (value) => ({
		value: value
			.split(/[;\n]/)
			.map((alias) => alias.trim())
			.filter(Boolean)
	}),
	'place.insee': (value) => {
		const code = value.trim().toUpperCase();
		const padded = /^\d{4}$/.test(code) ? `0${code}` : code;
		return /^(\d{5}|2[AB]\d{3})$/.test(padded)
			? { value: padded }
			: { problem: `« ${value} » n’est pas un code INSEE de commune (5 caractères)` };
	},
	'place.postalCode': (value) => {
		const code = value.replace(/\s/g, '');
		const padded = /^\d{4}$/.test(code) ? `0${code}` : code;
		return /^\d{5}$/.test(padded) ? { value: padded } : { problem: `« ${value} » n’est pas un code postal (5 chiffres)` };
	},
	'place.commune': text(200),
	'place.departement': text(100),
	'project.name': text(300),
	'project.description': text(2_000),
	'project.budget': amount,
	'project.startYear': year,
	'project.endYear': year,
	'participation.role': (value) => fromList(value, ROLES, 'un rôle'),
	'funder.name': text(200),
	'funding.amount': amount,
	'funding.year': year,
	'funding.programme': text(200)
};

/** The value of a cell for its field; null for an empty cell. */
export function parseValue(field: ImportField, cell: string): Parsed {
	if (cell.trim() === '') return null;
	return PARSERS[field](cell);
}

/** A line that is not data: a total, a subtotal, a count. */
export function isTotalLine(cells: readonly string[]): boolean {
	const first = cells.find((cell) => cell.trim() !== '') ?? '';
	return /^(sous[- ]?)?total\b|^totaux\b|^nombre (total )?d/i.test(foldText(first));
}
