import type { TerritoryPhase } from '$lib/domain/model';
import { definedProperties, type GraphRows, type RelationshipRow } from '../rows';
import { territoryId, type TerritoryRecord } from './territoires-d-industrie';

/** The programme the curated files define (`shared.yaml`); its phases hang from it. */
export const TERRITOIRES_D_INDUSTRIE = 'programme-territoires-d-industrie';

/** The node id of one phase of the Territoires d'industrie programme. */
export function phaseProgrammeId(phase: TerritoryPhase): string {
	return `${TERRITOIRES_D_INDUSTRIE}-${phase}`;
}

const phaseNames: Record<TerritoryPhase, string> = {
	'2019-2022': "Territoires d'industrie, phase 1 (2019-2022)",
	'2023-2027': "Territoires d'industrie, phase 2 (2023-2027)"
};

/** A phase of the programme, `PART_OF` the programme, and each of its territories `PART_OF` it. */
export function phaseRows(phase: TerritoryPhase, territories: readonly TerritoryRecord[], sourceId: string): GraphRows {
	const id = phaseProgrammeId(phase);
	return {
		entities: [
			{
				id,
				labels: ['Programme'],
				properties: definedProperties({
					id,
					name: phaseNames[phase],
					phase,
					territoryCount: territories.length,
					sources: [sourceId]
				})
			}
		],
		relationships: [
			{ type: 'PART_OF', from: id, to: TERRITOIRES_D_INDUSTRIE, properties: { sources: [sourceId] } },
			...territories.map((territory): RelationshipRow => ({
				type: 'PART_OF',
				from: territoryId(phase, territory.anctId),
				to: id,
				properties: { sources: [sourceId] }
			}))
		]
	};
}

/** How much two territories of successive phases have in common. */
export interface Succession {
	from: string;
	to: string;
	sharedMembers: number;
	/** Shared members over the members of the phase-1 territory, and of the phase-2 one. */
	shareOfPredecessor: number;
	shareOfSuccessor: number;
}

/**
 * The rule that says a phase-1 territory continues as a phase-2 one: they share member groups
 * (EPCI, EPT or communes, by SIREN), and the shared ones are at least half of the members of
 * either. A territory may so continue as several (a split) and several may continue as one (a
 * merger); one that shares only a minority of members on both sides does not continue there.
 */
export const CONTINUATION_SHARE = 0.5;

export function successions(phase1: readonly TerritoryRecord[], phase2: readonly TerritoryRecord[]): Succession[] {
	const found: Succession[] = [];
	for (const before of phase1) {
		const earlier = new Set(before.members.map((member) => member.siren));
		for (const after of phase2) {
			const later = new Set(after.members.map((member) => member.siren));
			const shared = [...earlier].filter((siren) => later.has(siren)).length;
			if (shared === 0) continue;
			const shareOfPredecessor = shared / earlier.size;
			const shareOfSuccessor = shared / later.size;
			if (shareOfPredecessor < CONTINUATION_SHARE && shareOfSuccessor < CONTINUATION_SHARE) continue;
			found.push({
				from: territoryId('2019-2022', before.anctId),
				to: territoryId('2023-2027', after.anctId),
				sharedMembers: shared,
				shareOfPredecessor: Math.round(shareOfPredecessor * 100) / 100,
				shareOfSuccessor: Math.round(shareOfSuccessor * 100) / 100
			});
		}
	}
	return found;
}

/** `CONTINUES_AS` relationships, citing both phases' datasets. */
export function successionRows(found: readonly Succession[], sources: readonly string[]): RelationshipRow[] {
	return found.map(({ from, to, ...measures }) => ({ type: 'CONTINUES_AS', from, to, properties: { ...measures, sources: [...sources] } }));
}
