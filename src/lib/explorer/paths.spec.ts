import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { pathsPayloadSchema } from '$lib/domain/graph';
import { translator } from '$lib/i18n/translator';
import { edge, node } from '../../../tests/support/fixtures/graph-payloads';
import { toElements } from '$lib/graph-view/elements';
import { highlight, pathsPayload, pathSentence, pathSteps } from './paths';

const tenerrdis = node({ id: 'tenerrdis', name: 'Tenerrdis', kind: 'Cluster' });
const project = node({ id: 'autoconsommation-collective-bievre-isere', name: 'Autoconsommation collective Bièvre Isère', kind: 'Project' });
const evian = node({ id: 'ti-2023-2027-8411', name: "Pays d'Evian", kind: 'Territory' });
const path = pathsPayloadSchema.parse({
	truncated: false,
	paths: [
		{
			nodes: [tenerrdis, project, evian],
			edges: [edge('PARTICIPATES_IN', 'tenerrdis', project.id), edge('REPLICATED_IN', project.id, evian.id)]
		},
		{
			nodes: [evian, project, tenerrdis],
			edges: [edge('REPLICATED_IN', project.id, evian.id), edge('PARTICIPATES_IN', 'tenerrdis', project.id)]
		}
	]
});

describe('pathSteps', () => {
	it('reads each relationship in the direction it points', () => {
		expect(pathSteps(path.paths[0]).map((step) => step.direction)).toEqual(['out', 'out']);
		expect(pathSteps(path.paths[1]).map((step) => step.direction)).toEqual(['in', 'in']);
	});

	it('finds the relationship joining two nodes even when the edges come in another order', () => {
		const shuffled = { ...path.paths[0], edges: [...path.paths[0].edges].reverse() };
		expect(pathSteps(shuffled).map((step) => step.edge.type)).toEqual(['PARTICIPATES_IN', 'REPLICATED_IN']);
	});
});

describe('pathSentence', () => {
	it('tells a path as a French sentence with the words of each direction', () => {
		expect(pathSentence(path.paths[0], translator('fr'))).toBe(
			"Tenerrdis — participe à → Autoconsommation collective Bièvre Isère — répliqué dans → Pays d'Evian"
		);
		expect(pathSentence(path.paths[1], translator('fr'))).toBe(
			"Pays d'Evian — accueille la réplication de → Autoconsommation collective Bièvre Isère — a pour participant → Tenerrdis"
		);
	});

	it('tells it in English too', () => {
		expect(pathSentence(path.paths[0], translator('en'))).toMatch(/^Tenerrdis — \S.* → Autoconsommation/);
		expect(pathSentence(path.paths[0], translator('en'))).not.toContain('relationship.');
	});
});

describe('pathsPayload', () => {
	it('draws every node and edge of the paths once', () => {
		const drawn = pathsPayload(path);
		expect(drawn.nodes.map((each) => each.id)).toEqual(['tenerrdis', project.id, evian.id]);
		expect(drawn.edges).toHaveLength(2);
	});
});

describe('highlight', () => {
	it('highlights the path and mutes the rest, then clears both', () => {
		const cy = cytoscape({ headless: true, elements: toElements(pathsPayload(path)) });
		cy.add({ group: 'nodes', data: { id: 'elsewhere' } });
		highlight(cy, ['tenerrdis', 'PARTICIPATES_IN:tenerrdis->autoconsommation-collective-bievre-isere']);
		expect(cy.getElementById('tenerrdis').hasClass('highlighted')).toBe(true);
		expect(cy.getElementById('elsewhere').hasClass('muted')).toBe(true);
		highlight(cy, []);
		expect(cy.elements('.highlighted, .muted')).toHaveLength(0);
	});
});
