import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { concernedEpci, epciInView, epciOfCommune, epciPaths, type EpciCollection } from './epci-outlines';
import { FRAMED_EXTENT } from './layouts';
import { contains, project } from './projection';

const epci = JSON.parse(readFileSync('static/geo/epci.json', 'utf8')) as EpciCollection;
const paths = epciPaths(epci);
const outlineOf = (code: string) => epci.features.find((feature) => feature.properties.code === code)!;

describe('the intercommunalities shipped in static/geo/epci.json', () => {
	it('holds every EPCI of 2026 once, with its communes, and each holds the centre of a commune of its own', () => {
		expect(epci.features).toHaveLength(1255);
		expect(new Set(epci.features.map((feature) => feature.properties.code)).size).toBe(1255);
		const rouen = outlineOf('200023414');
		expect(rouen.properties).toMatchObject({ nom: 'Métropole Rouen Normandie' });
		expect(rouen.properties.communes).toContain('76540');
		expect(contains(rouen.geometry, 1.0993, 49.4431)).toBe(true);
		expect(contains(outlineOf('200059392').geometry, 1.0993, 49.4431)).toBe(false);
	});

	it('draws the overseas intercommunalities in the inset of their région, where their nodes are placed', () => {
		const cinor = paths.find((path) => path.code === '249740119')!;
		const saintDenis = project(55.45, -20.88)!;
		expect(saintDenis.x).toBeGreaterThan(cinor.box.x1 - 5);
		expect(saintDenis.x).toBeLessThan(cinor.box.x2 + 5);
		expect(saintDenis.y).toBeGreaterThan(cinor.box.y1 - 5);
		expect(saintDenis.y).toBeLessThan(cinor.box.y2 + 5);
	});
});

describe('concernedEpci', () => {
	it('takes an EPCI shown by its id and a commune shown by the EPCI it belongs to, Corsican codes included', () => {
		const concerned = concernedEpci(epciOfCommune(epci), [
			'epci-200059392',
			'commune-76540',
			'commune-2a004',
			'company-fictive',
			'commune-99999'
		]);
		expect([...concerned].sort()).toEqual(['200023414', '200059392', '242010056']);
	});
});

describe('epciInView', () => {
	const rouen = project(1.0993, 49.4431)!;

	it('draws none on the map of France, where they would be a smear', () => {
		expect(epciInView(paths, { centre: rouen, scale: 1 }, new Set(['200023414']), FRAMED_EXTENT)).toEqual([]);
	});

	it('draws, at local scale, the outlines around the framed place and the concerned ones last, even far away', () => {
		const shown = epciInView(paths, { centre: rouen, scale: 5 }, new Set(['200023414', '249740119']), FRAMED_EXTENT);
		const codes = shown.map((path) => path.code);
		expect(codes).toContain('200023414');
		expect(codes.length).toBeGreaterThan(5);
		expect(codes.length).toBeLessThan(120);
		expect(codes.slice(-2).sort()).toEqual(['200023414', '249740119']);
		// Grenoble's metropolis is far from the frame and not concerned.
		expect(codes).not.toContain('200040715');
	});
});
