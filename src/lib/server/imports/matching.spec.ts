import { describe, expect, it } from 'vitest';
import { matchActor, nameKey, similarity, type Candidate } from './matching';

const actor = (id: string, name: string, extra: Partial<Candidate> = {}): Candidate => ({
	id,
	name,
	aliases: [],
	communes: [],
	departements: [],
	...extra
});

/** Fictitious actors: two namesakes in different départements, one with identifiers. */
const graph = [
	actor('forges-fictives', 'Forges Fictives', {
		siren: '732829320',
		siret: '73282932000074',
		communes: ['commune-76540'],
		departements: ['76']
	}),
	actor('atelier-du-test-76', 'Atelier du Test', { departements: ['76'] }),
	actor('atelier-du-test-38', 'Atelier du Test', { departements: ['38'] }),
	actor('mecanique-imaginaire', 'Mécanique Imaginaire', { aliases: ['MI Groupe'] })
];

describe('a name as compared', () => {
	it('sets aside legal forms, accents, case, punctuation and a leading article', () => {
		expect(nameKey('Groupe FORGES FICTIVES S.A.S.')).toBe('forges fictives');
		expect(nameKey('Les Forges fictives, SARL')).toBe('forges fictives');
		expect(nameKey('Société Mécanique & Imaginaire')).toBe('mecanique et imaginaire');
		expect(nameKey('SAS')).toBe('');
	});

	it('scores close names high and different ones low', () => {
		expect(similarity('forges fictives', 'forges fictive')).toBeGreaterThan(0.9);
		expect(similarity('forges fictives', 'atelier du test')).toBeLessThan(0.3);
	});
});

describe('recognising an organisation of a spreadsheet', () => {
	it('by its SIRET, then its SIREN, whatever the name says', () => {
		expect(matchActor({ name: 'Nom tout autre', siret: '73282932000074' }, graph)).toMatchObject({
			outcome: 'found',
			id: 'forges-fictives',
			reason: 'siret'
		});
		expect(matchActor({ name: 'Nom tout autre', siret: '73282932000082' }, graph)).toMatchObject({ outcome: 'found', reason: 'siren' });
		expect(matchActor({ name: 'X', siren: '732829320' }, graph)).toMatchObject({ outcome: 'found', id: 'forges-fictives' });
	});

	it('by the same name written three ways', () => {
		for (const name of ['FORGES FICTIVES', 'Forges Fictives SAS', 'Groupe Forges Fictives']) {
			expect(matchActor({ name }, graph)).toMatchObject({ outcome: 'found', id: 'forges-fictives', reason: 'name' });
		}
		expect(matchActor({ name: 'mi groupe' }, graph)).toMatchObject({ outcome: 'found', id: 'mecanique-imaginaire' });
	});

	it('tells namesakes apart by their place, and offers the choice when the place does not decide', () => {
		expect(matchActor({ name: 'Atelier du Test', departement: '38' }, graph)).toMatchObject({
			outcome: 'found',
			id: 'atelier-du-test-38',
			reason: 'name-and-place'
		});
		const unsure = matchActor({ name: 'Atelier du Test', departement: '13' }, graph);
		expect(unsure.outcome).toBe('ambiguous');
	});

	it('offers a close name with its score, and calls anything else new', () => {
		expect(matchActor({ name: 'Forge Fictives' }, graph)).toMatchObject({ outcome: 'found', id: 'forges-fictives', reason: 'close-name' });
		expect(matchActor({ name: 'Usine Inventée' }, graph)).toEqual({ outcome: 'new' });
		expect(matchActor({ name: 'SARL' }, graph)).toEqual({ outcome: 'new' });
	});

	it('never takes for one another two organisations whose SIREN or whose numbers differ', () => {
		// The same name with another SIREN: another company.
		expect(matchActor({ name: 'Forges Fictives', siren: '552100554' }, graph)).toEqual({ outcome: 'new' });
		const numbered = [
			{ id: 'lycee-fictif-2', name: 'Lycée Fictif 2', aliases: [], communes: [], departements: [] },
			{ id: 'entreprise-fictive-12', name: 'Entreprise Fictive Numéro 12', aliases: [], communes: [], departements: [] }
		];
		expect(matchActor({ name: 'Lycée Fictif 3' }, numbered)).toEqual({ outcome: 'new' });
		expect(matchActor({ name: 'Entreprise Fictive Numéro 13' }, numbered)).toEqual({ outcome: 'new' });
		expect(matchActor({ name: 'Entreprise Fictive Numero 12' }, numbered)).toMatchObject({ outcome: 'found', id: 'entreprise-fictive-12' });
	});
});
