import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toElements } from '../elements';
import { cleonNeighbourhood, edge, node, payload } from '../../../../tests/support/fixtures/graph-payloads';
import { project } from '../projection';
import { geographicPositions } from './geographic';
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

	it('marks borrowed places approximate when the geographic layout runs, and unmarks them after', async () => {
		const cy = cleonGraph();
		await runLayout(cy, 'geographic', { animate: false });
		expect(cy.getElementById('ecosystem-cleon-4-0').hasClass('approximate')).toBe(true);
		expect(cy.getElementById('commune-76178').hasClass('approximate')).toBe(false);
		await runLayout(cy, 'concentric', { animate: false });
		expect(cy.nodes('.approximate')).toHaveLength(0);
	});
});
