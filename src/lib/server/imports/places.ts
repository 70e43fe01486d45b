import type { ImportField, ResolvedPlace } from '$lib/domain/imports';
import { foldText } from '$lib/domain/text';
import type { Database } from '$lib/server/db/neo4j';
import { statement } from '$lib/server/db/rows';
import { communeRow, communeUnitsRow } from '$lib/server/db/rows/imports';

/**
 * A row's place resolved to an official commune of the graph: by INSEE code; by postal code (with
 * the commune's name when the code covers several); by name within the département given (or the
 * postal code's); by name alone when only one commune in the graph has it. The units above it
 * (EPCI, département, région, Territoires d'industrie) follow from the graph.
 */

const LIST_COMMUNES = statement('imports/list-communes', communeRow);
const LIST_UNITS = statement('imports/list-commune-units', communeUnitsRow);

type Commune = ReturnType<typeof communeRow.parse>;

export interface PlaceCells {
	insee?: string;
	postalCode?: string;
	commune?: string;
	departement?: string;
}

export type PlaceOutcome =
	| { place: Omit<ResolvedPlace, 'territories'> & { departementCode: string } }
	| { departementCode: string }
	| { problem: { field: ImportField; message: string } }
	| null;

/** A commune's name as compared: « St-Égrève » and « SAINT EGREVE » give the same key; « Cedex » is set aside. */
export function placeKey(name: string): string {
	return foldText(name)
		.replace(/\bcedex\b.*$/, '')
		.replace(/[’'_\-.,()]+/g, ' ')
		.replace(/\bste\b/g, 'sainte')
		.replace(/\bst\b/g, 'saint')
		.replace(/\s+/g, ' ')
		.trim();
}

export class Gazetteer {
	private readonly byCode = new Map<string, Commune>();
	private readonly byPostalCode = new Map<string, Commune[]>();
	private readonly byName = new Map<string, Commune[]>();
	private readonly departementCodes = new Map<string, string>();

	constructor(communes: readonly Commune[]) {
		const add = <K>(map: Map<K, Commune[]>, key: K, commune: Commune) => map.set(key, [...(map.get(key) ?? []), commune]);
		for (const commune of communes) {
			this.byCode.set(commune.code, commune);
			for (const code of commune.postalCodes) add(this.byPostalCode, code, commune);
			add(this.byName, placeKey(commune.name), commune);
			this.departementCodes.set(commune.departement.toLowerCase(), commune.departement);
			this.departementCodes.set(placeKey(commune.departementName), commune.departement);
		}
	}

	/** A département's code from « 38 », « Isère », « Isère (38) » or « 38 - Isère »; undefined when unknown. */
	departementCode(text: string): string | undefined {
		const code = /\b(\d{2,3}|2[ab])\b/i.exec(text)?.[1]?.toLowerCase();
		if (code && this.departementCodes.has(code.padStart(2, '0'))) return this.departementCodes.get(code.padStart(2, '0'));
		return this.departementCodes.get(placeKey(text.replace(/\(?\b(\d{2,3}|2[ab])\b\)?/gi, '').replace(/^\s*-\s*/, '')));
	}

	resolve(cells: PlaceCells): PlaceOutcome {
		const named = cells.commune ? placeKey(cells.commune) : undefined;
		const found = (commune: Commune, by: ResolvedPlace['by']): PlaceOutcome => ({
			place: {
				communeId: commune.id,
				commune: commune.name,
				code: commune.code,
				by,
				departement: commune.departementName,
				departementCode: commune.departement
			}
		});
		if (cells.insee) {
			const commune = this.byCode.get(cells.insee);
			if (commune) return found(commune, 'insee');
			return { problem: { field: 'place.insee', message: `aucune commune de code INSEE ${cells.insee}` } };
		}
		let departement = cells.departement ? this.departementCode(cells.departement) : undefined;
		if (cells.departement && !departement)
			return { problem: { field: 'place.departement', message: `« ${cells.departement} » n’est pas un département connu` } };
		if (cells.postalCode) {
			const communes = this.byPostalCode.get(cells.postalCode) ?? [];
			const same = named ? communes.filter((commune) => placeKey(commune.name) === named) : communes;
			if (same.length === 1) return found(same[0], 'postal-code');
			if (communes.length === 0 && !named)
				return { problem: { field: 'place.postalCode', message: `aucune commune n’a le code postal ${cells.postalCode}` } };
			if (same.length > 1 || (!named && communes.length > 1))
				return {
					problem: {
						field: 'place.commune',
						message: `le code postal ${cells.postalCode} couvre plusieurs communes (${communes.map((commune) => commune.name).join(', ')}) : précisez la commune`
					}
				};
			departement ??= communes[0]?.departement ?? this.departementCode(cells.postalCode.slice(0, 2));
		}
		if (named) {
			const communes = (this.byName.get(named) ?? []).filter((commune) => !departement || commune.departement === departement);
			if (communes.length === 1) return found(communes[0], departement ? 'name-and-departement' : 'name');
			if (communes.length > 1)
				return {
					problem: {
						field: 'place.commune',
						message: `plusieurs communes s’appellent « ${cells.commune} » (départements ${communes.map((commune) => commune.departement).join(', ')}) : précisez le département ou le code postal`
					}
				};
			const where = cells.postalCode ? ` de code postal ${cells.postalCode}` : departement ? ` dans le département ${departement}` : '';
			return { problem: { field: 'place.commune', message: `aucune commune « ${cells.commune} »${where}` } };
		}
		return departement ? { departementCode: departement } : null;
	}
}

/** The gazetteer of the graph as it is now (35,000 communes: read once per import). */
export async function loadGazetteer(database: Database): Promise<Gazetteer> {
	return new Gazetteer(await LIST_COMMUNES.read(database));
}

/** The EPCI, département, région and Territoires d'industrie of communes, by commune id. */
export async function unitsOf(
	database: Database,
	communeIds: readonly string[]
): Promise<Map<string, { epci?: string; region?: string; territories: string[] }>> {
	if (communeIds.length === 0) return new Map();
	const rows = await LIST_UNITS.read(database, { ids: [...new Set(communeIds)] });
	return new Map(rows.map((row) => [row.id, { epci: row.epci, region: row.region, territories: row.territories }]));
}
