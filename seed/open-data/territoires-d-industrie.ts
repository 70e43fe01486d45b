import path from 'node:path';
import { z } from 'zod';
import type { territoryPhases } from '$lib/domain/model';
import { definedProperties, type EntityRow, type GraphRows, type RelationshipRow } from '../rows';
import { regionId as regionIdOf } from './ids';
import { meanPoint, readCsvFile, type Point } from './read-open-data-files';

/** `2019-2022` (phase 1) or `2023-2027`. */
export type TerritoryPhase = (typeof territoryPhases)[number];

/** What a Territoire d'industrie groups, as the ANCT files type it. */
export type TerritoryMemberType = 'EPCI' | 'EPT' | 'COMMUNE';

export interface TerritoryMember {
	/** SIREN of the EPCI, EPT or commune. */
	siren: string;
	type: TerritoryMemberType;
}

/** One Territoire d'industrie of one phase, as read from the ANCT files. */
export interface TerritoryRecord {
	/** ANCT id, e.g. `ti-8413`; only unique within a phase. */
	anctId: string;
	name: string;
	/** INSEE code of the région that runs the territory. */
	regionCode: string;
	members: TerritoryMember[];
}

/** A member found in the geography rows: the node to point at and the centroid that locates it. */
export interface ResolvedMember {
	id: string;
	point?: Point;
	/** Citation of the dataset the point comes from. */
	pointSource?: string;
}

const anctIdSchema = z
	.string()
	.trim()
	.regex(/^ti-\d+$/, 'must look like ti-8413');
const sirenSchema = z
	.string()
	.trim()
	.regex(/^\d{9}$/, 'must be a 9-digit SIREN');
const regionCodeSchema = z
	.string()
	.trim()
	.regex(/^\d{2}$/, 'must be a 2-digit INSEE région code');
const memberTypeSchema = z.enum(['EPCI', 'EPT', 'COMMUNE']);

const listRowSchema = z.object({
	id_ti: anctIdSchema,
	lib_ti: z.string().trim().min(1),
	code_region: regionCodeSchema,
	sirens_groupements: z
		.string()
		.trim()
		.transform((value) => value.split(';').filter(Boolean))
		.pipe(z.array(sirenSchema).min(1))
});

const memberRowSchema = z.object({
	id_ti: anctIdSchema,
	lib_ti: z.string().trim().min(1),
	code_region: regionCodeSchema,
	siren_groupement: sirenSchema,
	type_groupement: memberTypeSchema
});

/** The open-data node id of a Territoire d'industrie: ANCT ids are reused across phases, so the phase is part of it. */
export function territoryId(phase: TerritoryPhase, anctId: string): string {
	const digits = /^ti-(\d+)$/.exec(anctId)?.[1];
	if (!digits) throw new Error(`Not an ANCT Territoire d'industrie id: ${anctId}`);
	return `ti-${phase}-${digits}`;
}

/**
 * Reads the 2023-2027 territories: names from the list file, members from the groupements file,
 * and fails when the two disagree, since they are derived from the same ANCT file.
 */
export async function readTerritories2023(listFile: string, membersFile: string): Promise<TerritoryRecord[]> {
	const [list, memberRows] = await Promise.all([readCsvFile(listFile, listRowSchema), readCsvFile(membersFile, memberRowSchema)]);
	const members = groupMembers(memberRows);
	return list.map((row) => {
		const found = members.get(row.id_ti)?.members ?? [];
		const expected = [...row.sirens_groupements].sort().join(';');
		const actual = found
			.map((member) => member.siren)
			.sort()
			.join(';');
		if (expected !== actual) {
			throw new Error(`${path.basename(listFile)} and ${path.basename(membersFile)} disagree on the members of ${row.id_ti}`);
		}
		return { anctId: row.id_ti, name: row.lib_ti, regionCode: row.code_region, members: found };
	});
}

/** Reads the 2019-2022 territories, which only exist as one row per (territory, member). */
export async function readTerritories2019(membersFile: string): Promise<TerritoryRecord[]> {
	return [...groupMembers(await readCsvFile(membersFile, memberRowSchema)).values()];
}

function groupMembers(rows: readonly z.output<typeof memberRowSchema>[]): Map<string, TerritoryRecord> {
	const territories = new Map<string, TerritoryRecord>();
	for (const row of rows) {
		let territory = territories.get(row.id_ti);
		if (!territory) {
			territory = { anctId: row.id_ti, name: row.lib_ti, regionCode: row.code_region, members: [] };
			territories.set(row.id_ti, territory);
		}
		territory.members.push({ siren: row.siren_groupement, type: row.type_groupement });
	}
	return territories;
}

/**
 * Builds the Territory nodes of one phase with `INCLUDES` to each member and `IN` to the région.
 * The point of a territory is the plain mean of its members' centroids, which is enough to place
 * a marker; `resolveMember` throws when a member is not in the geography rows.
 */
export function territoryRows(
	phase: TerritoryPhase,
	territories: readonly TerritoryRecord[],
	sourceId: string,
	resolveMember: (member: TerritoryMember, territory: TerritoryRecord) => ResolvedMember,
	regionIds: ReadonlySet<string>
): GraphRows {
	const entities: EntityRow[] = [];
	const relationships: RelationshipRow[] = [];
	for (const territory of territories) {
		const id = territoryId(phase, territory.anctId);
		const regionId = regionIdOf(territory.regionCode);
		if (!regionIds.has(regionId)) throw new Error(`${territory.anctId} (${phase}) names an unknown région ${territory.regionCode}`);
		const resolved = territory.members.map((member) => resolveMember(member, territory));
		const points = resolved.flatMap((member) => (member.point ? [member.point] : []));
		const pointSources = [...new Set(resolved.flatMap((member) => (member.point && member.pointSource ? [member.pointSource] : [])))];
		const centre = meanPoint(points);
		entities.push({
			id,
			labels: ['Territory'],
			properties: definedProperties({
				id,
				name: territory.name,
				anctId: territory.anctId,
				phase,
				kind: 'territoire-d-industrie',
				regionCode: territory.regionCode,
				lat: centre?.lat,
				lon: centre?.lon,
				sources: [sourceId, ...pointSources]
			})
		});
		relationships.push({ type: 'IN', from: id, to: regionId, properties: { sources: [sourceId] } });
		for (const member of resolved) {
			relationships.push({ type: 'INCLUDES', from: id, to: member.id, properties: { sources: [sourceId] } });
		}
	}
	return { entities, relationships };
}
