import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { setClass } from './classes';
import { toElements } from './elements';
import { cleonNeighbourhood } from '../../../tests/support/fixtures/graph-payloads';

describe('setClass', () => {
	it('gives the class to the chosen elements and takes it from the others', () => {
		const cy = cytoscape({ headless: true, elements: toElements(cleonNeighbourhood()) });
		cy.getElementById('ademe').addClass('muted');
		expect(setClass(cy.nodes(), 'muted', (node) => node.data('kind') === 'Commune')).toBe(2);
		expect(cy.nodes('.muted').map((node) => node.id())).toEqual(['commune-76178']);
	});

	it('leaves alone what is already as asked, so Cytoscape restyles nothing', () => {
		const cy = cytoscape({ headless: true, elements: toElements(cleonNeighbourhood()) });
		setClass(cy.elements(), 'faded', (element) => element.isEdge());
		let restyled = 0;
		cy.on('class', () => void restyled++);
		expect(setClass(cy.elements(), 'faded', (element) => element.isEdge())).toBe(0);
		expect(setClass(cy.nodes(), 'labelled', () => false)).toBe(0);
		expect(restyled).toBe(0);
	});
});
