import type { Position } from 'cytoscape';

/**
 * The map of the geographic layout: a plain equirectangular projection centred on metropolitan
 * France, with longitudes shrunk by cos(46.5°) so that France keeps its shape at its middle
 * latitude. Node positions and the région/département outlines use the same function, so the
 * graph sits on the map. Overseas regions (DROM) are moved into small insets west of Brittany.
 */

/** Model pixels per degree of latitude. */
export const MAP_SCALE = 220;
const CENTRE = { lon: 2.5, lat: 46.5 };
const SHRINK = Math.cos((46.5 * Math.PI) / 180);

/** A lon/lat box: west, south, east, north. */
export type Box = readonly [number, number, number, number];

/** Where metropolitan France (with Corsica) is, give or take the sea around it. */
export const metropole: Box = [-5.6, 41.2, 9.8, 51.2];

/**
 * Each overseas region's real extent and the inset it is drawn in: the inset boxes are those of
 * the ANCT basemap of the DROM (static/geo/drom-encarts.json), so points and outlines match.
 */
export const dromInsets: readonly { code: string; name: string; real: Box; inset: Box }[] = [
	{ code: '01', name: 'Guadeloupe', real: [-61.81, 15.833, -61.002, 16.511], inset: [-4.617, 44.935, -3.417, 45.778] },
	{ code: '02', name: 'Martinique', real: [-61.229, 14.395, -60.81, 14.879], inset: [-4.066, 43.742, -3.229, 44.372] },
	{ code: '03', name: 'Guyane', real: [-54.602, 2.111, -51.619, 5.749], inset: [-3.885, 41.429, -1.805, 43.352] },
	{ code: '04', name: 'La Réunion', real: [55.217, -21.389, 55.836, -20.872], inset: [-2.874, 44.218, -1.752, 44.903] },
	{ code: '06', name: 'Mayotte', real: [45.019, -13.0, 45.298, -12.637], inset: [-2.42, 45.235, -1.796, 45.798] }
];

/** Degrees around a box that still count as inside it: coastal and island places sit on its edge. */
const MARGIN = 0.3;

function inside([west, south, east, north]: Box, lon: number, lat: number, margin = 0): boolean {
	return lon >= west - margin && lon <= east + margin && lat >= south - margin && lat <= north + margin;
}

/** The projection without insets: for outlines already drawn in place (the DROM inset basemap). */
export function projectPlain(lon: number, lat: number): Position {
	return { x: (lon - CENTRE.lon) * SHRINK * MAP_SCALE, y: -(lat - CENTRE.lat) * MAP_SCALE };
}

/** The lon/lat a model position stands for, in the plain projection (insets are not undone). */
export function unproject({ x, y }: Position): { lon: number; lat: number } {
	return { lon: x / (SHRINK * MAP_SCALE) + CENTRE.lon, lat: -y / MAP_SCALE + CENTRE.lat };
}

/** The overseas region a point lies in, if any. */
export function dromAt(lon: number, lat: number): (typeof dromInsets)[number] | undefined {
	return dromInsets.find((drom) => inside(drom.real, lon, lat, MARGIN));
}

/**
 * Model position of a real place: metropolitan places where they are, overseas places inside
 * their inset; `undefined` for anywhere else (no inset exists for it, so it is treated as unplaced).
 */
export function project(lon: number, lat: number): Position | undefined {
	if (inside(metropole, lon, lat)) return projectPlain(lon, lat);
	const drom = dromAt(lon, lat);
	if (!drom) return undefined;
	const [west, south, east, north] = drom.real;
	const [insetWest, insetSouth, insetEast, insetNorth] = drom.inset;
	const clamp = (value: number) => Math.min(1, Math.max(0, value));
	const u = clamp((lon - west) / (east - west));
	const v = clamp((lat - south) / (north - south));
	return projectPlain(insetWest + u * (insetEast - insetWest), insetSouth + v * (insetNorth - insetSouth));
}

/** The GeoJSON geometries the outline files hold. */
export type OutlineGeometry = { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };
export interface OutlineFeature {
	type: 'Feature';
	properties: { code: string; nom: string };
	geometry: OutlineGeometry;
}
export interface OutlineCollection {
	type: 'FeatureCollection';
	features: OutlineFeature[];
}

function polygonsOf(geometry: OutlineGeometry): number[][][][] {
	return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** An SVG path (`d`) of a geometry in model coordinates, rounded to a tenth of a pixel. */
export function outlinePath(geometry: OutlineGeometry, projection: (lon: number, lat: number) => Position = projectPlain): string {
	const round = (value: number) => Math.round(value * 10) / 10;
	return polygonsOf(geometry)
		.flatMap((polygon) =>
			polygon.map(
				(ring) =>
					ring
						.map(([lon, lat], index) => {
							const { x, y } = projection(lon, lat);
							return `${index === 0 ? 'M' : 'L'}${round(x)} ${round(y)}`;
						})
						.join('') + 'Z'
			)
		)
		.join('');
}

/** Whether a point lies in a ring (even-odd rule, so holes work when every ring is tested). */
function inRing(ring: number[][], lon: number, lat: number): boolean {
	let result = false;
	for (let index = 0, previous = ring.length - 1; index < ring.length; previous = index++) {
		const [x1, y1] = ring[index];
		const [x2, y2] = ring[previous];
		if (y1 > lat !== y2 > lat && lon < ((x2 - x1) * (lat - y1)) / (y2 - y1) + x1) result = !result;
	}
	return result;
}

/** Whether a point lies in a (multi)polygon. */
export function contains(geometry: OutlineGeometry, lon: number, lat: number): boolean {
	return polygonsOf(geometry).some((polygon) => polygon.reduce((isIn, ring) => (inRing(ring, lon, lat) ? !isIn : isIn), false));
}

/**
 * The code of the région a point lies in: overseas regions by their box (real or inset),
 * metropolitan ones by their outline, or — for a coastal point the simplified outlines miss —
 * the nearest outline vertex within a tenth of a degree.
 */
export function regionCodeAt(lon: number, lat: number, regions: OutlineCollection): string | undefined {
	const drom = dromAt(lon, lat);
	if (drom) return drom.code;
	const found = regions.features.find((feature) => contains(feature.geometry, lon, lat));
	if (found) return found.properties.code;
	const inset = dromInsets.find((candidate) => inside(candidate.inset, lon, lat));
	if (inset) return inset.code;
	let nearest: { code: string; distance: number } | undefined;
	for (const feature of regions.features) {
		for (const polygon of polygonsOf(feature.geometry)) {
			for (const [x, y] of polygon[0]) {
				const distance = Math.hypot((x - lon) * SHRINK, y - lat);
				if (distance < 0.1 && (!nearest || distance < nearest.distance)) nearest = { code: feature.properties.code, distance };
			}
		}
	}
	return nearest?.code;
}
