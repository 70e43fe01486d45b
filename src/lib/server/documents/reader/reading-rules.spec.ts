import { describe, expect, it } from 'vitest';
import { buildGazetteer } from './gazetteer';
import { readDocument } from './read';
import { entries, gazetteer, known, proposals } from './spec-fixtures';

/** Reading rules for layout (headings, title blocks, list items) and for names given again without being written (« le projet », « il »). */
describe('layout and references', () => {
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

	it('read the full words before an acronym that opens a known name as that name, not a new organisation', () => {
		const text = 'Le comité, organisé par la Chambre de Commerce et d’Industrie (CCI) Fictiville Métropole, a réuni 200 participants.';
		const reading = readDocument(text, gazetteer);
		expect(reading.mentions.filter((mention) => mention.category === 'new' && mention.reason?.startsWith('après'))).toEqual([]);
		expect(reading.proposals.filter((proposal) => proposal.type === 'PART_OF')).toEqual([]);
	});

	it('take a Région after a place cue for the place, not the institution that acts', () => {
		const withRegion = buildGazetteer([
			...entries,
			{ id: 'region-fictive', name: 'Fictivie', aliases: [], kind: 'Region', institution: true }
		]);
		const read = (text: string) => readDocument(text, withRegion).proposals.map((p) => `${p.type} ${p.from.entityId} → ${p.to.entityId}`);
		expect(
			read('Réunis à la préfecture de Fictivie, les membres, sous l’impulsion de la CCI Fictiville Métropole, ont dressé un bilan.')
		).not.toContain('ANIMATES cci-fictiville → region-fictive');
		expect(read('La Boucle de chaleur fictive est financée par la Région Fictivie.')).toContain('FUNDS region-fictive → projet-boucle');
	});

	it('take the cue before a sentence’s first name from that sentence only', () => {
		const text = [
			'L’Écosystème Imaginor 4.0 relaiera l’offre auprès de ses adhérents.',
			'',
			'Financement : Agence Exemple de la transition (40 000 €), CCI Fictiville Métropole (20 000 €)'
		].join('\n');
		expect(proposals(text)).not.toContain('MEMBER_OF agence-exemple → cci-fictiville');
	});
});

describe('event reports', () => {
	it('take a person given « l’interview de » in the report of an event for one who took part in it', () => {
		const text = [
			'Le Pôle Fictiville a organisé un atelier consacré à l’hydrogène vert.',
			'Écoutez l’interview de Anne Fictivaud, directrice de la CCI Fictiville Métropole.',
			'Puis le témoignage de Paul Exemple, président de l’Agence Exemple de la transition.'
		].join('\n\n');
		const taking = readDocument(text, gazetteer).proposals.filter(
			(proposal) => proposal.type === 'PARTICIPATES_IN' && proposal.to.entityId === 'atelier-fictif' && proposal.from.kind === 'Person'
		);
		expect(taking.map((proposal) => [proposal.from.name, proposal.confidence, proposal.cue])).toEqual([
			['Anne Fictivaud', 0.6, '« interview de », événement du texte'],
			['Paul Exemple', 0.6, '« interview de », événement du texte']
		]);
		// No event named: an interview alone says nothing of taking part.
		const alone = 'Écoutez l’interview de Anne Fictivaud, directrice de la CCI Fictiville Métropole.';
		expect(proposals(alone).filter((proposal) => proposal.startsWith('PARTICIPATES_IN Anne Fictivaud'))).toEqual([]);
	});

	it('read « co-fondateur », written with a hyphen, as the role word it is', () => {
		// « Écoutez », an imperative opening the sentence, is no first name either.
		const reading = readDocument('Écoutez Anne Fictivaud, co-fondatrice de la CCI Fictiville Métropole.', gazetteer);
		expect(reading.mentions.find((mention) => mention.kind === 'Person')).toMatchObject({
			name: 'Anne Fictivaud',
			reason: 'suivi de « co-fondatrice »'
		});
		expect(proposals('Écoutez Anne Fictivaud, co-fondatrice de la CCI Fictiville Métropole.')).toContain(
			'ROLE_AT Anne Fictivaud → cci-fictiville'
		);
	});

	it('read a project described by its sentence and named, for the rest, by the heading of its part', () => {
		const sentence = 'C’est un projet de stockage solaire partagé entre entreprises voisines.';
		const headed = `# Coopération entre le Territoire d'industrie Vallée Fictive et la CCI Fictiville Métropole\n\n${sentence}`;
		expect(known(headed)).toContain('stockage-fictif');
		// The sentence alone says too little of the name.
		expect(known(sentence)).not.toContain('stockage-fictif');
	});

	it('take the actors a part lists under « Acteurs » for participants in the project the part names', () => {
		const text = (actors: string) =>
			[
				"# Collaboration entre le Territoire d'industrie Vallée Fictive et l'Écosystème Imaginor 4.0",
				'## Acteurs et collaboration',
				actors,
				'## Le projet et ses objectifs',
				'La Boucle de chaleur fictive relie les usines de la vallée.'
			].join('\n\n');
		const listedIn = (actors: string) =>
			readDocument(text(actors), gazetteer)
				.proposals.filter((proposal) => proposal.cue === 'liste des acteurs de la partie')
				.map((proposal) => `${proposal.from.entityId} → ${proposal.to.entityId}`);
		expect(listedIn('CCI Fictiville Métropole, Agence Exemple de la transition (AGEX), Écosystème Imaginor 4.0, des entreprises.')).toEqual(
			['cci-fictiville → projet-boucle', 'agence-exemple → projet-boucle', 'cluster-imaginor → projet-boucle']
		);
		// A sentence that says what each does is no list.
		expect(
			listedIn(
				'La CCI Fictiville Métropole accompagne les industriels de toute la vallée, l’Agence Exemple de la transition finance leurs études et Écosystème Imaginor 4.0 anime le réseau.'
			)
		).toEqual([]);
	});

	it('give the people of a line of credits a role at the organisation named after « pour »', () => {
		const people = buildGazetteer([
			...entries,
			{ id: 'anne-fictivaud', name: 'Anne Fictivaud', aliases: [], kind: 'Person' },
			{ id: 'paul-exemplaire', name: 'Paul Exemplaire', aliases: [], kind: 'Person' }
		]);
		const said = (text: string) =>
			readDocument(text, people).proposals.map(
				(proposal) => `${proposal.type} ${proposal.from.entityId} → ${proposal.to.entityId} ${proposal.properties.role ?? ''}`
			);
		expect(said('Coordination par Anne Fictivaud, avec l’appui de Paul Exemplaire, pour la CCI Fictiville Métropole.')).toEqual([
			'ROLE_AT anne-fictivaud → cci-fictiville coordination',
			'ROLE_AT paul-exemplaire → cci-fictiville coordination'
		]);
		// Working « pour » an organisation in any sentence is no credit.
		expect(said('Anne Fictivaud a travaillé pour la CCI Fictiville Métropole.')).toEqual([]);
	});

	it('take the person of a byline (« Par X, chargée d’études ») for the author, not a subject of the part', () => {
		const text =
			'Un atelier fictif\n\nPar Anne Fictivaud, chargée d’études - 01.09.2026\n\nLa Boucle de chaleur fictive démarre en 2026 avec la CCI Fictiville Métropole.';
		expect(proposals(text)).toEqual(['PARTICIPATES_IN cci-fictiville → projet-boucle']);
	});

	it('take no name for a cue that ends its sentence: the next sentence’s first word is not the organisation', () => {
		const reading = readDocument('Les projets sont portés par l’entreprise. Par ailleurs, la CCI Fictiville Métropole recrute.', gazetteer);
		expect(reading.mentions.filter((mention) => mention.category === 'new').map((mention) => mention.name)).toEqual([]);
		// Within its sentence, the cue still names.
		expect(readDocument('Les projets sont portés par l’entreprise Fictivia Usinage.', gazetteer).mentions.map((m) => m.name)).toContain(
			'Fictivia Usinage'
		);
	});

	it('take the names listed in parentheses after an organisation for its parts, not for partners of the sentence’s project', () => {
		const said = proposals('Boucle de chaleur fictive : la CCI Fictiville Métropole (AGEX, Imaginor 4.0).');
		expect(said).toEqual(
			expect.arrayContaining([
				'PART_OF agence-exemple → cci-fictiville',
				'PART_OF cluster-imaginor → cci-fictiville',
				'PARTICIPATES_IN cci-fictiville → projet-boucle'
			])
		);
		expect(said).not.toContain('PARTICIPATES_IN agence-exemple → projet-boucle');
		expect(said).not.toContain('PARTICIPATES_IN cluster-imaginor → projet-boucle');
	});
});
