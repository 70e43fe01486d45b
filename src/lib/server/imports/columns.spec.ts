import { describe, expect, it } from 'vitest';
import { columnLetter, findHeaderLine, guessField, headersOf, mapColumns } from './columns';

describe('a spreadsheet’s columns', () => {
	it('are guessed from French headers, by preset', () => {
		expect(guessField('Raison sociale', 'membres')).toBe('actor.name');
		expect(guessField('N° SIRET', 'membres')).toBe('actor.siret');
		expect(guessField('Code postal', 'acteurs')).toBe('place.postalCode');
		expect(guessField('Département', 'acteurs')).toBe('place.departement');
		expect(guessField('Partenaire', 'projets')).toBe('actor.name');
		expect(guessField('Bénéficiaire', 'financements')).toBe('actor.name');
		expect(guessField('Montant (€)', 'financements')).toBe('funding.amount');
		expect(guessField('Budget (€)', 'projets')).toBe('project.budget');
		// A funding's amount means nothing in a member list.
		expect(guessField('Montant (€)', 'membres')).toBeNull();
		expect(guessField('Contact', 'membres')).toBeNull();
		expect(guessField('Effectif', 'membres')).toBeNull();
	});

	it('start at the header line, below a title and a group header', () => {
		const lines = [
			{ row: 1, cells: ['Adhérents 2026', '', '', ''] },
			{ row: 2, cells: ['Identification', 'Identification', 'Localisation', 'Localisation'] },
			{ row: 3, cells: ['Raison sociale', 'SIRET', 'Code postal', 'Commune'] },
			{ row: 4, cells: ['Fictive SAS', '55210055400014', '38000', 'Grenoble'] }
		];
		expect(findHeaderLine(lines)).toBe(2);
	});

	it('are named uniquely, never empty, and mapped by hand over the guess', () => {
		expect(headersOf(['Commune', '', 'Commune'], 4)).toEqual(['Commune', 'Colonne B', 'Commune (2)', 'Colonne D']);
		expect(columnLetter(0)).toBe('A');
		expect(columnLetter(27)).toBe('AB');
		const headers = ['Nom', 'Ville', 'Commune', 'Notes'];
		expect(mapColumns(headers, 'acteurs')).toEqual(['actor.name', 'place.commune', null, null]);
		expect(
			mapColumns(headers, 'acteurs', [
				{ column: 'Ville', field: null },
				{ column: 'Notes', field: 'actor.description' }
			])
		).toEqual(['actor.name', null, 'place.commune', 'actor.description']);
	});
});
