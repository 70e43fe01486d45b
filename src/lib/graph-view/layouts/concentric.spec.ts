import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toElements } from '../elements';
import { cleonNeighbourhood } from '../../../../tests/support/fixtures/graph-payloads';
import { distancesFrom } from './concentric';

function cleonGraph() {
	return cytoscape({ headless: true, elements: toElements(cleonNeighbourhood()) });
}

describe('distancesFrom', () => {
	it('counts hops through what is shown', () => {
		const cy = cleonGraph();
		expect(distancesFrom(cy, 'ecosystem-cleon-4-0').get('region-28')).toBe(3);
		expect(distancesFrom(cy, 'ecosystem-cleon-4-0').get('cci-rouen-metropole')).toBe(1);
	});
});
