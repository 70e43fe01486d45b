import { describe, expect, it } from 'vitest';
import type { PlaceUnits } from './facts';
import { anchorCredit, bestAnchor, distanceKm, proximity, sharedUnitCredit } from './geography';

const unit = (id: string, kind: PlaceUnits['kind']) => ({ id, name: id, kind });
const bretagne: PlaceUnits = {
	id: 'region-53',
	name: 'Bretagne',
	kind: 'Region',
	lat: 48.18,
	lon: -2.84,
	units: [unit('region-53', 'Region')]
};
const lamballe: PlaceUnits = {
	id: 'epci-200069391',
	name: 'CA Lamballe Terre et Mer',
	kind: 'EPCI',
	lat: 48.43,
	lon: -2.47,
	units: [
		unit('epci-200069391', 'EPCI'),
		unit('departement-22', 'Department'),
		unit('region-53', 'Region'),
		unit('ti-2023-2027-5301', 'Territory')
	]
};
const saintBrieuc: PlaceUnits = {
	id: 'epci-200069409',
	name: 'CA Saint-Brieuc Armor Agglomération',
	kind: 'EPCI',
	lat: 48.5,
	lon: -2.8,
	units: [
		unit('epci-200069409', 'EPCI'),
		unit('departement-22', 'Department'),
		unit('region-53', 'Region'),
		unit('ti-2023-2027-5301', 'Territory')
	]
};
const rennes: PlaceUnits = {
	id: 'epci-243500139',
	name: 'Rennes Métropole',
	kind: 'EPCI',
	lat: 48.11,
	lon: -1.68,
	units: [unit('epci-243500139', 'EPCI'), unit('departement-35', 'Department'), unit('region-53', 'Region')]
};
const lyon: PlaceUnits = {
	id: 'commune-69123',
	name: 'Lyon',
	kind: 'Commune',
	lat: 45.76,
	lon: 4.84,
	units: [unit('commune-69123', 'Commune')]
};
const nantes: PlaceUnits = {
	id: 'commune-44109',
	name: 'Nantes',
	kind: 'Commune',
	lat: 47.22,
	lon: -1.55,
	units: [unit('commune-44109', 'Commune')]
};

describe('distance', () => {
	it('measures great-circle kilometres (Paris–Lyon is about 392 km)', () => {
		expect(distanceKm({ lat: 48.8566, lon: 2.3522 }, { lat: 45.764, lon: 4.8357 })).toBeCloseTo(392, -1);
	});
});

describe('proximity', () => {
	it('is complete for the place itself and for a place inside it', () => {
		expect(proximity(bretagne, bretagne)).toEqual({ relation: 'inside', credit: 1 });
		expect(proximity(bretagne, lamballe)).toEqual({ relation: 'inside', credit: 1 });
	});

	it('credits the smallest unit both share: the territory before the département, the région last', () => {
		expect(proximity(lamballe, saintBrieuc)).toMatchObject({
			relation: 'shared',
			credit: sharedUnitCredit.Territory,
			unit: { id: 'ti-2023-2027-5301' }
		});
		expect(proximity(lamballe, rennes)).toMatchObject({ relation: 'shared', credit: sharedUnitCredit.Region, unit: { id: 'region-53' } });
		expect(proximity(lamballe, bretagne)).toMatchObject({ relation: 'shared', unit: { id: 'region-53' } });
	});

	it('falls back on distance, fading to nothing at 300 km', () => {
		const near = proximity(rennes, nantes);
		expect(near.relation).toBe('near');
		expect(near.credit).toBeGreaterThan(0.2);
		expect(near.credit).toBeLessThan(0.5);
		expect(proximity(lamballe, lyon)).toMatchObject({ relation: 'far', credit: 0 });
	});
});

describe('the best anchor', () => {
	it('counts a project’s place less than the candidate’s own', () => {
		const throughProject = bestAnchor([lamballe], [{ place: lamballe, via: 'project', project: 'reuse' }]);
		const own = bestAnchor([lamballe], [{ place: lamballe, via: 'located' }]);
		expect(throughProject?.credit).toBe(anchorCredit.project);
		expect(own?.credit).toBe(1);
	});

	it('keeps the anchor that gives most, and none when nothing is near', () => {
		expect(
			bestAnchor(
				[lamballe],
				[
					{ place: rennes, via: 'located' },
					{ place: saintBrieuc, via: 'located' }
				]
			)?.anchor.place.id
		).toBe(saintBrieuc.id);
		expect(bestAnchor([lamballe], [{ place: lyon, via: 'located' }])).toBeNull();
	});
});
