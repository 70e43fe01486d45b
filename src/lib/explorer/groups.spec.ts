import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { mergePayload, toElements } from '$lib/graph-view/elements';
import { edge, node, payload } from '../../../tests/support/fixtures/graph-payloads';
import {
	canGroup,
	collapseMembers,
	expandGroup,
	foldedIds,
	foldLargeSets,
	groupId,
	LARGE_SET,
	largeSetsIn,
	membersOf,
	withoutLargeSets
} from './groups';

/** An EPCI with three communes, one of which hosts a company; the EPCI lies in a département. */
function epciGraph() {
	const communes = ['commune-76178', 'commune-76540', 'commune-76231'].map((id, index) =>
		node({ id, name: `Commune ${index}`, kind: 'Commune', lat: 49 + index / 10, lon: 1 })
	);
	return cytoscape({
		headless: true,
		elements: toElements(
			payload(
				[
					node({ id: 'epci-200023414', name: 'Métropole Rouen Normandie', kind: 'EPCI' }),
					node({ id: 'departement-76', name: 'Seine-Maritime', kind: 'Department' }),
					node({ id: 'renault', name: 'Renault', kind: 'Company' }),
					...communes
				],
				[
					...communes.map((commune) => edge('INCLUDES', 'epci-200023414', commune.id)),
					edge('IN', 'epci-200023414', 'departement-76'),
					edge('LOCATED_IN', 'renault', 'commune-76178'),
					edge('IN', 'commune-76540', 'departement-76'),
					edge('IN', 'commune-76231', 'departement-76')
				]
			)
		)
	});
}

const words = { group: (count: number, kind: string) => `${count} ${kind}`, edge: (type: string) => type.toLowerCase() };

describe('membersOf and canGroup', () => {
	it('finds the communes an EPCI includes, and what is in a département', () => {
		const cy = epciGraph();
		expect(
			membersOf(cy, 'epci-200023414')
				.map((member) => member.id())
				.sort()
		).toEqual(['commune-76178', 'commune-76231', 'commune-76540']);
		expect(canGroup(cy, 'epci-200023414')).toBe(true);
		expect(canGroup(cy, 'renault')).toBe(false);
	});

	it('leaves pinned members in place', () => {
		const cy = epciGraph();
		cy.getElementById('commune-76178').addClass('pinned');
		expect(membersOf(cy, 'epci-200023414')).toHaveLength(2);
	});
});

describe('collapseMembers and expandGroup', () => {
	it('folds the members into one node linked to what they were linked to, then reopens them as they were', () => {
		const cy = epciGraph();
		cy.getElementById('commune-76178').position({ x: 42, y: 24 });
		const group = collapseMembers(cy, 'epci-200023414', words)!;
		expect(group.id()).toBe(groupId('epci-200023414'));
		expect(group.data('label')).toBe('3 Commune');
		expect(group.hasClass('group')).toBe(true);
		expect(
			cy
				.nodes()
				.map((each) => each.id())
				.sort()
		).toEqual(['departement-76', 'epci-200023414', 'group:epci-200023414', 'renault']);
		const links = group
			.connectedEdges()
			.map((each) => `${each.source().id()} ${each.data('label')} ${each.target().id()}`)
			.sort();
		expect(links).toEqual([
			'epci-200023414 includes ×3 group:epci-200023414',
			'group:epci-200023414 in ×2 departement-76',
			'renault located_in group:epci-200023414'
		]);
		expect([...foldedIds(cy)].sort()).toEqual(['commune-76178', 'commune-76231', 'commune-76540']);
		expect(canGroup(cy, 'epci-200023414')).toBe(false);

		const restored = expandGroup(cy, group.id());
		expect(restored).toHaveLength(3);
		expect(cy.getElementById('group:epci-200023414').empty()).toBe(true);
		expect(cy.nodes()).toHaveLength(6);
		expect(cy.edges()).toHaveLength(7);
		expect(cy.getElementById('commune-76178').position()).toEqual({ x: 42, y: 24 });
	});

	it('does not bring back edges to nodes removed while the group was folded', () => {
		const cy = epciGraph();
		const group = collapseMembers(cy, 'epci-200023414', words)!;
		cy.getElementById('renault').remove();
		expandGroup(cy, group.id());
		expect(cy.edges('.type-LOCATED_IN')).toHaveLength(0);
		expect(cy.nodes()).toHaveLength(5);
	});

	it('keeps folded members out of later expansions', () => {
		const cy = epciGraph();
		collapseMembers(cy, 'epci-200023414', words);
		mergePayload(cy, payload([node({ id: 'commune-76178', name: 'Cléon', kind: 'Commune' })], []), { skip: foldedIds(cy) });
		expect(cy.getElementById('commune-76178').empty()).toBe(true);
	});
});

describe('large sets folded on arrival', () => {
	/** A département whose expansion brought `communes` communes and three EPCI, all in it. */
	function departement(communes: number) {
		const cy = cytoscape({
			headless: true,
			elements: toElements(payload([node({ id: 'departement-99', name: 'Fictivie', kind: 'Department' })], []))
		});
		const ids = Array.from({ length: communes }, (_, index) => `commune-99${String(index).padStart(3, '0')}`);
		const epci = ['epci-1', 'epci-2', 'epci-3'];
		const incoming = payload(
			[
				node({ id: 'departement-99', name: 'Fictivie', kind: 'Department' }),
				...ids.map((id) => node({ id, name: id, kind: 'Commune' })),
				...epci.map((id) => node({ id, name: id, kind: 'EPCI' }))
			],
			[...ids, ...epci].map((id) => edge('IN', id, 'departement-99'))
		);
		const sets = largeSetsIn(incoming, 'departement-99');
		const { nodes } = mergePayload(cy, incoming);
		return { cy, incoming, sets, added: nodes };
	}

	it('folds a kind with more than LARGE_SET new members into a group of its own, and leaves the small kinds shown', () => {
		const { cy, sets, added } = departement(LARGE_SET + 1);
		expect([...sets.keys()]).toEqual(['Commune']);
		const groups = foldLargeSets(cy, 'departement-99', sets, added, words);
		expect(groups.map((group) => group.id())).toEqual([groupId('departement-99', 'Commune')]);
		expect(groups[0].data('label')).toBe(`${LARGE_SET + 1} Commune`);
		expect(cy.nodes('[kind = "Commune"]').not('.group')).toHaveLength(0);
		expect(cy.nodes('[kind = "EPCI"]')).toHaveLength(3);
		// Opened, every commune comes back.
		expect(expandGroup(cy, groups[0].id())).toHaveLength(LARGE_SET + 1);
	});

	it('folds nothing up to LARGE_SET, and leaves in place the members that were already in the view', () => {
		const small = departement(LARGE_SET);
		expect(small.sets.size).toBe(0);
		expect(foldLargeSets(small.cy, 'departement-99', small.sets, small.added, words)).toEqual([]);
		const { cy, sets, added } = departement(LARGE_SET + 1);
		const [group] = foldLargeSets(cy, 'departement-99', sets, added.not('#commune-99000'), words);
		expect(group.data('count')).toBe(LARGE_SET);
		expect(cy.getElementById('commune-99000').nonempty()).toBe(true);
	});

	it('tells from a payload, before it is drawn, what will be left once its large sets are folded', () => {
		const { incoming, sets } = departement(LARGE_SET + 1);
		const left = withoutLargeSets(incoming, sets);
		expect(left.nodes.map((each) => each.id)).toEqual(['departement-99', 'epci-1', 'epci-2', 'epci-3']);
		expect(left.edges).toHaveLength(3);
		// Around another anchor, nothing is folded.
		expect(largeSetsIn(incoming, 'epci-1').size).toBe(0);
		expect(withoutLargeSets(incoming, largeSetsIn(incoming, 'epci-1'))).toBe(incoming);
	});
});
