import { describe, expect, it } from 'vitest';
import { buildGazetteer, type GazetteerEntry } from './gazetteer';
import { readDocument } from './read';

/** An invented graph: every name is fictitious, the kinds and départements are those the reader uses. */
const entries: GazetteerEntry[] = [
	{ id: 'cluster-imaginor', name: 'Écosystème Imaginor 4.0', aliases: ['Imaginor 4.0'], kind: 'Cluster' },
	{ id: 'cci-fictiville', name: 'CCI Fictiville Métropole', aliases: [], kind: 'Support' },
	{ id: 'agence-exemple', name: 'Agence Exemple de la transition', aliases: ['AGEX'], kind: 'PublicBody', funder: true },
	{ id: 'aap-fictif', name: 'Appel à projets Fictivert', aliases: ['AAP Fictivert'], kind: 'Programme' },
	{ id: 'projet-boucle', name: 'Boucle de chaleur fictive', aliases: [], kind: 'Project' },
	{ id: 'atelier-fictif', name: 'Atelier Hydrogène vert du Pôle Fictiville', aliases: [], kind: 'Project' },
	{ id: 'commune-plan', name: 'Plan', aliases: [], kind: 'Commune', departement: '38' },
	{ id: 'commune-val-a', name: 'Valfictif', aliases: [], kind: 'Commune', departement: '76' },
	{ id: 'commune-val-b', name: 'Valfictif', aliases: [], kind: 'Commune', departement: '27' },
	{ id: 'departement-76', name: 'Seine-Fictive', aliases: [], kind: 'Department', departement: '76' },
	{ id: 'ti-old', name: 'Vallée Fictive', aliases: [], kind: 'Territory', phase: '2019-2022' },
	{ id: 'ti-new', name: 'Vallée Fictive', aliases: [], kind: 'Territory', phase: '2023-2027' }
];
const gazetteer = buildGazetteer(entries);

const known = (text: string) =>
	readDocument(text, gazetteer)
		.mentions.filter((mention) => mention.category === 'known')
		.map((mention) => mention.entityId);
const proposals = (text: string) =>
	readDocument(text, gazetteer).proposals.map(
		(proposal) => `${proposal.type} ${proposal.from.entityId ?? proposal.from.name} → ${proposal.to.entityId ?? proposal.to.name}`
	);

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

	it('take the project a heading names (« Action 2 : … ») for the labelled lines below it', () => {
		const text = [
			'Action 2 : Atelier fictif de Seine-Fictive',
			'',
			'Porteur : CCI Fictiville Métropole',
			'',
			'Financement : Agence Exemple de la transition (40 000 €)'
		].join('\n');
		const reading = readDocument(text, gazetteer);
		expect(reading.mentions.find((mention) => mention.kind === 'Project')?.name).toBe('Atelier fictif de Seine-Fictive');
		// The commune inside the project's name is no place of its own.
		expect(reading.mentions.some((mention) => mention.kind === 'Department')).toBe(false);
		expect(proposals(text)).toEqual(
			expect.arrayContaining([
				'PARTICIPATES_IN cci-fictiville → Atelier fictif de Seine-Fictive',
				'FUNDS agence-exemple → Atelier fictif de Seine-Fictive'
			])
		);
		// « Action collective des entreprises » is a phrase, not « Action : name ».
		expect(readDocument('Action collective des entreprises de Valfictif', gazetteer).mentions.some((m) => m.kind === 'Project')).toBe(
			false
		);
	});

	it('read « l’entreprise » followed by a name as that name’s cue, not as the company named before', () => {
		const text = 'La société Exemplia Forge rejoint la CCI Fictiville Métropole. L’entreprise Fictivia Usinage, implantée à Plan, recrute.';
		expect(proposals(text)).toContain('LOCATED_IN Fictivia Usinage → commune-plan');
		expect(proposals(text)).not.toContain('LOCATED_IN Exemplia Forge → commune-plan');
	});

	it('take an unnamed « projet » for the project its part names most often, even further down', () => {
		const text = [
			'# Une coopération dans la vallée',
			'',
			'## Acteurs',
			'',
			'La CCI Fictiville Métropole participe activement au projet.',
			'',
			'## Objectifs',
			'',
			'La Boucle de chaleur fictive démarre en 2026. La Boucle de chaleur fictive chauffera quarante ateliers.'
		].join('\n');
		expect(proposals(text)).toContain('PARTICIPATES_IN cci-fictiville → projet-boucle');
		// Named once only, a project is not what the part is about.
		expect(proposals(text.replace(' La Boucle de chaleur fictive chauffera quarante ateliers.', ''))).not.toContain(
			'PARTICIPATES_IN cci-fictiville → projet-boucle'
		);
	});

	it('keep a place that closes a cued organisation’s name inside that name, there and further on', () => {
		const text =
			'Le cluster Exemplia Méca Seine-Fictive est animé par la CCI Fictiville Métropole. Exemplia Méca Seine-Fictive compte 40 membres.';
		const reading = readDocument(text, gazetteer);
		expect(reading.mentions.filter((mention) => mention.name === 'Exemplia Méca Seine-Fictive')).toHaveLength(2);
		expect(reading.mentions.some((mention) => mention.entityId === 'departement-76')).toBe(false);
		expect(proposals(text)).toContain('ANIMATES cci-fictiville → Exemplia Méca Seine-Fictive');
		// A place named on its own stays one: « implanté en Seine-Fictive ».
		expect(known('Le cluster Exemplia Méca est implanté en Seine-Fictive.')).toContain('departement-76');
	});

	it('take after « Territoire d’industrie » the Territoire sharing the most words with the name written, misspelt or not', () => {
		const territories = buildGazetteer([
			{ id: 'ti-roche-old', name: 'Rochefictive', aliases: [], kind: 'Territory', phase: '2019-2022' },
			{ id: 'ti-roche-new', name: 'Rochefictive Royanne Marennes Oléronne', aliases: [], kind: 'Territory', phase: '2023-2027' }
		]);
		const ids = (text: string) => readDocument(text, territories).mentions.map((mention) => mention.entityId);
		expect(ids('Le Territoire d’industrie Rochefictive Royanne Marenne Oléronne signe une convention.')).toEqual(['ti-roche-new']);
		// One word of four is not enough to take the longer name.
		expect(ids('Le Territoire d’industrie Rochefictive a signé.')).toEqual(['ti-roche-old']);
	});

	it('give « il » a masculine antecedent: the cluster, not the communauté d’agglomération before it', () => {
		const withEpci = buildGazetteer([
			...entries,
			{ id: 'epci-fictiville', name: 'CA Fictiville Agglomération', aliases: ['Fictiville Agglomération'], kind: 'EPCI', institution: true }
		]);
		const text =
			'Fictiville Agglomération a créé un cluster territorial, Écosystème Imaginor 4.0. Il regroupe la CCI Fictiville Métropole et des laboratoires.';
		const read = readDocument(text, withEpci).proposals.map((p) => `${p.type} ${p.from.entityId} → ${p.to.entityId}`);
		expect(read).toContain('MEMBER_OF cci-fictiville → cluster-imaginor');
		expect(read).not.toContain('MEMBER_OF cci-fictiville → epci-fictiville');
	});

	it('give the actions an action plan’s headings name to the actor its title block names', () => {
		const text = [
			'Plan d’actions de la CCI Fictiville Métropole',
			'Version de travail',
			'',
			'Action 1 : Atelier fictif du recyclage',
			'',
			'Porteur : Écosystème Imaginor 4.0'
		].join('\n');
		expect(proposals(text)).toEqual(
			expect.arrayContaining([
				'PARTICIPATES_IN cci-fictiville → Atelier fictif du recyclage',
				'PARTICIPATES_IN cluster-imaginor → Atelier fictif du recyclage'
			])
		);
	});

	it('take an unnamed « le territoire d’industrie » for the one its part names most often', () => {
		const text = [
			'# Une coopération',
			'',
			'Le Territoire d’industrie Vallée Fictive compte 40 communes. Le Territoire d’industrie Vallée Fictive recrute.',
			'',
			'La CCI Fictiville Métropole anime le territoire d’industrie depuis 2020.'
		].join('\n');
		expect(proposals(text)).toContain('ANIMATES cci-fictiville → ti-new');
		// « cheffe de projet » names no project.
		expect(
			proposals(
				'La Boucle de chaleur fictive démarre. La Boucle de chaleur fictive chauffe. La CCI Fictiville Métropole recrute une cheffe de projet.'
			)
		).not.toContain('PARTICIPATES_IN cci-fictiville → projet-boucle');
	});

	it('take the capital of a list item’s first word for the line’s, not for a name', () => {
		const text = 'La CCI Fictiville Métropole a lancé deux chantiers.\n- Lancement d’un atelier en partenariat avec Imaginor 4.0.';
		expect(readDocument(text, gazetteer).mentions.map((mention) => mention.name)).not.toContain('Lancement');
	});

	it('make a funding verb with money in a sentence without a project fund the project in sight', () => {
		const before = 'La Boucle de chaleur fictive démarre en 2026. ';
		expect(proposals(`${before}L’Agence Exemple de la transition apporte un soutien financier décisif.`)).toContain(
			'FUNDS agence-exemple → projet-boucle'
		);
		// Without money, « apporte » funds nothing.
		expect(proposals(`${before}L’Agence Exemple de la transition apporte son expertise.`)).not.toContain(
			'FUNDS agence-exemple → projet-boucle'
		);
		// Before the project is named, the one the part is about is in sight.
		const part = [
			'# Une coopération',
			'',
			'La CCI Fictiville Métropole participe activement.',
			'',
			'La Boucle de chaleur fictive démarre. La Boucle de chaleur fictive chauffe.'
		];
		expect(proposals(part.join('\n'))).toContain('PARTICIPATES_IN cci-fictiville → projet-boucle');
	});
});
