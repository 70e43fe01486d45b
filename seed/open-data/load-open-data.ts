import path from 'node:path';
import { z } from 'zod';
import { communeId, departementId, epciId, regionId } from './ids';
import { definedProperties, type EntityRow, type GraphRows, type RelationshipRow } from '../rows';
import { readDecoupageAdministratif, type DecoupageAdministratif, type DecoupageGroup, type Zone } from './decoupage-administratif';
import { cite, openDataSourceIds, openDataSources, type OpenDataSource } from './open-data-sources';
import { poleRows, readPoles } from './poles-de-competitivite';
import { phaseRows, successionRows, successions } from './programme-phases';
import { coordinateSchema, readCsvFile, readPointCollection, type Point } from './read-open-data-files';
import {
	readTerritories2019,
	readTerritories2023,
	territoryRows,
	type ResolvedMember,
	type TerritoryMember,
	type TerritoryRecord
} from './territoires-d-industrie';

export type { OpenDataSource } from './open-data-sources';

/** The files of `seed/open-data/` that `loadOpenData` reads. */
export const openDataFiles = {
	communeCentroids: 'communes_centroides_cog2018.csv',
	groupCentroids: 'anct_cog2025_epci_ept_centroides.csv',
	regionCentroids: 'anct_cog2025_centroide-4326_reg.geojson',
	departementCentroids: 'anct_cog2025_centroide-4326_dep.geojson',
	territories2023List: 'ti_2023_2027_liste.csv',
	territories2023Members: 'ti_2023_2027_groupements.csv',
	territories2019Members: 'ti_phase1_2019_2022_groupements.csv',
	poles: 'poles_competitivite_phase5.csv'
} as const;

const communeCentroidSchema = z.object({
	code_insee: z
		.string()
		.trim()
		.regex(/^[0-9][0-9AB][0-9]{3}$/, 'must be an INSEE commune code'),
	latitude: coordinateSchema(90),
	longitude: coordinateSchema(180)
});

const groupCentroidSchema = z.object({
	siren: z
		.string()
		.trim()
		.regex(/^\d{9}$/, 'must be a 9-digit SIREN'),
	latitude: coordinateSchema(90),
	longitude: coordinateSchema(180)
});

const decoupage = openDataSourceIds.decoupage;
const cited = {
	regions: cite(decoupage, 'regions.json'),
	departements: cite(decoupage, 'departements.json'),
	communes: cite(decoupage, 'communes.json'),
	epci: cite(decoupage, 'epci.json'),
	ept: cite(decoupage, 'ept.json'),
	regionPoints: cite(openDataSourceIds.adminCentroids, 'centroide-4326_reg.geojson'),
	departementPoints: cite(openDataSourceIds.adminCentroids, 'centroide-4326_dep.geojson'),
	groupPoints: cite(openDataSourceIds.adminCentroids, 'centroide-4326_epci-ept.geojson'),
	communePoints: cite(openDataSourceIds.communeCentroids)
};

/** The collectivités d'outre-mer have no EPCI, no Territoire d'industrie and another legal status: left out. */
function inScope(zone: Zone): boolean {
	return zone === 'metro' || zone === 'drom';
}

/**
 * Reads the open data of `directory` (normally `seed/open-data`) and the COG 2026 of
 * `@etalab/decoupage-administratif`, and returns the official geography (régions, départements,
 * EPCI and EPT, communes of metropolitan France and the DROM) and the Territoires d'industrie of
 * both phases as graph rows, with the datasets they cite. Pure apart from reading files: it
 * throws when a reference cannot be resolved rather than writing a partial graph.
 */
export async function loadOpenData(directory: string): Promise<{ rows: GraphRows; sources: OpenDataSource[] }> {
	const file = (name: string) => path.join(directory, name);
	const [cog, regionPoints, departementPoints, groupPoints, communePoints, territories2023, territories2019, poles] = await Promise.all([
		readDecoupageAdministratif(),
		readPointCollection(file(openDataFiles.regionCentroids), 'insee_reg'),
		readPointCollection(file(openDataFiles.departementCentroids), 'insee_dep'),
		readCsvFile(file(openDataFiles.groupCentroids), groupCentroidSchema).then(
			(rows) => new Map(rows.map((row) => [row.siren, toPoint(row.latitude, row.longitude)]))
		),
		readCsvFile(file(openDataFiles.communeCentroids), communeCentroidSchema).then(
			(rows) => new Map(rows.map((row) => [row.code_insee, toPoint(row.latitude, row.longitude)]))
		),
		readTerritories2023(file(openDataFiles.territories2023List), file(openDataFiles.territories2023Members)),
		readTerritories2019(file(openDataFiles.territories2019Members)),
		readPoles(file(openDataFiles.poles))
	]);

	const geography = geographyRows(cog, { regionPoints, departementPoints, groupPoints, communePoints });
	const regionIds = new Set(geography.entities.filter((entity) => entity.labels[0] === 'Region').map((entity) => entity.id));
	const resolveMember = memberResolver(cog, geography, groupPoints, communePoints);
	const phase2 = territoryRows('2023-2027', territories2023, openDataSourceIds.territories2023, resolveMember, regionIds);
	const phase1 = territoryRows('2019-2022', territories2019, openDataSourceIds.territories2019, resolveMember, regionIds);

	const competitiveness = poleRows(poles, cog);
	const programme = [
		phaseRows('2023-2027', territories2023, openDataSourceIds.territories2023),
		phaseRows('2019-2022', territories2019, openDataSourceIds.territories2019)
	];
	const continuations = successionRows(successions(territories2019, territories2023), [
		openDataSourceIds.territories2019,
		openDataSourceIds.territories2023
	]);

	const rows: GraphRows = {
		entities: [
			...geography.entities,
			...phase2.entities,
			...phase1.entities,
			...programme.flatMap((phase) => phase.entities),
			...competitiveness.entities
		],
		relationships: [
			...geography.relationships,
			...phase2.relationships,
			...phase1.relationships,
			...programme.flatMap((phase) => phase.relationships),
			...continuations,
			...competitiveness.relationships
		]
	};
	return {
		rows,
		sources: openDataSources.map((source) => ({ ...source }))
	};
}

function toPoint(lat: number, lon: number): Point {
	return { lat, lon };
}

interface Points {
	regionPoints: ReadonlyMap<string, Point>;
	departementPoints: ReadonlyMap<string, Point>;
	groupPoints: ReadonlyMap<string, Point>;
	communePoints: ReadonlyMap<string, Point>;
}

/** Sources of a node: the COG for its facts, plus the centroid dataset when it has a point. */
function placeSources(factSource: string, point: Point | undefined, pointSource: string): string[] {
	return point ? [factSource, pointSource] : [factSource];
}

function geographyRows(cog: DecoupageAdministratif, points: Points): GraphRows {
	const entities: EntityRow[] = [];
	const relationships: RelationshipRow[] = [];
	const known = new Set<string>();
	const addEntity = (entity: EntityRow) => {
		entities.push(entity);
		known.add(entity.id);
	};
	const requireKnown = (id: string, context: string) => {
		if (!known.has(id)) throw new Error(`${context} points at ${id}, which is not in the open-data geography`);
	};

	for (const region of cog.regions) {
		if (!inScope(region.zone)) continue;
		const id = regionId(region.code);
		const point = points.regionPoints.get(region.code);
		addEntity({
			id,
			labels: ['Region'],
			properties: definedProperties({
				id,
				name: region.nom,
				code: region.code,
				lat: point?.lat,
				lon: point?.lon,
				sources: placeSources(cited.regions, point, cited.regionPoints)
			})
		});
	}

	for (const departement of cog.departements) {
		if (!inScope(departement.zone)) continue;
		const id = departementId(departement.code);
		const parentRegion = regionId(departement.region);
		requireKnown(parentRegion, id);
		const point = points.departementPoints.get(departement.code);
		addEntity({
			id,
			labels: ['Department'],
			properties: definedProperties({
				id,
				name: departement.nom,
				code: departement.code,
				lat: point?.lat,
				lon: point?.lon,
				sources: placeSources(cited.departements, point, cited.departementPoints)
			})
		});
		relationships.push({ type: 'IN', from: id, to: parentRegion, properties: { sources: [cited.departements] } });
	}

	// Municipal arrondissements (Paris, Lyon, Marseille) and delegated or associated communes are
	// parts of a commune, not communes: only `commune-actuelle` becomes a node.
	const communeDepartement = new Map<string, string>();
	for (const commune of cog.communes) {
		if (commune.type !== 'commune-actuelle' || !inScope(commune.zone)) continue;
		const id = communeId(commune.code);
		const parentDepartement = departementId(commune.departement);
		requireKnown(parentDepartement, id);
		const point = points.communePoints.get(commune.code);
		addEntity({
			id,
			labels: ['Commune'],
			properties: definedProperties({
				id,
				name: commune.nom,
				code: commune.code,
				// So that a spreadsheet's « code postal » finds its commune (imports).
				postalCodes: commune.codesPostaux?.length ? [...commune.codesPostaux].sort() : undefined,
				population: commune.population,
				lat: point?.lat,
				lon: point?.lon,
				sources: placeSources(cited.communes, point, cited.communePoints)
			})
		});
		relationships.push({ type: 'IN', from: id, to: parentDepartement, properties: { sources: [cited.communes] } });
		communeDepartement.set(commune.code, commune.departement);
	}

	const groups: [DecoupageGroup, string][] = [
		...cog.epci.map((group): [DecoupageGroup, string] => [group, cited.epci]),
		...cog.ept.map((group): [DecoupageGroup, string] => [group, cited.ept])
	];
	for (const [group, source] of groups) {
		const id = epciId(group.code);
		if (known.has(id)) throw new Error(`SIREN ${group.code} is both an EPCI and an EPT`);
		const point = points.groupPoints.get(group.code);
		addEntity({
			id,
			labels: ['EPCI'],
			properties: definedProperties({
				id,
				name: group.nom,
				siren: group.code,
				kind: group.type,
				population: group.populationMunicipale,
				lat: point?.lat,
				lon: point?.lon,
				sources: placeSources(source, point, cited.groupPoints)
			})
		});
		// An EPCI may straddle départements; an IN to each one it has communes in, with the share
		// it has there, is more honest than picking a seat the COG does not give.
		const perDepartement = new Map<string, { communeCount: number; population: number | undefined }>();
		for (const member of group.membres) {
			const memberCommune = communeId(member.code);
			requireKnown(memberCommune, id);
			relationships.push({ type: 'INCLUDES', from: id, to: memberCommune, properties: { sources: [source] } });
			const departement = communeDepartement.get(member.code)!;
			const share = perDepartement.get(departement) ?? { communeCount: 0, population: 0 };
			share.communeCount += 1;
			share.population =
				share.population === undefined || member.populationMunicipale === undefined
					? undefined
					: share.population + member.populationMunicipale;
			perDepartement.set(departement, share);
		}
		for (const [departement, share] of [...perDepartement].sort(([a], [b]) => a.localeCompare(b))) {
			relationships.push({
				type: 'IN',
				from: id,
				to: departementId(departement),
				properties: definedProperties({ sources: [source], communeCount: share.communeCount, population: share.population })
			});
		}
	}

	relationships.push(...parentOfTerritoriesRelationships(cog));
	return { entities, relationships };
}

/**
 * The Métropole du Grand Paris groups the EPT; the COG does not say so directly (and the ANCT
 * file leaves `siren_epci_parent` empty), so the parent is the EPCI that holds all of an EPT's communes.
 */
function parentOfTerritoriesRelationships(cog: DecoupageAdministratif): RelationshipRow[] {
	const epciOfCommune = new Map<string, string>();
	for (const epci of cog.epci) for (const member of epci.membres) epciOfCommune.set(member.code, epci.code);
	const relationships: RelationshipRow[] = [];
	for (const ept of cog.ept) {
		const parents = new Set(ept.membres.map((member) => epciOfCommune.get(member.code)));
		const [parent] = parents;
		if (parents.size !== 1 || parent === undefined) continue;
		relationships.push({
			type: 'INCLUDES',
			from: epciId(parent),
			to: epciId(ept.code),
			properties: { sources: [cited.epci, cited.ept] }
		});
	}
	return relationships;
}

/** Maps a Territoire d'industrie member (a SIREN) to its geography node and centroid. */
function memberResolver(
	cog: DecoupageAdministratif,
	geography: GraphRows,
	groupPoints: ReadonlyMap<string, Point>,
	communePoints: ReadonlyMap<string, Point>
): (member: TerritoryMember, territory: TerritoryRecord) => ResolvedMember {
	const groupKinds = new Map(
		geography.entities
			.filter((entity) => entity.labels[0] === 'EPCI')
			.map((entity) => [entity.properties.siren as string, entity.properties.kind])
	);
	const communeBySiren = new Map<string, string>();
	for (const commune of cog.communes) {
		if (commune.type === 'commune-actuelle' && commune.siren && inScope(commune.zone)) communeBySiren.set(commune.siren, commune.code);
	}
	return (member, territory) => {
		const where = `${territory.anctId} (${territory.name})`;
		if (member.type === 'COMMUNE') {
			const code = communeBySiren.get(member.siren);
			if (!code) throw new Error(`${where}: no commune has the SIREN ${member.siren}`);
			return { id: communeId(code), point: communePoints.get(code), pointSource: cited.communePoints };
		}
		const kind = groupKinds.get(member.siren);
		if (kind === undefined) throw new Error(`${where}: no EPCI or EPT has the SIREN ${member.siren}`);
		if ((kind === 'EPT') !== (member.type === 'EPT')) throw new Error(`${where}: ${member.siren} is a ${kind}, not an ${member.type}`);
		return { id: epciId(member.siren), point: groupPoints.get(member.siren), pointSource: cited.groupPoints };
	};
}
