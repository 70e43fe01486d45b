import type { Position } from 'cytoscape';
import type { GeoFrame } from './layouts';
import { outlinePath, projectPlain, type OutlineGeometry } from './projection';

/** An intercommunality's outline as `static/geo/epci.json` holds it (see its README). */
export interface EpciFeature {
	type: 'Feature';
	properties: { code: string; nom: string; communes: string[] };
	geometry: OutlineGeometry;
}
export interface EpciCollection {
	type: 'FeatureCollection';
	features: EpciFeature[];
}

/** An outline ready to draw: its path in model coordinates, its box, and its name. */
export interface EpciPath {
	code: string;
	name: string;
	d: string;
	box: { x1: number; y1: number; x2: number; y2: number };
}

/** Paths and boxes of every outline, computed once per file. */
export function epciPaths(collection: EpciCollection): EpciPath[] {
	return collection.features.map(({ properties, geometry }) => {
		const points: Position[] = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).flatMap((polygon) =>
			polygon[0].map(([lon, lat]) => projectPlain(lon, lat))
		);
		const xs = points.map((point) => point.x);
		const ys = points.map((point) => point.y);
		return {
			code: properties.code,
			name: properties.nom,
			d: outlinePath(geometry),
			box: { x1: Math.min(...xs), y1: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys) }
		};
	});
}

/** Each commune's EPCI, by the commune's code as node ids write it (lower case): built once per file. */
export function epciOfCommune(collection: EpciCollection): ReadonlyMap<string, string> {
	const ofCommune = new Map<string, string>();
	for (const { properties } of collection.features)
		for (const commune of properties.communes) ofCommune.set(commune.toLowerCase(), properties.code);
	return ofCommune;
}

/**
 * The SIREN of the intercommunalities concerned by the nodes shown: an EPCI shown
 * (`epci-<siren>`), or the one a commune shown (`commune-<code>`) belongs to (`epciOfCommune`).
 */
export function concernedEpci(ofCommune: ReadonlyMap<string, string>, shownIds: readonly string[]): Set<string> {
	const concerned = new Set<string>();
	for (const id of shownIds) {
		if (id.startsWith('epci-')) concerned.add(id.slice('epci-'.length));
		else if (id.startsWith('commune-')) {
			const epci = ofCommune.get(id.slice('commune-'.length));
			if (epci) concerned.add(epci);
		}
	}
	return concerned;
}

/**
 * The outlines worth drawing on a map magnified by `frame`: none at national scale, where
 * intercommunalities would be a grey smear; otherwise those concerned and those whose box meets
 * the framed area and its surroundings (twice its extent), so the territory is seen among its
 * neighbours without drawing France's 1,255 outlines. The concerned come last.
 */
export function epciInView(paths: readonly EpciPath[], frame: GeoFrame, concerned: ReadonlySet<string>, framedExtent: number): EpciPath[] {
	if (frame.scale <= 1) return [];
	const reach = framedExtent / frame.scale;
	const [x1, x2, y1, y2] = [frame.centre.x - reach, frame.centre.x + reach, frame.centre.y - reach, frame.centre.y + reach];
	const near = paths.filter(({ code, box }) => !concerned.has(code) && box.x2 >= x1 && box.x1 <= x2 && box.y2 >= y1 && box.y1 <= y2);
	// The concerned last, so that their borders are drawn over their neighbours'.
	return [...near, ...paths.filter(({ code }) => concerned.has(code))];
}
