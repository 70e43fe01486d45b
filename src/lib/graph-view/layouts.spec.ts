import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toElements } from './elements';
import { cleonNeighbourhood, edge, node, payload } from '../../../tests/support/fixtures/graph-payloads';
import {
	distancesFrom,
	framing,
	geographicPositions,
	hierarchyPositions,
	hierarchyRoots,
	layoutNames,
	layoutOptions,
	runLayout
} from './layouts';
import { project } from './projection';
import { LARGE_VIEW } from './scale';

function cleonGraph() {
	return cytoscape({ headless: true, elements: toElements(cleonNeighbourhood()) });
}

/** A chain of companies one more than a large view (see scale.ts), each at its own place. */
function largeGraph() {
	const count = LARGE_VIEW.nodes + 1;
	const companies = Array.from({ length: count }, (_, index) =>
		node({ id: `company-${index}`, name: `Company ${index}`, kind: 'Company' })
	);
	const links = companies.slice(1).map((company, index) => edge('COLLABORATES_WITH', companies[index].id, company.id));
	const cy = cytoscape({ headless: true, elements: toElements(payload(companies, links)) });
	cy.nodes().forEach((each, index) => void each.position({ x: (index % 20) * 80, y: Math.floor(index / 20) * 80 }));
	return cy;
}

describe('runLayout', () => {
	it('lays out the graph with every layout and keeps pinned nodes where they are', async () => {
		for (const name of layoutNames) {
			const cy = cleonGraph();
			const pinned = cy.getElementById('cci-rouen-metropole').position({ x: 1234, y: -567 }).addClass('pinned');
			await runLayout(cy, name, { focus: 'ecosystem-cleon-4-0', animate: false });
			expect(pinned.position(), name).toEqual({ x: 1234, y: -567 });
			const positions = cy.nodes().map((each) => `${Math.round(each.position('x'))},${Math.round(each.position('y'))}`);
			expect(new Set(positions).size, name).toBe(cy.nodes().length);
		}
	});

	it('lays out incrementally with fcose from the current positions', async () => {
		const cy = cleonGraph();
		await runLayout(cy, 'fcose', { animate: false });
		const before = cy.getElementById('ecosystem-cleon-4-0').position();
		await runLayout(cy, 'fcose', { animate: false, incremental: true });
		const after = cy.getElementById('ecosystem-cleon-4-0').position();
		expect(Math.hypot(after.x - before.x, after.y - before.y)).toBeLessThan(400);
	});

	it('leaves a large view where it is when it only grew: the new nodes keep the place they were given', async () => {
		const cy = largeGraph();
		const before = cy.nodes().map((each) => ({ ...each.position() }));
		await runLayout(cy, 'fcose', { animate: false, incremental: true });
		expect(cy.nodes().map((each) => ({ ...each.position() }))).toEqual(before);
	});

	it('does nothing on an empty graph', async () => {
		await expect(runLayout(cytoscape({ headless: true }), 'fcose', { animate: false })).resolves.toBeUndefined();
	});
});

describe('layoutOptions', () => {
	it('animates by default and fixes pinned nodes in fcose by constraint', () => {
		const cy = cleonGraph();
		cy.getElementById('ademe').position({ x: 5, y: 6 }).addClass('pinned');
		const options = layoutOptions(cy, 'fcose') as unknown as Record<string, unknown>;
		expect(options).toMatchObject({ name: 'fcose', animate: true, randomize: true });
		expect(options.fixedNodeConstraint).toEqual([{ nodeId: 'ademe', position: { x: 5, y: 6 } }]);
		expect(layoutOptions(cy, 'geographic')).toMatchObject({ name: 'preset' });
	});

	it('lays a large view out in fcose draft quality, and never animates it', () => {
		const cy = largeGraph();
		expect(layoutOptions(cy, 'fcose')).toMatchObject({ name: 'fcose', quality: 'draft', randomize: true, animate: false });
		expect(layoutOptions(cy, 'concentric')).toMatchObject({ animate: false });
		expect(layoutOptions(cleonGraph(), 'fcose')).toMatchObject({ quality: 'default', animate: true });
	});

	it('puts the focus at the centre of the concentric layout and its neighbours on the first ring', () => {
		const cy = cleonGraph();
		const options = layoutOptions(cy, 'concentric', { focus: 'ecosystem-cleon-4-0' }) as { concentric: (node: unknown) => number };
		const level = (id: string) => options.concentric(cy.getElementById(id));
		expect(level('ecosystem-cleon-4-0')).toBeGreaterThan(level('cci-rouen-metropole'));
		expect(level('cci-rouen-metropole')).toBeGreaterThan(level('departement-76'));
	});
});

describe('distancesFrom', () => {
	it('counts hops through what is shown', () => {
		const cy = cleonGraph();
		expect(distancesFrom(cy, 'ecosystem-cleon-4-0').get('region-28')).toBe(3);
		expect(distancesFrom(cy, 'ecosystem-cleon-4-0').get('cci-rouen-metropole')).toBe(1);
	});
});

describe('hierarchyRoots', () => {
	it('starts from régions, programmes or territories, else from the focus', () => {
		expect(hierarchyRoots(cleonGraph())).toEqual(['region-28']);
		const actors = cytoscape({
			headless: true,
			elements: toElements(
				payload(
					[node({ id: 'a', name: 'A', kind: 'Company' }), node({ id: 'b', name: 'B', kind: 'Cluster' })],
					[edge('MEMBER_OF', 'a', 'b')]
				)
			)
		});
		expect(hierarchyRoots(actors, 'b')).toEqual(['b']);
	});
});

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

describe('framing', () => {
	it('frames the points in the graph box, never closer than the zoom limit', () => {
		const cy = cleonGraph();
		cy.width = () => 800;
		cy.height = () => 600;
		const wide = framing(
			cy,
			[
				{ x: 0, y: 0 },
				{ x: 2000, y: 1000 }
			],
			40,
			1.2
		) as { zoom: number; pan: { x: number; y: number } };
		expect(wide.zoom).toBeCloseTo((800 - 80) / (2000 + 64));
		expect(wide.pan.x + wide.zoom * 1000).toBeCloseTo(400);
		const tight = framing(cy, [{ x: 10, y: 10 }], 40, 1.2) as { zoom: number };
		expect(tight.zoom).toBe(1.2);
	});

	it('lets the layout fit by itself when the graph has no size on screen', () => {
		expect(framing(cleonGraph(), [{ x: 0, y: 0 }], 40, 1.2)).toEqual({});
	});
});

describe('hierarchyPositions', () => {
	it('puts roots on top, each hop lower, and wraps a wide level into rows', () => {
		const communes = Array.from({ length: 30 }, (_, index) =>
			node({ id: `commune-76${String(index).padStart(3, '0')}`, name: `C${index}`, kind: 'Commune' })
		);
		const cy = cytoscape({
			headless: true,
			elements: toElements(
				payload(
					[
						node({ id: 'ti-2023-2027-2801', name: 'Territoire', kind: 'Territory' }),
						node({ id: 'epci-1', name: 'EPCI', kind: 'EPCI' }),
						...communes
					],
					[edge('INCLUDES', 'ti-2023-2027-2801', 'epci-1'), ...communes.map((commune) => edge('INCLUDES', 'epci-1', commune.id))]
				)
			)
		});
		const positions = hierarchyPositions(cy, hierarchyRoots(cy));
		const y = (id: string) => positions.get(id)!.y;
		expect(y('ti-2023-2027-2801')).toBeLessThan(y('epci-1'));
		expect(y('epci-1')).toBeLessThan(y(communes[0].id));
		const rows = new Set(communes.map((commune) => y(commune.id)));
		expect(rows.size).toBeGreaterThan(1);
		const xs = communes.map((commune) => positions.get(commune.id)!.x);
		expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan((30 * 78) / 2);
	});
});
