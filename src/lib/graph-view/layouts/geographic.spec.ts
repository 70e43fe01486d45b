import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toElements } from '../elements';
import { cleonNeighbourhood, edge, node, payload } from '../../../../tests/support/fixtures/graph-payloads';
import { project } from '../projection';
import { geoFrame, geographicOptions, geographicPositions, MAX_MAGNIFICATION } from './geographic';
import { runLayout } from './index';

function cleonGraph() {
	return cytoscape({ headless: true, elements: toElements(cleonNeighbourhood()) });
}

describe('geographicPositions', () => {
	it('puts located nodes at their projected place and the others near the place they borrow', () => {
		const cy = cleonGraph();
		const placed = geographicPositions(cy);
		expect(placed.get('commune-76178')).toEqual({ position: project(1.0433, 49.3125), approximate: false });
		const cluster = placed.get('ecosystem-cleon-4-0')!;
		expect(cluster.approximate).toBe(true);
		const commune = project(1.0433, 49.3125)!;
		const offset = Math.hypot(cluster.position.x - commune.x, cluster.position.y - commune.y);
		expect(offset).toBeGreaterThan(5);
		expect(offset).toBeLessThan(60);
		// CCI Rouen Métropole borrows from the cluster it animates, which borrowed from Cléon.
		const cci = placed.get('cci-rouen-metropole')!;
		expect(Math.hypot(cci.position.x - commune.x, cci.position.y - commune.y)).toBeLessThan(120);
	});

	it('puts themes by the actors that address them, and nodes with nowhere to borrow from under the map', () => {
		const cy = cleonGraph();
		const placed = geographicPositions(cy);
		const theme = placed.get('decarbonation')!;
		const cluster = placed.get('ecosystem-cleon-4-0')!;
		expect(theme.approximate).toBe(true);
		expect(Math.hypot(theme.position.x - cluster.position.x, theme.position.y - cluster.position.y)).toBeLessThan(60);
		// The ADEME funds the cluster but is not where the cluster is.
		const ademe = placed.get('ademe')!;
		expect(ademe).toMatchObject({ approximate: true, unplaced: true });
		expect(ademe.position.y).toBeGreaterThan(project(9, 41.4)!.y);
	});

	it('spreads nodes that borrow the same place', () => {
		const located = node({ id: 'commune-38185', name: 'Grenoble', kind: 'Commune', lat: 45.18, lon: 5.72 });
		const actors = ['a', 'b', 'c'].map((id) => node({ id, name: id, kind: 'Company' }));
		const cy = cytoscape({
			headless: true,
			elements: toElements(
				payload(
					[located, ...actors],
					actors.map((actor) => edge('LOCATED_IN', actor.id, located.id))
				)
			)
		});
		const placed = geographicPositions(cy);
		const spots = ['a', 'b', 'c'].map((id) => `${Math.round(placed.get(id)!.position.x)}:${Math.round(placed.get(id)!.position.y)}`);
		expect(new Set(spots).size).toBe(3);
	});

	it('spreads nodes at the same place of their own, the first on it, none marked approximate', () => {
		const companies = ['a', 'b', 'c'].map((id) => node({ id, name: id, kind: 'Company', lat: 45.18, lon: 5.72 }));
		const placed = geographicPositions(cytoscape({ headless: true, elements: toElements(payload(companies, [])) }));
		expect(placed.get('a')).toEqual({ position: project(5.72, 45.18), approximate: false });
		const spots = ['a', 'b', 'c'].map((id) => `${Math.round(placed.get(id)!.position.x)}:${Math.round(placed.get(id)!.position.y)}`);
		expect(new Set(spots).size).toBe(3);
		expect(placed.get('b')).toMatchObject({ approximate: false });
	});

	it('magnifies a territory’s places to fill the view, keeps nodes sharing a place side by side, and sets the placeless in a column beside', () => {
		const grenoble = node({ id: 'commune-38185', name: 'Grenoble', kind: 'Commune', lat: 45.18, lon: 5.72 });
		const voiron = node({ id: 'commune-38563', name: 'Voiron', kind: 'Commune', lat: 45.36, lon: 5.59 });
		const actors = ['a', 'b'].map((id) => node({ id, name: id, kind: 'Company' }));
		const funder = node({ id: 'agence-fictive', name: 'Agence fictive', kind: 'PublicBody' });
		const cy = cytoscape({
			headless: true,
			elements: toElements(
				payload(
					[grenoble, voiron, ...actors, funder],
					actors.map((actor) => edge('LOCATED_IN', actor.id, grenoble.id))
				)
			)
		});
		const placed = geographicPositions(cy);
		const shown = new Set(cy.nodes().map((each) => each.id()));
		const frame = geoFrame(placed, shown);
		// Grenoble and Voiron, about 25 km apart: magnified, but no closer than a commune's surroundings.
		expect(frame.scale).toBeGreaterThan(5);
		expect(frame.scale).toBeLessThanOrEqual(MAX_MAGNIFICATION);
		const options = geographicOptions(cy, { animate: false, animationDuration: 0, fit: true, padding: 40 }) as {
			positions: Record<string, { x: number; y: number }>;
		};
		const positions = new Map(Object.entries(options.positions));
		const gap = (a: string, b: string, from: ReadonlyMap<string, { x: number; y: number }>) =>
			Math.hypot(from.get(a)!.x - from.get(b)!.x, from.get(a)!.y - from.get(b)!.y);
		const at = new Map([...placed].map(([id, placement]) => [id, placement.position]));
		expect(gap('commune-38185', 'commune-38563', positions)).toBeCloseTo(gap('commune-38185', 'commune-38563', at) * frame.scale, 6);
		// The two companies of Grenoble stay by it, as close as on the national map.
		expect(gap('a', 'commune-38185', positions)).toBeCloseTo(gap('a', 'commune-38185', at), 6);
		expect(gap('a', 'b', positions)).toBeCloseTo(gap('a', 'b', at), 6);
		// The agency with no place: right of everything shown, level with its top, not under France.
		const right = Math.max(...['commune-38185', 'commune-38563', 'a', 'b'].map((id) => positions.get(id)!.x));
		const top = Math.min(...['commune-38185', 'commune-38563', 'a', 'b'].map((id) => positions.get(id)!.y));
		expect(positions.get('agence-fictive')).toEqual({ x: right + 110, y: top });
		// At the scale of France, nothing is magnified.
		expect(
			geoFrame(
				new Map([
					['x', { position: project(-4.5, 48.4)!, approximate: false }],
					['y', { position: project(7.7, 48.6)!, approximate: false }]
				]),
				new Set(['x', 'y'])
			).scale
		).toBe(1);
	});

	it('marks borrowed places approximate when the geographic layout runs, and unmarks them after', async () => {
		const cy = cleonGraph();
		await runLayout(cy, 'geographic', { animate: false });
		expect(cy.getElementById('ecosystem-cleon-4-0').hasClass('approximate')).toBe(true);
		expect(cy.getElementById('commune-76178').hasClass('approximate')).toBe(false);
		await runLayout(cy, 'concentric', { animate: false });
		expect(cy.nodes('.approximate')).toHaveLength(0);
	});
});
