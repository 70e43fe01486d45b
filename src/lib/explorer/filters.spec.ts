import { readFileSync } from 'node:fs';
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { nodeElement, toElements, type EdgeData, type NodeData } from '$lib/graph-view/elements';
import { isFiltering, noFilters, type ViewFilters } from '$lib/domain/view';
import { addressedThemes, applyFilters, edgeMatches, nodeMatches, regionCodes } from './filters';
import { cleonNeighbourhood, edge, node, payload } from '../../../tests/support/fixtures/graph-payloads';
import type { OutlineCollection } from '$lib/graph-view/projection';

const outlines = JSON.parse(readFileSync('static/geo/regions.json', 'utf8')) as OutlineCollection;
const filters = (change: Partial<ViewFilters>): ViewFilters => ({ ...noFilters, ...change });
const data = (input: Parameters<typeof node>[0]) => nodeElement(node(input)).data as NodeData;

describe('nodeMatches', () => {
	const project = data({ id: 'dkarbonation', name: 'DKarbonation', kind: 'Project', status: 'ongoing', startYear: 2021, endYear: 2024 });
	const territory = data({ id: 'ti-2023-2027-8411', name: "Pays d'Evian", kind: 'Territory', phase: '2023-2027' });
	const company = data({ id: 'sokoa', name: 'Sokoa', kind: 'Company' });

	it('lets everything through when nothing is filtered', () => {
		expect(isFiltering(noFilters)).toBe(false);
		for (const each of [project, territory, company]) expect(nodeMatches(each, noFilters)).toBe(true);
	});

	it('leaves out hidden kinds', () => {
		expect(nodeMatches(company, filters({ kinds: ['Company'] }))).toBe(false);
		expect(nodeMatches(project, filters({ kinds: ['Company'] }))).toBe(true);
	});

	it('filters territories by phase and projects by status, and nothing else by them', () => {
		expect(nodeMatches(territory, filters({ phase: '2019-2022' }))).toBe(false);
		expect(nodeMatches(territory, filters({ phase: '2023-2027' }))).toBe(true);
		expect(nodeMatches(project, filters({ status: ['completed'] }))).toBe(false);
		expect(nodeMatches(project, filters({ status: ['ongoing', 'completed'] }))).toBe(true);
		expect(nodeMatches(company, filters({ phase: '2019-2022', status: ['completed'] }))).toBe(true);
		expect(nodeMatches(data({ id: 'p', name: 'P', kind: 'Project' }), filters({ status: ['unknown'] }))).toBe(true);
	});

	it('keeps projects whose years overlap the range', () => {
		expect(nodeMatches(project, filters({ years: [2024, 2030] }))).toBe(true);
		expect(nodeMatches(project, filters({ years: [2025, 2030] }))).toBe(false);
		expect(nodeMatches(project, filters({ years: [2010, 2020] }))).toBe(false);
		expect(nodeMatches(company, filters({ years: [2025, 2030] }))).toBe(true);
	});

	it('keeps, for a theme filter, the chosen themes and what addresses them', () => {
		const state = filters({ themes: ['hydrogene'] });
		expect(nodeMatches(company, state, { themes: new Set(['hydrogene', 'decarbonation']) })).toBe(true);
		expect(nodeMatches(company, state, { themes: new Set(['decarbonation']) })).toBe(false);
		expect(nodeMatches(data({ id: 'hydrogene', name: 'Hydrogène', kind: 'Theme' }), state)).toBe(true);
	});

	it('lets everything through for a criterion with an empty list (a hand-written link may carry one)', () => {
		for (const each of [project, territory, company]) expect(nodeMatches(each, filters({ kinds: [], themes: [], status: [] }))).toBe(true);
	});

	it('keeps, for a région filter, what lies there and what has no place at all', () => {
		const state = filters({ region: '84' });
		expect(nodeMatches(territory, state, { themes: new Set(), region: '84' })).toBe(true);
		expect(nodeMatches(company, state, { themes: new Set(), region: '75' })).toBe(false);
		expect(nodeMatches(company, state)).toBe(false);
		expect(nodeMatches(data({ id: 'hydrogene', name: 'Hydrogène', kind: 'Theme' }), state)).toBe(true);
	});
});

describe('edgeMatches', () => {
	const funds = { type: 'FUNDS', year: 2022 } as EdgeData;
	it('leaves out hidden types and fundings outside the years', () => {
		expect(edgeMatches(funds, noFilters)).toBe(true);
		expect(edgeMatches(funds, filters({ types: ['FUNDS'] }))).toBe(false);
		expect(edgeMatches(funds, filters({ years: [2023, 2025] }))).toBe(false);
		expect(edgeMatches({ type: 'IN' } as EdgeData, filters({ years: [2023, 2025] }))).toBe(true);
	});
});

describe('applyFilters', () => {
	it('fades what does not pass, with the edges of faded nodes, and counts per kind and type', () => {
		const cy = cytoscape({ headless: true, elements: toElements(cleonNeighbourhood()) });
		const all = applyFilters(cy, noFilters);
		expect(all).toMatchObject({ nodes: 7, edges: 6, totalNodes: 7, totalEdges: 6 });
		const counts = applyFilters(cy, filters({ kinds: ['Commune'] }));
		expect(counts).toMatchObject({ nodes: 6, edges: 4, totalNodes: 7, totalEdges: 6 });
		expect(counts.kinds.Commune).toEqual({ shown: 0, total: 1 });
		expect(counts.types.IN).toEqual({ shown: 1, total: 2 });
		expect(cy.getElementById('commune-76178').hasClass('faded')).toBe(true);
		expect(cy.getElementById('LOCATED_IN:ecosystem-cleon-4-0->commune-76178').hasClass('faded')).toBe(true);
		expect(cy.getElementById('region-28').hasClass('faded')).toBe(false);
	});

	it('hides instead of fading in hide mode, and clears both when filters are lifted', () => {
		const cy = cytoscape({ headless: true, elements: toElements(cleonNeighbourhood()) });
		applyFilters(cy, filters({ types: ['FUNDS'], mode: 'hide' }));
		expect(cy.getElementById('FUNDS:ademe->ecosystem-cleon-4-0').hasClass('filtered')).toBe(true);
		applyFilters(cy, noFilters);
		expect(cy.elements('.filtered, .faded')).toHaveLength(0);
	});

	it('restyles nothing when applied again with the same filters', () => {
		const cy = cytoscape({ headless: true, elements: toElements(cleonNeighbourhood()) });
		applyFilters(cy, filters({ kinds: ['Commune'] }));
		let restyled = 0;
		cy.on('class', () => void restyled++);
		applyFilters(cy, filters({ kinds: ['Commune'] }));
		expect(restyled).toBe(0);
		expect(cy.elements('.faded')).toHaveLength(3);
	});

	it('does not count what a person hid', () => {
		const cy = cytoscape({ headless: true, elements: toElements(cleonNeighbourhood()) });
		cy.getElementById('ademe').addClass('hidden');
		expect(applyFilters(cy, noFilters)).toMatchObject({ nodes: 6, totalNodes: 6, edges: 5, totalEdges: 5 });
	});

	it('filters by région with the codes it is given', () => {
		const cy = cytoscape({ headless: true, elements: toElements(cleonNeighbourhood()) });
		const counts = applyFilters(cy, filters({ region: '28' }), regionCodes(cy, outlines));
		// Everything here lies in Normandie but the ADEME: a funder does not borrow the place of what it funds.
		expect(cy.getElementById('ademe').hasClass('faded')).toBe(true);
		expect(cy.getElementById('decarbonation').hasClass('faded')).toBe(false);
		expect(counts.nodes).toBe(6);
		expect(applyFilters(cy, filters({ region: '84' }), regionCodes(cy, outlines)).nodes).toBe(1);
	});
});

describe('addressedThemes and regionCodes', () => {
	it('lists the themes each node addresses', () => {
		const cy = cytoscape({ headless: true, elements: toElements(cleonNeighbourhood()) });
		expect([...(addressedThemes(cy).get('ecosystem-cleon-4-0') ?? [])]).toEqual(['decarbonation']);
	});

	it('tells the région from ids, coordinates, and the place a node borrows', () => {
		const cy = cytoscape({
			headless: true,
			elements: toElements(
				payload(
					[
						node({ id: 'ti-2023-2027-8411', name: "Pays d'Evian", kind: 'Territory' }),
						node({ id: 'commune-38185', name: 'Grenoble', kind: 'Commune', lat: 45.18, lon: 5.72 }),
						node({ id: 'tenerrdis', name: 'Tenerrdis', kind: 'Cluster' }),
						node({ id: 'hydrogene', name: 'Hydrogène', kind: 'Theme' })
					],
					[edge('LOCATED_IN', 'tenerrdis', 'commune-38185'), edge('ADDRESSES', 'tenerrdis', 'hydrogene')]
				)
			)
		});
		const codes = regionCodes(cy, outlines);
		expect(Object.fromEntries(codes)).toEqual({ 'ti-2023-2027-8411': '84', 'commune-38185': '84', tenerrdis: '84' });
	});
});
