import { describe, expect, it } from 'vitest';
import { readDocument } from './read';
import { gazetteer, known, proposals } from './spec-fixtures';

describe('known entities', () => {
	it('are found by name or alias, whatever the accents, the case and the elision', () => {
		expect(known("Les membres de l’ECOSYSTEME IMAGINOR 4.0 et d'Imaginor 4.0 avec l'AGEX.")).toEqual([
			'cluster-imaginor',
			'cluster-imaginor',
			'agence-exemple'
		]);
	});

	it('take a commune named like a common word only after a place cue', () => {
		expect(known('Le Plan de relance est annoncé.')).toEqual([]);
		expect(known('Une usine est implantée à Plan depuis 2020.')).toEqual(['commune-plan']);
	});

	it('tell homonymous communes apart by the département the text speaks of, and leave them when it does not', () => {
		expect(known('Une usine est implantée à Valfictif.')).toEqual([]);
		expect(known('En Seine-Fictive, une usine est implantée à Valfictif.')).toEqual(['departement-76', 'commune-val-a']);
	});

	it('take a Territoire d’industrie of the current phase', () => {
		expect(known('Le Territoire d’industrie Vallée Fictive avance.')).toEqual(['ti-new']);
	});
});

describe('new organisations and people', () => {
	const reading = readDocument(
		[
			'La société Fictivia Composites, implantée à Plan, rejoint le cluster Exemplia Méca.',
			"L'association Imaginaire Entreprendre et la communauté de communes du Val d'Exemple signent une convention.",
			'Fictivia Tôlerie, filiale du groupe Fictivia, embauche. Le Centre d’essais des matériaux fictifs (CEMF) ouvre.',
			'Camille Imaginaire, présidente de Fictivia Composites, salue un projet de 2,4 millions d’euros.'
		].join('\n'),
		gazetteer
	);
	const added = reading.mentions.filter((mention) => mention.category === 'new');

	it('are found from their French cues, with a proposed kind', () => {
		expect(added.map((mention) => [mention.name, mention.kind])).toEqual(
			expect.arrayContaining([
				['Fictivia Composites', 'Company'],
				['Exemplia Méca', 'Cluster'],
				['Imaginaire Entreprendre', 'Association'],
				["Communauté de communes du Val d'Exemple", 'PublicBody'],
				['Fictivia Tôlerie', 'Company'],
				['Centre d’essais des matériaux fictifs (CEMF)', 'Support']
			])
		);
	});

	it('take « du » and « au » for the « le » of a cue, and never read a name across a line break', () => {
		const text = '« Il fallait se parler », note Lou Exemplaire, directrice du laboratoire Fictimat. Elle travaille au pôle Imaginalp.';
		const contracted = readDocument(text, gazetteer);
		expect(contracted.mentions.filter((mention) => mention.category === 'new').map((mention) => [mention.name, mention.kind])).toEqual([
			['Fictimat', 'Academic'],
			['Imaginalp', 'Cluster']
		]);
		expect(contracted.proposals).toContainEqual(
			expect.objectContaining({
				type: 'ROLE_AT',
				from: expect.objectContaining({ name: 'Lou Exemplaire' }),
				to: expect.objectContaining({ name: 'Fictimat' })
			})
		);
		// « ÉVALUATION DU PROJET », a heading, then a paragraph opening with « Dans »: no project « Dans ».
		const heading = readDocument('### ÉVALUATION DU PROJET\n\nDans les projets de ce type, la confiance compte.', gazetteer);
		expect(heading.mentions.filter((mention) => mention.kind === 'Project')).toEqual([]);
	});

	it('give a person in a public role, and the role', () => {
		expect(reading.mentions.filter((mention) => mention.category === 'person').map((mention) => mention.name)).toEqual([
			'Camille Imaginaire'
		]);
		expect(reading.proposals.find((proposal) => proposal.type === 'ROLE_AT')).toMatchObject({
			from: { name: 'Camille Imaginaire', kind: 'Person' },
			to: { name: 'Fictivia Composites' },
			properties: { role: 'head', title: 'présidente' }
		});
	});
});

describe('proposed relationships', () => {
	it('take their type and direction from the cue between the two names', () => {
		expect(proposals('L’Écosystème Imaginor 4.0, animé par la CCI Fictiville Métropole, grandit.')).toEqual([
			'ANIMATES cci-fictiville → cluster-imaginor'
		]);
		expect(proposals('La CCI Fictiville Métropole anime l’Écosystème Imaginor 4.0.')).toEqual([
			'ANIMATES cci-fictiville → cluster-imaginor'
		]);
	});

	it('carry a funding’s amount and year, and quote their sentence', () => {
		const text =
			'Intro.\nLa Boucle de chaleur fictive est financée par l’Agence Exemple de la transition à hauteur de 850 000 € en 2025. Autre phrase.';
		const [funding] = readDocument(text, gazetteer).proposals;
		expect(funding).toMatchObject({
			type: 'FUNDS',
			from: { entityId: 'agence-exemple' },
			to: { entityId: 'projet-boucle' },
			properties: { amountEur: 850_000, year: 2025 }
		});
		expect(text.slice(funding.start, funding.end)).toBe(funding.evidence);
		expect(funding.evidence).toMatch(/^La Boucle.*en 2025\.$/);
		expect(funding.confidence).toBeGreaterThan(0.5);
	});

	it('read funders named in the plural or behind « le soutien institutionnel de » as funding the project in sight', () => {
		const plural =
			'Le projet Boucle de chaleur fictive avance. L’Agence Exemple de la transition et la CCI Fictiville Métropole apportent un soutien financier.';
		expect(proposals(plural)).toEqual(
			expect.arrayContaining(['FUNDS agence-exemple → projet-boucle', 'FUNDS cci-fictiville → projet-boucle'])
		);
		const support =
			'La réussite du projet Boucle de chaleur fictive est collective. Le soutien institutionnel de l’AGEX et de l’AAP Fictivert garantit le financement nécessaire.';
		expect(proposals(support)).toContain('FUNDS agence-exemple → projet-boucle');
		// The cue before two names joined by « et » relates neither to the other.
		expect(proposals(support).filter((line) => line.includes('agence-exemple → aap-fictif'))).toEqual([]);
	});

	it('take « le nouvel atelier » for the project in sight whose name opens with « Atelier »', () => {
		const text =
			'Le projet Atelier Hydrogène vert du Pôle Fictiville démarre en mars. La CCI Fictiville Métropole pilote le nouvel atelier avec ses adhérents.';
		expect(proposals(text)).toContain('PARTICIPATES_IN cci-fictiville → atelier-fictif');
	});

	it('give a passive cue the subject of the sentence, not the agent of an apposition', () => {
		expect(proposals('La Boucle de chaleur fictive, portée par la CCI Fictiville Métropole, est financée par l’AGEX.')).toEqual([
			'PARTICIPATES_IN cci-fictiville → projet-boucle',
			'FUNDS agence-exemple → projet-boucle'
		]);
	});

	it('make a programme a laureate’s, not a funder', () => {
		expect(proposals('La Boucle de chaleur fictive, lauréate de l’AAP Fictivert, démarre.')).toEqual([
			'SELECTED_BY projet-boucle → aap-fictif'
		]);
	});

	it('follow « il » and « cette initiative » back to the name before', () => {
		expect(proposals('Voici l’Écosystème Imaginor 4.0. Il réunit la CCI Fictiville Métropole.')).toEqual([
			'MEMBER_OF cci-fictiville → cluster-imaginor'
		]);
		expect(proposals('La Boucle de chaleur fictive avance. Lauréate de l’AAP Fictivert, cette initiative démarre.')).toContain(
			'SELECTED_BY projet-boucle → aap-fictif'
		);
	});

	it('give a lower confidence to two names that only share a sentence', () => {
		const [guess] = readDocument('La CCI Fictiville Métropole a présenté la Boucle de chaleur fictive.', gazetteer).proposals;
		expect(guess).toMatchObject({ type: 'PARTICIPATES_IN', from: { entityId: 'cci-fictiville' } });
		expect(guess.confidence).toBeLessThan(0.5);
	});
});

describe('organisations listed in parentheses', () => {
	it('are parts of the organisation before them', () => {
		const reading = readDocument(
			'Les services de la CCI Fictiville Métropole (Agence Exemple de la transition, Écosystème Imaginor 4.0) déménagent.',
			gazetteer
		);
		expect(reading.proposals.map((proposal) => `${proposal.type} ${proposal.from.entityId} → ${proposal.to.entityId}`)).toEqual([
			'PART_OF agence-exemple → cci-fictiville',
			'PART_OF cluster-imaginor → cci-fictiville'
		]);
	});
});

describe('names without a cue', () => {
	it('are capitalised runs mid-sentence or acronyms, not headings in capitals nor sentence starts', () => {
		const reading = readDocument(
			'DIFFICULTÉS RENCONTRÉES\n\nCréé en 2017, le réseau accueille Fictiforge Issoire et IMAGINOR, mais pas les PME.',
			gazetteer
		);
		const uncued = reading.mentions.filter((mention) => mention.category === 'new').map((mention) => mention.name);
		expect(uncued).toEqual(['Fictiforge Issoire', 'IMAGINOR']);
		// A name after « à » is a place the graph lacks, not an organisation.
		expect(readDocument('Une usine est implantée à Villefictive-sur-Loire.', gazetteer).mentions).toEqual([]);
		// Found without a cue, they are related only where a cue says how.
		expect(reading.proposals).toEqual([]);
	});
});

describe('projects described rather than named, and labelled parts', () => {
	it('take a project a sentence describes with nine in ten of its distinctive words', () => {
		expect(known('Le Pôle Fictiville a organisé un atelier consacré à l’hydrogène vert.')).toContain('atelier-fictif');
		expect(known('Un atelier consacré à l’hydrogène a eu lieu.')).not.toContain('atelier-fictif');
	});

	it('relate the names under « Partenaires : » or a « Financement » heading to the project', () => {
		const text = [
			'# La Boucle de chaleur fictive',
			'',
			'La Boucle de chaleur fictive démarre en 2026.',
			'',
			'Partenaires : la CCI Fictiville Métropole.',
			'',
			'## Financement',
			'',
			'L’Agence Exemple de la transition, à hauteur de 850 000 €.'
		].join('\n');
		expect(proposals(text)).toEqual(
			expect.arrayContaining(['PARTICIPATES_IN cci-fictiville → projet-boucle', 'FUNDS agence-exemple → projet-boucle'])
		);
	});
});
