import { describe, expect, it } from 'vitest';
import { buildGazetteer } from './gazetteer';
import { readDocument } from './read';
import { entries, gazetteer, proposals } from './spec-fixtures';

/** How names are found: names described rather than written, lower-case aliases, where a cued name starts and stops. */
describe('names found', () => {
	const extended = buildGazetteer([
		...entries,
		{ id: 'techno-fictif', name: 'Techno centre du Fictilab (Fictibourg)', aliases: [], kind: 'Project' },
		{ id: 'rdv-fictif', name: "Les Rendez-Vous de l'industrie", aliases: [], kind: 'Project' },
		{ id: 'epci-fictif', name: 'CA Fictiville Agglomération', aliases: ['agglomération fictivilloise'], kind: 'EPCI', institution: true },
		{ id: 'fictilab', name: 'Fictilab', aliases: [], kind: 'Support' },
		{ id: 'cci-boucle', name: 'Chambre de commerce (CCI) du projet Fictiboucle', aliases: ['CCI'], kind: 'Support' },
		{ id: 'cci-campus', name: 'Chambre de commerce (CCI) du Campus Fictindustrie', aliases: ['CCI'], kind: 'Support' },
		{ id: 'etude-opp', name: "Étude d'opportunité de la boucle fictive (Fictibourg)", aliases: [], kind: 'Project' },
		{ id: 'commune-fictimont', name: 'Fictimont', aliases: [], kind: 'Commune' },
		{ id: 'fictimont-sa', name: 'Fictimont', aliases: [], kind: 'Company' },
		{ id: 'ecole-fictive', name: 'École de production fictive de Fictibourg', aliases: [], kind: 'Project' },
		{ id: 'departement-99', name: 'Fictivienne', aliases: [], kind: 'Department', departement: '99' },
		{ id: 'epci-fictive', name: 'CA Fictiville Communauté', aliases: [], kind: 'EPCI', institution: true },
		{ id: 'region-fictive', name: 'Fictiregion', aliases: [], kind: 'Region' },
		{ id: 'commune-fictiregion', name: 'Fictiregion', aliases: [], kind: 'Commune', departement: '36' },
		{ id: 'epci-sigle', name: "CA de la Région Fictivilloise et de l'Estuaire (CAREFI)", aliases: [], kind: 'EPCI', institution: true },
		{ id: 'uimm-national', name: 'UIMM', aliases: [], kind: 'Support' },
		{ id: 'departement-fictidoubs', name: 'Fictidoubs', aliases: [], kind: 'Department', departement: '98' },
		{ id: 'commune-fictidoubs', name: 'Fictidoubs', aliases: [], kind: 'Commune', departement: '98' },
		{ id: 'fictivert-2030', name: 'Fictivert 2030', aliases: [], kind: 'Programme' },
		{ id: 'etude-fictive', name: 'Étude « OSER les Fictiréseaux » des clusters fictifs', aliases: [], kind: 'Project' }
	]);
	const read = (text: string) => readDocument(text, extended);
	const described = (text: string) =>
		read(text)
			.mentions.filter((mention) => mention.reason === 'décrit par la phrase')
			.map((mention) => mention.entityId);

	it('take a project described without the qualifier in parentheses that Maillage adds to its name', () => {
		expect(described('Un Techno centre porté par le Fictilab ouvrira ses portes.')).toEqual(['techno-fictif']);
	});

	it('do not take a project described by common words alone (« rendez-vous », « industrie »)', () => {
		expect(described('Ce rendez-vous de l’industrie attire les visiteurs.')).toEqual([]);
	});

	it('find an alias the graph writes in lower case, written so in the text', () => {
		const reading = read('Dès 2013, l’agglomération fictivilloise a mis en place un cluster.');
		expect(reading.mentions.find((mention) => mention.entityId === 'epci-fictif')?.text).toBe('agglomération fictivilloise');
	});

	it('start a cued name with a capitalised word: « le cluster en 2022 » names no cluster', () => {
		const text = 'Le laboratoire Fictilab Hydrogène a rejoint le cluster en 2022.';
		expect(readDocument(text, gazetteer).mentions.some((mention) => mention.kind === 'Cluster')).toBe(false);
	});

	it('end a cue at a colon: « les progrès du réseau : RH & Formation » names no network', () => {
		const text = 'Quatre groupes ont marqué les progrès du réseau : RH & Formation, un groupe actif.';
		expect(readDocument(text, gazetteer).mentions.some((mention) => mention.name === 'RH & Formation')).toBe(false);
	});

	it('take an unnamed « réseau » for the network the text is about, but not « le réseau de chaleur »', () => {
		const text =
			'L’Écosystème Imaginor 4.0 réunit 130 membres. L’Écosystème Imaginor 4.0 est animé par la CCI Fictiville Métropole. ' +
			'La Boucle de chaleur fictive est un projet du réseau.';
		expect(proposals(text)).toContain('PARTICIPATES_IN cluster-imaginor → projet-boucle');
		expect(proposals(text.replace('un projet du réseau', 'raccordée au réseau de chaleur'))).not.toContain(
			'PARTICIPATES_IN cluster-imaginor → projet-boucle'
		);
	});

	it('take « ce document » for the project the document presents, known by its title', () => {
		const text =
			'# OSER les Fictiréseaux\n\nCe document est le fruit de la collaboration entre la CCI Fictiville Métropole et le Fictilab.';
		const ends = read(text).proposals.map((proposal) => `${proposal.from.entityId} → ${proposal.to.entityId}`);
		expect(ends).toEqual(expect.arrayContaining(['etude-fictive → cci-fictiville', 'etude-fictive → fictilab']));
		// Another title presents no known project: « ce document » then stands for nothing.
		expect(read(text.replace('OSER les Fictiréseaux', 'Bilan fictif')).proposals.some((p) => p.from.entityId === 'etude-fictive')).toBe(
			false
		);
	});

	it('read no year inside a name (« France 2030 » is a programme, not a year)', () => {
		const reading = read('Le Fictilab est lauréat de Fictivert 2030 depuis 2024.');
		expect(reading.mentions.filter((mention) => mention.category === 'year').map((mention) => mention.value)).toEqual([2024]);
	});

	it('tell homonyms apart by the other words of their full name, found near', () => {
		const cci = (text: string) => read(text).mentions.find((mention) => mention.text === 'CCI')?.entityId;
		expect(cci('Le projet Fictiboucle associe la CCI et des industriels.')).toBe('cci-boucle');
		expect(cci('Le Campus Fictindustrie regroupe la CCI et des industriels.')).toBe('cci-campus');
		expect(cci('La CCI accompagne des industriels.')).toBeUndefined();
	});

	it('take a project named by the start of its name, unique, when the rest of its name is near — in passing', () => {
		const text =
			'La Boucle de chaleur fictive avance à Fictibourg. La finalisation de l’étude d’opportunité, financée par l’Agence Exemple ' +
			'de la transition et portée par la CCI Fictiville Métropole, est attendue. Ce projet est soutenu par la CCI Seine-Fictive.';
		const ends = read(text).proposals.map((proposal) => `${proposal.type} ${proposal.from.entityId} → ${proposal.to.entityId}`);
		expect(ends).toEqual(
			expect.arrayContaining([
				'FUNDS agence-exemple → etude-opp',
				'PARTICIPATES_IN cci-fictiville → etude-opp',
				// Named in passing, the study is not what « ce projet » stands for.
				'FUNDS cci-seine-fictive → projet-boucle'
			])
		);
		expect(read('L’étude d’opportunité est lancée par la CCI Fictiville Métropole.').mentions.some((m) => m.entityId === 'etude-opp')).toBe(
			false
		);
	});

	it('end a Territoire d’industrie named in capitals at « ET LE », where another name starts', () => {
		const reading = read('# COLLABORATION ENTRE LE TERRITOIRE D’INDUSTRIE VALLÉE FICTIVE ET LE CLUSTER VALLÉE FICTIVE INDUSTRIE');
		expect(reading.mentions.find((mention) => mention.kind === 'Territory')?.text).toBe('VALLÉE FICTIVE');
	});

	it('take the place, not its namesake, after a cue that says where', () => {
		const fictimont = (text: string) => read(text).mentions.find((mention) => mention.text === 'Fictimont')?.entityId;
		expect(fictimont('La société Exemplia Forge est implantée à Fictimont.')).toBe('commune-fictimont');
		expect(fictimont('Le Fictilab est implanté dans la région Fictimont.')).toBe('commune-fictimont');
		// « de » joins names of any kind: it does not choose.
		expect(fictimont('Le carnet de commandes de Fictimont est plein.')).toBeUndefined();
	});

	it('take a project named by the start of its name that opens with a distinctive word (« l’École de production »)', () => {
		const text = 'À Fictibourg, l’idée de l’École de production a émergé. La CCI Fictiville Métropole soutient l’École de production.';
		expect(read(text).mentions.filter((mention) => mention.entityId === 'ecole-fictive')).toHaveLength(2);
	});

	it('take « son rôle est de » for the subject of the sentence before', () => {
		const text = 'L’UIMM Fictiville connaît la métallurgie. Son rôle est donc de piloter la Boucle de chaleur fictive.';
		const gazetteer = buildGazetteer([...entries, { id: 'uimm-fictiville', name: 'UIMM Fictiville', aliases: [], kind: 'Support' }]);
		expect(readDocument(text, gazetteer).proposals.map((p) => `${p.type} ${p.from.entityId} → ${p.to.entityId}`)).toContain(
			'PARTICIPATES_IN uimm-fictiville → projet-boucle'
		);
	});

	it('take no number nor place cue into a name read back from an apposition (« Fondé en 2020 à Fictibourg, le cluster X »)', () => {
		const names = read('Fondé en 2020 à Fictibourg, le cluster Exemplia Méca rassemble 30 entreprises.')
			.mentions.filter((m) => m.category === 'new')
			.map((m) => m.name);
		expect(names).toContain('Exemplia Méca');
		expect(names.some((name) => name.includes('2020'))).toBe(false);
	});

	it('run a cued name through a lower-case complement before its capitalised words (« l’Agence de développement Imaginor »)', () => {
		const names = read('Le cluster est animé par l’Agence de développement Imaginor Vienne, qui y consacre un poste.').mentions.map(
			(m) => m.name
		);
		expect(names).toContain('Agence de développement Imaginor Vienne');
	});

	it('take a département after its article and a place cue (« du nord de la Fictivienne »)', () => {
		expect(read('Il rassemble les sous-traitants du nord de la Fictivienne.').mentions.map((m) => m.entityId)).toContain('departement-99');
		expect(read('Il rassemble la Fictivienne.').mentions.map((m) => m.entityId)).not.toContain('departement-99');
	});

	it('give a name found without a cue the kind the text gives it elsewhere (one name, one entity)', () => {
		const text = 'Présidence : Hélène Exemple\n\nLe cluster Exemplia Méca est présidé par Hélène Exemple.';
		const kinds = read(text)
			.mentions.filter((mention) => mention.name === 'Hélène Exemple')
			.map((mention) => mention.kind);
		expect(kinds).toEqual(['Person', 'Person']);
	});

	it('find an intercommunality without its prefix when its name says its form again (« Fictiville Communauté »)', () => {
		expect(read('Porteur : Fictiville Communauté').mentions.map((mention) => mention.entityId)).toContain('epci-fictive');
	});

	it('take « Région X » for the Région, not for the communes named X', () => {
		expect(read('Financement : Région Fictiregion, 900 000 €.').mentions.map((mention) => mention.entityId)).toContain('region-fictive');
	});

	it('run a cued name through lower-case words before its capitalised ones (« le lycée agricole Exemplia »)', () => {
		const names = read('Partenaires : la Chambre de métiers et de l’artisanat Imaginor, le lycée agricole Exemplia.').mentions.map(
			(mention) => mention.name
		);
		expect(names).toEqual(expect.arrayContaining(['Chambre de métiers et de l’artisanat Imaginor', 'Lycée agricole Exemplia']));
	});

	it('take a quoted name without a cue for a project', () => {
		const reading = read('Au programme : la présentation de « Rade Fictive H2 », une vedette à hydrogène.');
		expect(reading.mentions.find((mention) => mention.name === 'Rade Fictive H2')?.kind).toBe('Project');
	});

	it('take a Région named alone for the Région rather than the communes of the same name', () => {
		expect(read('La première vedette à hydrogène de Fictiregion sera lancée.').mentions.map((m) => m.entityId)).toContain('region-fictive');
	});

	it('find a name by the acronym it gives in parentheses (« … (CAREFI) »)', () => {
		expect(read('Porteur : la CAREFI, avec ses partenaires.').mentions.map((mention) => mention.entityId)).toContain('epci-sigle');
	});

	it('link no acronym alone followed by other capitalised words (« l’UIMM Exemplia Loire » is not « UIMM »)', () => {
		const reading = read('Partenaires : l’UIMM Exemplia Loire, France Travail.');
		expect(reading.mentions.map((mention) => mention.entityId)).not.toContain('uimm-national');
		expect(reading.mentions.map((mention) => mention.name)).toEqual(expect.arrayContaining(['UIMM Exemplia Loire', 'France Travail']));
		expect(read('Partenaires : l’UIMM, la CCI Fictiville Métropole.').mentions.map((mention) => mention.entityId)).toContain(
			'uimm-national'
		);
	});

	it('leave a noun’s complement out of a cued name (« le fabricant d’implants Fictimed »)', () => {
		const cued = read('Le fabricant d’implants Fictimed et la manufacture Exemplia Horlogerie recrutent.')
			.mentions.filter((m) => m.reason?.startsWith('après'))
			.map((m) => m.name);
		expect(cued).toEqual(['Fictimed', 'Exemplia Horlogerie']);
	});

	it('take a département rather than the commune of its name when the text says no more (« du Fictidoubs »)', () => {
		expect(read('Les horlogers du Fictidoubs recrutent.').mentions.map((m) => m.entityId)).toContain('departement-fictidoubs');
	});

	it('take a name set off by commas after a cue and its adjective (« La société commune, Fictisemelles, … »), not the company before', () => {
		const text = 'La société Fictivia Forge investit. La société commune, Fictisemelles du Bocage, sera dirigée par Marc Exemple.';
		const reading = read(text);
		expect(reading.mentions.find((m) => m.name === 'Fictisemelles du Bocage')?.reason).toBe('après « la societe »');
		const roles = reading.proposals.filter((p) => p.type === 'ROLE_AT').map((p) => `${p.from.name} → ${p.to.name}`);
		expect(roles).toEqual(['Marc Exemple → Fictisemelles du Bocage']);
	});
});
