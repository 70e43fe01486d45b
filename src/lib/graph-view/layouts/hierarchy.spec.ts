import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toElements } from '../elements';
import { cleonNeighbourhood, edge, node, payload } from '../../../../tests/support/fixtures/graph-payloads';
import { hierarchyPositions, hierarchyRoots } from './hierarchy';

function cleonGraph() {
	return cytoscape({ headless: true, elements: toElements(cleonNeighbourhood()) });
}

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
