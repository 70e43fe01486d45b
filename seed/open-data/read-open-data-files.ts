import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { describeIssues } from '$lib/domain/issues';

/** A WGS84 point, rounded the way it is stored. */
export interface Point {
	lat: number;
	lon: number;
}

/** A decimal coordinate written as text, checked against its range so that swapped columns fail loudly. */
export function coordinateSchema(limit: 90 | 180) {
	return z
		.string()
		.trim()
		.regex(/^-?\d+(\.\d+)?$/, 'must be a decimal number')
		.transform(Number)
		.refine((value) => Math.abs(value) <= limit, `must be between -${limit} and ${limit}`);
}

/**
 * Reads a UTF-8 CSV file with a header line and validates every record, reporting the first
 * problems with their file and line so that a bad update of the data is easy to locate.
 */
export async function readCsvFile<Schema extends z.ZodType>(file: string, schema: Schema): Promise<z.output<Schema>[]> {
	const text = await readFile(file, 'utf8');
	const records = parse<Record<string, string>>(text, { columns: true, bom: true, skip_empty_lines: true });
	const rows: z.output<Schema>[] = [];
	const problems: string[] = [];
	records.forEach((record, index) => {
		const result = schema.safeParse(record);
		if (result.success) rows.push(result.data);
		// The header is line 1 and no field spans several lines in these files.
		else problems.push(`${path.basename(file)}:${index + 2}: ${describeIssues(result.error.issues)}`);
	});
	if (problems.length > 0) throw new Error(`Invalid open data:\n${problems.slice(0, 20).join('\n')}`);
	return rows;
}

const pointCollectionSchema = z.object({
	type: z.literal('FeatureCollection'),
	features: z.array(
		z.object({
			properties: z.record(z.string(), z.unknown()),
			geometry: z.object({
				type: z.literal('Point'),
				coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])
			})
		})
	)
});

/** Reads a GeoJSON collection of points (lon, lat order) into a map from the value of `codeProperty` to its point. */
export async function readPointCollection(file: string, codeProperty: string): Promise<Map<string, Point>> {
	const result = pointCollectionSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
	if (!result.success) throw new Error(`Invalid open data in ${path.basename(file)}: ${describeIssues(result.error.issues)}`);
	const points = new Map<string, Point>();
	for (const feature of result.data.features) {
		const code = feature.properties[codeProperty];
		if (typeof code !== 'string' || code === '') throw new Error(`${path.basename(file)}: a feature has no ${codeProperty}`);
		const [lon, lat] = feature.geometry.coordinates;
		points.set(code, { lat: roundCoordinate(lat), lon: roundCoordinate(lon) });
	}
	return points;
}

/** Five decimals is about one metre: more is noise for centroids and bloats every node. */
export function roundCoordinate(value: number): number {
	return Math.round(value * 1e5) / 1e5;
}

/** The unweighted mean of some points; `undefined` when there are none. */
export function meanPoint(points: readonly Point[]): Point | undefined {
	if (points.length === 0) return undefined;
	let lat = 0;
	let lon = 0;
	for (const point of points) {
		lat += point.lat;
		lon += point.lon;
	}
	return { lat: roundCoordinate(lat / points.length), lon: roundCoordinate(lon / points.length) };
}
