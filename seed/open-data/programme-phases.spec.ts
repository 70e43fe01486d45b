import { describe, expect, it } from 'vitest';
import { phaseRows, successions } from './programme-phases';
import type { TerritoryRecord } from './territoires-d-industrie';

const territory = (anctId: string, sirens: string[]): TerritoryRecord => ({
	anctId,
	name: `Territoire fictif ${anctId}`,
	regionCode: '01',
	members: sirens.map((siren) => ({ siren, type: 'EPCI' }))
});

describe('the phases of the Territoires d’industrie programme', () => {
	it('put every territory of a phase in that phase, and the phase in the programme', () => {
		const rows = phaseRows('2019-2022', [territory('ti-0101', ['200000001'])], 'anct-fictif');
		expect(rows.entities.map((entity) => [entity.id, entity.labels])).toEqual([
			['programme-territoires-d-industrie-2019-2022', ['Programme']]
		]);
		expect(rows.relationships.map((link) => `${link.from} ${link.type} ${link.to}`)).toEqual([
			'programme-territoires-d-industrie-2019-2022 PART_OF programme-territoires-d-industrie',
			'ti-2019-2022-0101 PART_OF programme-territoires-d-industrie-2019-2022'
		]);
	});

	it('continue a territory where at least half of the members of either side are shared', () => {
		const before = [
			territory('ti-0101', ['200000001', '200000002']), // kept whole: continues
			territory('ti-0102', ['200000003', '200000004', '200000005', '200000006']), // splits in two halves
			territory('ti-0103', ['200000007', '200000008', '200000009']), // one member of three goes to a big territory
			territory('ti-0104', ['200000010']) // ends
		];
		const after = [
			territory('ti-0201', ['200000001', '200000002', '200000011', '200000012']),
			territory('ti-0202', ['200000003', '200000004']),
			territory('ti-0203', ['200000005', '200000006']),
			territory('ti-0204', ['200000007', '200000013', '200000014', '200000015'])
		];
		expect(successions(before, after)).toEqual([
			{ from: 'ti-2019-2022-0101', to: 'ti-2023-2027-0201', sharedMembers: 2, shareOfPredecessor: 1, shareOfSuccessor: 0.5 },
			{ from: 'ti-2019-2022-0102', to: 'ti-2023-2027-0202', sharedMembers: 2, shareOfPredecessor: 0.5, shareOfSuccessor: 1 },
			{ from: 'ti-2019-2022-0102', to: 'ti-2023-2027-0203', sharedMembers: 2, shareOfPredecessor: 0.5, shareOfSuccessor: 1 }
		]);
	});
});
