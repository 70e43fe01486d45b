import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contains, dromAt, MAP_SCALE, outlinePath, project, projectPlain, regionCodeAt, type OutlineCollection } from './projection';
import { regionCodeFromId, regionCodesByName, regionNames } from './regions';

const regions = JSON.parse(readFileSync('static/geo/regions.json', 'utf8')) as OutlineCollection;
const departements = JSON.parse(readFileSync('static/geo/departements.json', 'utf8')) as OutlineCollection;
const insets = JSON.parse(readFileSync('static/geo/drom-encarts.json', 'utf8')) as OutlineCollection;

describe('project', () => {
	it('puts north up and east right, with longitudes shrunk by cos(46.5°)', () => {
		const paris = project(2.35, 48.86)!;
		const marseille = project(5.37, 43.3)!;
		const brest = project(-4.49, 48.39)!;
		expect(paris.y).toBeLessThan(marseille.y);
		expect(brest.x).toBeLessThan(paris.x);
		expect(projectPlain(3.5, 46.5).x - projectPlain(2.5, 46.5).x).toBeCloseTo(MAP_SCALE * Math.cos((46.5 * Math.PI) / 180));
		expect(projectPlain(2.5, 47.5).y - projectPlain(2.5, 46.5).y).toBeCloseTo(-MAP_SCALE);
	});

	it('moves overseas places into their inset, west of Brittany, and leaves other places out', () => {
		const saintDenis = project(55.45, -20.88)!;
		const brest = project(-4.49, 48.39)!;
		expect(dromAt(55.45, -20.88)?.name).toBe('La Réunion');
		expect(saintDenis.x).toBeLessThan(projectPlain(-1.5, 46).x);
		expect(saintDenis.y).toBeGreaterThan(brest.y);
		expect(project(-175, -21)).toBeUndefined();
	});

	it('puts an overseas place inside its inset outline', () => {
		const reunion = insets.features.find((feature) => feature.properties.code === '04')!;
		const point = project(55.45, -21.1)!;
		const [west, , east] = [...outlinePath(reunion.geometry).matchAll(/[ML](-?[\d.]+) /g)]
			.map((match) => Number(match[1]))
			.reduce(([min, , max], x) => [Math.min(min, x), 0, Math.max(max, x)], [Infinity, 0, -Infinity]);
		expect(point.x).toBeGreaterThan(west);
		expect(point.x).toBeLessThan(east);
	});
});

describe('outlinePath', () => {
	it('draws every ring of a polygon as a closed SVG path in model coordinates', () => {
		const path = outlinePath({
			type: 'Polygon',
			coordinates: [
				[
					[2.5, 46.5],
					[3.5, 46.5],
					[3.5, 47.5],
					[2.5, 46.5]
				]
			]
		});
		const step = Math.round(MAP_SCALE * Math.cos((46.5 * Math.PI) / 180) * 10) / 10;
		expect(path).toBe(`M0 0L${step} 0L${step} -${MAP_SCALE}L0 0Z`);
	});
});

describe('regions', () => {
	it('finds the région of a point from the outlines, and of an overseas point from its box', () => {
		expect(regionCodeAt(1.0433, 49.3125, regions)).toBe('28');
		expect(regionCodeAt(5.72, 45.19, regions)).toBe('84');
		expect(regionCodeAt(2.35, 48.86, regions)).toBe('11');
		expect(regionCodeAt(-61.53, 16.24, regions)).toBe('01');
		expect(regionCodeAt(-30, 40, regions)).toBeUndefined();
	});

	it('ships outlines of the 13 metropolitan régions and 96 départements that hold their own centroid area', () => {
		expect(regions.features).toHaveLength(13);
		expect(departements.features).toHaveLength(96);
		const seineMaritime = departements.features.find((feature) => feature.properties.code === '76')!;
		expect(contains(seineMaritime.geometry, 1.0433, 49.3125)).toBe(true);
		expect(contains(seineMaritime.geometry, 5.72, 45.19)).toBe(false);
	});

	it('names the eighteen régions and reads the région off region and territory ids', () => {
		expect(regionCodesByName).toHaveLength(18);
		expect(regionNames[regionCodesByName[0]]).toBe('Auvergne-Rhône-Alpes');
		expect(regionCodeFromId('region-28')).toBe('28');
		expect(regionCodeFromId('ti-2023-2027-8411')).toBe('84');
		expect(regionCodeFromId('tenerrdis')).toBeUndefined();
	});
});
