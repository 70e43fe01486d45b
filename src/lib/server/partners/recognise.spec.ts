import { describe, expect, it } from 'vitest';
import { communes, places, vocabulary } from '../../../../tests/support/fixtures/partners-vocabulary';
import { buildPlaceIndex, buildThemeIndex, communePhrases, communeQuery, findPlaces, findThemes } from './recognise';

const themeIndex = buildThemeIndex(vocabulary);
const placeIndex = buildPlaceIndex(places);
const themesIn = (text: string) => findThemes(text, themeIndex).map((theme) => theme.id);
const placesIn = (text: string) => findPlaces(text, placeIndex, communes).map((place) => place.id);

describe('recognising themes', () => {
	it('reads "réutilisation de l’eau industrielle" as water reuse, not as water management', () => {
		const found = findThemes('Un projet de réutilisation de l’eau industrielle', themeIndex);
		expect(found.map((theme) => theme.id)).toEqual(['reutilisation-des-eaux']);
		expect(found[0]).toMatchObject({ kind: 'Theme', name: 'Réutilisation des eaux', matched: ['réutilisation de l’eau'] });
	});

	it('finds a theme written without accents, in the plural or in another form', () => {
		expect(themesIn('hydrogene vert pour les industriels')).toContain('hydrogene');
		expect(themesIn('des zones industrielles décarbonées')).toEqual(expect.arrayContaining(['zones-d-activites', 'decarbonation']));
		expect(themesIn('Recyclage des matériaux composites pour la filière nautique')).toEqual(
			expect.arrayContaining(['recyclage-plastiques-composites', 'filiere-nautique-navale'])
		);
	});

	it('reads no theme in words too general to name one: « filière », « projet », « étude », « territoire »', () => {
		expect(themesIn('Étude d’opportunité pour un projet porté par une intercommunalité, pour la filière et le territoire')).toEqual([]);
		// With a word of its own, the sector still is one.
		expect(themesIn('la filière nautique')).toEqual(['filiere-nautique-navale']);
	});

	it('reads an energy project in the adjective, « efficacité énergétique » staying its own theme', () => {
		expect(themesIn('Étude d’opportunité pour un projet énergétique porté par une intercommunalité Territoire d’industrie')).toEqual([
			'filiere-energie'
		]);
		expect(themesIn('l’efficacité énergétique des procédés')).toEqual(['efficacite-energetique']);
	});

	it('takes the longest phrase: "gestion durable des ressources en eau" is water management, once', () => {
		const found = findThemes('la gestion durable des ressources en eau', themeIndex);
		expect(found).toEqual([expect.objectContaining({ id: 'gestion-de-l-eau', matched: ['gestion durable des ressources en eau'] })]);
	});

	it('matches acronyms only as written', () => {
		expect(themesIn('un acteur de l’ESS')).toContain('economie-sociale-et-solidaire');
		expect(themesIn('une ess')).not.toContain('economie-sociale-et-solidaire');
		expect(themesIn('de l’IA pour la maintenance')).toContain('intelligence-artificielle');
		expect(themesIn('Électrolyseurs et H2')).toContain('hydrogene');
	});

	it('finds nothing in a text about nothing it knows', () => {
		expect(themesIn('Bonjour, nous cherchons quelqu’un.')).toEqual([]);
	});
});

describe('recognising places', () => {
	it('finds a région by its name, hyphens and accents aside', () => {
		expect(placesIn('Recyclage des composites en Nouvelle-Aquitaine')).toEqual(['region-75']);
		expect(placesIn('un projet en nouvelle aquitaine')).toEqual(['region-75']);
		expect(placesIn('dans les Côtes d’Armor')).toEqual(['departement-22']);
	});

	it('wants a capital for a one-word name: "somme" and "nord" are words, "Somme" and "Nord" places', () => {
		expect(placesIn('une somme de deux millions au nord')).toEqual([]);
		expect(placesIn('des entreprises de la Somme et du Nord')).toEqual(['departement-80', 'departement-59']);
	});

	it('prefers the région to a commune of the same name', () => {
		expect(placesIn('un cluster en Bretagne')).toEqual(['region-53']);
	});

	it('does not take "Mer" in "Terre & Mer" nor "la mer" for the commune of Mer', () => {
		expect(placesIn('Le cluster Terre & Mer travaille sur la mer')).toEqual([]);
	});

	it('reads an EPCI by the core of its name, before the territory of the first phase', () => {
		expect(placesIn('avec Lamballe Terre et Mer')).toEqual(['epci-200069391']);
		expect(placesIn('avec la CA Lamballe Terre et Mer')).toEqual(['epci-200069391']);
		expect(placesIn('à Baie d’Armor Industrie')).toEqual(['ti-2023-2027-5301']);
	});

	it('reads "Lyon" as the commune and "Métropole de Lyon" as the EPCI', () => {
		expect(placesIn('des industriels à Lyon')).toEqual(['commune-69123']);
		expect(placesIn('avec la Métropole de Lyon')).toEqual(['epci-200046977']);
	});

	it('tells apart communes of the same name by the département the text names, else keeps the most populated', () => {
		expect(placesIn('à Vienne')).toEqual(['commune-38544']);
		const found = findPlaces(
			'à Vienne, dans l’Ain',
			buildPlaceIndex([...places, { id: 'departement-01', name: 'Ain', aliases: [], labels: ['Department'] }]),
			communes
		);
		expect(found.map((place) => place.id)).toEqual(['commune-01001', 'departement-01']);
	});

	it('skips a one-word commune name that opens a sentence', () => {
		expect(placesIn('Grenoble accueille le projet')).toEqual([]);
		expect(placesIn('Le projet est à Grenoble')).toEqual(['commune-38185']);
	});

	it('gives the words that named each place', () => {
		expect(findPlaces('Projet à Saint-Pierre-d’Oléron.', placeIndex, communes)).toEqual([
			{ id: 'commune-17323', name: "Saint-Pierre-d'Oléron", kind: 'Commune', matched: ['Saint-Pierre-d’Oléron'] }
		]);
	});
});

describe('the full-text query for communes', () => {
	it('asks for capitalised phrases, apostrophes kept as the index reads them', () => {
		expect(communePhrases('Un atelier à Saint-Pierre-d’Oléron')).toContain("saint pierre d'oleron");
		expect(communePhrases('Le cluster Terre & Mer')).not.toContain('mer');
	});

	it('has nothing to ask when no word takes a capital, and quotes every phrase', () => {
		expect(communeQuery('rien en minuscules')).toBeNull();
		expect(communeQuery('à Cléon et à Grenoble')).toBe('"cleon" OR "grenoble"');
	});
});
