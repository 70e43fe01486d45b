import type { GraphEdge } from '$lib/domain/graph';
import type { EntityKind } from '$lib/domain/model';
import type { AnchorVia, PlaceUnits } from './facts';

/**
 * Geographic proximity between the place a person asks about and a place a candidate is
 * anchored in, from the units they share and, failing that, from the distance between them.
 */

/** Credit for sharing a unit, by its kind: the smaller the unit, the closer. */
export const sharedUnitCredit: Partial<Record<EntityKind, number>> = {
	Commune: 1,
	EPCI: 0.9,
	Territory: 0.85,
	Department: 0.7,
	Region: 0.5
};

/** Without a shared unit, nearness fades linearly from `near` at 0 km to nothing at `reachKm`. */
export const distanceCredit = { near: 0.5, reachKm: 300 } as const;

/**
 * How a candidate's anchor counts: its own place and its territories fully; the place of a
 * project it took part in, or of a structure it belongs to or animates, less.
 */
export const anchorCredit: Record<AnchorVia | 'project' | 'structure', number> = {
	located: 1,
	territory: 1,
	self: 1,
	project: 0.8,
	structure: 0.8
};

/** Two places closer than this are neighbours (the reasons say "voisin"). */
export const NEIGHBOUR_KM = 60;

export type Proximity =
	| { relation: 'inside'; credit: number }
	| { relation: 'shared'; credit: number; unit: { id: string; name: string; kind: EntityKind }; distanceKm?: number }
	| { relation: 'near'; credit: number; distanceKm: number }
	| { relation: 'far'; credit: 0; distanceKm?: number };

/** Great-circle distance in kilometres. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
	const radians = Math.PI / 180;
	const dLat = (b.lat - a.lat) * radians;
	const dLon = (b.lon - a.lon) * radians;
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * radians) * Math.cos(b.lat * radians) * Math.sin(dLon / 2) ** 2;
	return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * How close `anchor` is to `target`: `inside` (1) when it lies in the target (a commune of the
 * département asked for, or the place itself); `shared` when both lie in the same unit, credited
 * by the smallest (`sharedUnitCredit`); `near` by distance when that gives more; else `far`.
 */
export function proximity(target: PlaceUnits, anchor: PlaceUnits): Proximity {
	if (anchor.id === target.id || anchor.units.some((unit) => unit.id === target.id)) return { relation: 'inside', credit: 1 };
	const targetUnits = new Set(target.units.map((unit) => unit.id));
	let shared: { id: string; name: string; kind: EntityKind; credit: number } | undefined;
	for (const unit of anchor.units) {
		const credit = sharedUnitCredit[unit.kind] ?? 0;
		if (targetUnits.has(unit.id) && credit > (shared?.credit ?? 0)) shared = { ...unit, credit };
	}
	const km = target.lat !== undefined && anchor.lat !== undefined ? distanceKm(target as Located, anchor as Located) : undefined;
	const near = km === undefined ? 0 : distanceCredit.near * Math.max(0, 1 - km / distanceCredit.reachKm);
	const distance = km === undefined ? {} : { distanceKm: Math.round(km) };
	if (shared && shared.credit >= near) {
		const { credit, ...unit } = shared;
		return { relation: 'shared', credit, unit, ...distance };
	}
	if (near > 0) return { relation: 'near', credit: near, distanceKm: Math.round(km!) };
	return { relation: 'far', credit: 0, ...distance };
}

type Located = PlaceUnits & { lat: number; lon: number };

/** An anchor of a candidate, with the place's units and what it is anchored through. */
export interface WeightedAnchor {
	place: PlaceUnits;
	via: AnchorVia | 'project' | 'structure';
	/** The project, for an anchor through a project. */
	project?: string;
	/** The structure, for an anchor through a structure it belongs to or animates. */
	structure?: string;
	/** The relationship that anchors it (LOCATED_IN, MEMBER_OF a territory…). */
	edge?: GraphEdge;
	/** For an anchor through a structure, the candidate's link to it (MEMBER_OF, ANIMATES, PART_OF). */
	link?: GraphEdge;
}

export interface GeographyMatch {
	credit: number;
	target: PlaceUnits;
	anchor: WeightedAnchor;
	proximity: Proximity;
}

/** The candidate's best anchor for any of the targets; null when it has none near any. */
export function bestAnchor(targets: readonly PlaceUnits[], anchors: readonly WeightedAnchor[]): GeographyMatch | null {
	let best: GeographyMatch | null = null;
	for (const target of targets) {
		for (const anchor of anchors) {
			const found = proximity(target, anchor.place);
			const credit = found.credit * anchorCredit[anchor.via];
			if (credit > 0 && credit > (best?.credit ?? 0)) best = { credit, target, anchor, proximity: found };
		}
	}
	return best;
}
