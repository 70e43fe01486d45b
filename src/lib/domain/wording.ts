import type { EntityKind, RelationshipType } from './model';

/** How the interface names each kind of entity, in French (singular, plural). */
export const kindWording: Record<EntityKind, { one: string; many: string }> = {
	Company: { one: 'Entreprise', many: 'Entreprises' },
	Cluster: { one: 'Cluster ou pôle', many: 'Clusters et pôles' },
	PublicBody: { one: 'Acteur public', many: 'Acteurs publics' },
	Support: { one: 'Structure d’appui', many: 'Structures d’appui' },
	Academic: { one: 'Enseignement et recherche', many: 'Enseignement et recherche' },
	Association: { one: 'Association', many: 'Associations' },
	Territory: { one: 'Territoire', many: 'Territoires' },
	Project: { one: 'Projet', many: 'Projets' },
	Programme: { one: 'Programme', many: 'Programmes' },
	Region: { one: 'Région', many: 'Régions' },
	Department: { one: 'Département', many: 'Départements' },
	EPCI: { one: 'Intercommunalité', many: 'Intercommunalités' },
	Commune: { one: 'Commune', many: 'Communes' },
	Theme: { one: 'Thème', many: 'Thèmes' },
	Source: { one: 'Source', many: 'Sources' },
	Person: { one: 'Personne', many: 'Personnes' }
};

/** How a relationship reads from its start node ("out") and from its end node ("in"). */
export const relationshipWording: Record<RelationshipType, { out: string; in: string }> = {
	MEMBER_OF: { out: 'membre de', in: 'a pour membre' },
	PARTICIPATES_IN: { out: 'participe à', in: 'a pour participant' },
	FUNDS: { out: 'finance', in: 'financé par' },
	COLLABORATES_WITH: { out: 'collabore avec', in: 'collabore avec' },
	ANIMATES: { out: 'anime', in: 'animé par' },
	PART_OF: { out: 'fait partie de', in: 'comprend' },
	SELECTED_BY: { out: 'retenu par', in: 'a retenu' },
	REPLICATED_IN: { out: 'répliqué dans', in: 'accueille la réplication de' },
	LOCATED_IN: { out: 'situé à', in: 'accueille' },
	INCLUDES: { out: 'comprend', in: 'fait partie de' },
	IN: { out: 'dans', in: 'contient' },
	ADDRESSES: { out: 'porte sur', in: 'abordé par' },
	BROADER: { out: 'thème plus large :', in: 'thème plus précis :' },
	ROLE_AT: { out: 'occupe un rôle à', in: 'compte parmi ses responsables' }
};

/** French names of participation roles. */
export const roleWording: Record<string, string> = {
	lead: 'porteur',
	partner: 'partenaire',
	pilot: 'pilote',
	coordinator: 'coordinateur',
	animator: 'animateur',
	beneficiary: 'bénéficiaire'
};

/** French names of the properties shown on an entity page. */
export const propertyWording: Record<string, string> = {
	phase: 'Phase',
	anctId: 'Identifiant ANCT',
	code: 'Code officiel',
	siren: 'SIREN',
	population: 'Population',
	lat: 'Latitude',
	lon: 'Longitude',
	status: 'Statut',
	startYear: 'Début',
	endYear: 'Fin',
	budgetEur: 'Budget (€)',
	indicators: 'Indicateurs',
	successFactors: 'Facteurs de succès',
	difficulties: 'Difficultés',
	kind: 'Type',
	foundedYear: 'Année de création',
	memberCount: 'Nombre de membres',
	nameEn: 'Nom anglais',
	synonyms: 'Synonymes',
	amountEur: 'Montant (€)',
	year: 'Année',
	since: 'Depuis',
	role: 'Rôle',
	memberCountText: 'Membres (selon la source)',
	type: 'Type',
	pointsAmelioration: 'Points d’amélioration',
	perspectives: 'Perspectives',
	nombreTerritoires2018: 'Territoires labellisés en 2018',
	dateAnnonce: 'Date de l’annonce',
	populationText: 'Population (selon la source)',
	nombreIntercommunalites: 'Intercommunalités',
	date: 'Date',
	openingYear: 'Année d’ouverture',
	nombrePolesDeCompetitiviteHeberges: 'Pôles de compétitivité hébergés',
	nombreCommunes: 'Communes',
	legalForm: 'Forme juridique',
	employees: 'Salariés',
	dateLancement: 'Lancement',
	ouverturePrevue: 'Ouverture prévue',
	nature: 'Nature',
	fonction: 'Fonction',
	fonctionnement: 'Fonctionnement',
	nombreDeSelections: 'Nombre de sélections',
	thematiques: 'Thématiques',
	statut: 'Statut',
	fichesActionsPhase2: 'Fiches actions (phase 2)',
	fichesActionsAvecLeCluster: 'Fiches actions avec le cluster',
	indicateursEvaluation: 'Indicateurs d’évaluation',
	communeCount: 'Communes concernées',
	regionCode: 'Code région'
};

/** Properties that hold a year or a code: shown as written, never with a thousands separator. */
export const verbatimNumberProperties = new Set(['foundedYear', 'startYear', 'endYear', 'year', 'since', 'openingYear', 'code', 'siren']);

/** French words for coded property values. */
export const valueWording: Record<string, Record<string, string>> = {
	status: { planned: 'prévu', ongoing: 'en cours', completed: 'terminé', unknown: 'inconnu' }
};
