import { describe, expect, it } from 'vitest';
import { epciOutlines, roundRing } from './epci-outlines';

const square = (west: number, south: number): [number, number][] => [
	[west, south],
	[west + 0.1, south],
	[west + 0.1, south + 0.1],
	[west, south + 0.1],
	[west, south]
];

describe('roundRing', () => {
	it('keeps a thousandth of a degree and drops the points rounding made repeated', () => {
		expect(
			roundRing([
				[1.00011, 2.00049],
				[1.00012, 2.00041],
				[1.2, 2],
				[1.2, 2.2],
				[1.00011, 2.00049]
			])
		).toEqual([
			[1, 2],
			[1.2, 2],
			[1.2, 2.2],
			[1, 2]
		]);
	});

	it('drops a ring that rounding reduces below a triangle', () => {
		expect(roundRing(square(3, 45).map(([lon, lat]) => [lon / 1000, lat / 1000] as [number, number]))).toBeUndefined();
	});
});

describe('epciOutlines', () => {
	it('joins the parts of an EPCI split by a département border, keeps its member communes, and skips land in no EPCI', () => {
		const basemap = {
			features: [
				{
					properties: { siren_epci: '200000002', lib_epci: 'CC Fictive des Deux Rives' },
					geometry: { type: 'MultiPolygon' as const, coordinates: [[square(1, 45)]] }
				},
				{ properties: { siren_epci: null, lib_epci: null }, geometry: { type: 'MultiPolygon' as const, coordinates: [[square(2, 45)]] } },
				{
					properties: { siren_epci: '200000001', lib_epci: 'CA Imaginaire' },
					geometry: { type: 'MultiPolygon' as const, coordinates: [[square(3, 45)]] }
				},
				{
					properties: { siren_epci: '200000002', lib_epci: 'CC Fictive des Deux Rives' },
					geometry: { type: 'MultiPolygon' as const, coordinates: [[square(1, 46)]] }
				}
			]
		};
		const groups = [
			{
				code: '200000002',
				nom: 'CC Fictive des Deux Rives',
				type: 'CC',
				membres: [
					{ code: '99002', nom: 'Deux' },
					{ code: '99001', nom: 'Une' }
				]
			}
		];
		const outlines = epciOutlines(basemap, groups as never);
		expect(outlines.map((outline) => outline.properties.code)).toEqual(['200000001', '200000002']);
		expect(outlines[1].properties.communes).toEqual(['99001', '99002']);
		expect(outlines[1].geometry.coordinates).toHaveLength(2);
		expect(outlines[0].properties.communes).toEqual([]);
	});
});
