import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { readDecoupageAdministratif, type DecoupageGroup } from './decoupage-administratif';

/**
 * Writes `static/geo/epci.json`, the outlines of the intercommunalities that the explorer's map
 * draws at the scale of a territory, from ANCT's basemap of the EPCI (DROM already in their
 * insets, like `drom-encarts.json`) and the member communes of `@etalab/decoupage-administratif`,
 * so that the map knows which outline holds a commune shown. Run once when either source changes:
 * `node scripts/run-ts.js seed/open-data/epci-outlines.ts [path to the ANCT file]`.
 */

const basemapSchema = z.object({
	features: z.array(
		z.object({
			// Null for the few islands that belong to no EPCI (Île-d'Yeu, Bréhat…): no outline to draw.
			properties: z.object({
				siren_epci: z
					.string()
					.regex(/^\d{9}$/)
					.nullable(),
				lib_epci: z.string().nullable()
			}),
			geometry: z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(z.tuple([z.number(), z.number()])))) })
		})
	)
});
type Basemap = z.infer<typeof basemapSchema>;

export interface EpciOutline {
	type: 'Feature';
	properties: { code: string; nom: string; communes: string[] };
	geometry: { type: 'MultiPolygon'; coordinates: number[][][][] };
}

/** Degrees kept: 0.001°, about 100 m, as the other outlines of static/geo. */
const PRECISION = 1000;

/** A ring rounded, its repeated points dropped; undefined when fewer than a triangle is left. */
export function roundRing(ring: readonly (readonly [number, number])[]): number[][] | undefined {
	const rounded: number[][] = [];
	for (const [lon, lat] of ring) {
		const point = [Math.round(lon * PRECISION) / PRECISION, Math.round(lat * PRECISION) / PRECISION];
		const last = rounded.at(-1);
		if (!last || last[0] !== point[0] || last[1] !== point[1]) rounded.push(point);
	}
	return rounded.length >= 4 ? rounded : undefined;
}

/**
 * One feature per EPCI: the basemap splits an EPCI across départements into parts, joined here
 * into one MultiPolygon; its communes are those Etalab lists as members, in code order.
 */
export function epciOutlines(basemap: Basemap, epci: readonly DecoupageGroup[]): EpciOutline[] {
	const members = new Map(epci.map((group) => [group.code, group.membres.map((member) => member.code).sort()]));
	const bySiren = new Map<string, EpciOutline>();
	for (const { properties, geometry } of basemap.features) {
		if (properties.siren_epci === null) continue;
		const polygons = geometry.coordinates.flatMap((polygon) => {
			const rings = polygon.map(roundRing);
			return rings[0] ? [rings.filter((ring): ring is number[][] => ring !== undefined)] : [];
		});
		const outline = bySiren.get(properties.siren_epci) ?? {
			type: 'Feature' as const,
			properties: {
				code: properties.siren_epci,
				nom: properties.lib_epci ?? properties.siren_epci,
				communes: members.get(properties.siren_epci) ?? []
			},
			geometry: { type: 'MultiPolygon' as const, coordinates: [] }
		};
		outline.geometry.coordinates.push(...polygons);
		bySiren.set(properties.siren_epci, outline);
	}
	return [...bySiren.values()].sort((a, b) => a.properties.code.localeCompare(b.properties.code));
}

/** Entry point for `scripts/run-ts.js`; the argument is the ANCT file, by default in ../shared. */
export async function main(args: string[]): Promise<number> {
	const source = args[0] ?? '../shared/data/geo-admin/anct_drom-encarts_epci.geojson';
	const basemap = basemapSchema.parse(JSON.parse(await readFile(source, 'utf8')));
	const { epci } = await readDecoupageAdministratif();
	const features = epciOutlines(basemap, epci);
	const target = fileURLToPath(new URL('../../static/geo/epci.json', import.meta.url));
	// One feature a line: the file stays readable in a diff.
	const lines = features.map((feature) => JSON.stringify(feature));
	await writeFile(target, `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`);
	const withoutMembers = features.filter((feature) => feature.properties.communes.length === 0).length;
	console.log(`${features.length} EPCI écrits dans ${path.relative(process.cwd(), target)} (${withoutMembers} sans communes connues)`);
	return 0;
}
