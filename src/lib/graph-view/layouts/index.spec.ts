import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toElements } from '../elements';
import { cleonNeighbourhood, edge, node, payload } from '../../../../tests/support/fixtures/graph-payloads';
import { LARGE_VIEW } from '../scale';
import { layoutNames } from '$lib/domain/view';
import { layoutOptions, runLayout } from './index';

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

	it('lets a group’s dashed links pull gently in fcose, so the group is not laid on the node it came from', () => {
		const cy = cleonGraph();
		const [plain] = cy.edges();
		const grouped = cy.add({
			group: 'edges',
			data: { id: 'group-link', source: plain.source().id(), target: plain.target().id() },
			classes: ['group-edge']
		});
		const { edgeElasticity } = layoutOptions(cy, 'fcose') as unknown as { edgeElasticity: (edge: unknown) => number };
		expect(edgeElasticity(grouped)).toBeLessThan(edgeElasticity(plain) / 5);
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
