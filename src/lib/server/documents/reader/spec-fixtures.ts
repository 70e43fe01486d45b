import { buildGazetteer, type GazetteerEntry } from './gazetteer';
import { readDocument } from './read';

/** For the reader's tests: an invented graph, every name is fictitious, the kinds and départements are those the reader uses. */
export const entries: GazetteerEntry[] = [
	{ id: 'cluster-imaginor', name: 'Écosystème Imaginor 4.0', aliases: ['Imaginor 4.0'], kind: 'Cluster' },
	{ id: 'cci-fictiville', name: 'CCI Fictiville Métropole', aliases: [], kind: 'Support' },
	{ id: 'agence-exemple', name: 'Agence Exemple de la transition', aliases: ['AGEX'], kind: 'PublicBody', funder: true },
	{ id: 'aap-fictif', name: 'Appel à projets Fictivert', aliases: ['AAP Fictivert'], kind: 'Programme' },
	{ id: 'projet-boucle', name: 'Boucle de chaleur fictive', aliases: [], kind: 'Project' },
	{ id: 'atelier-fictif', name: 'Atelier Hydrogène vert du Pôle Fictiville', aliases: [], kind: 'Project' },
	{ id: 'stockage-fictif', name: "Stockage solaire partagé du Territoire d'industrie Vallée Fictive", aliases: [], kind: 'Project' },
	{ id: 'commune-plan', name: 'Plan', aliases: [], kind: 'Commune', departement: '38' },
	{ id: 'commune-val-a', name: 'Valfictif', aliases: [], kind: 'Commune', departement: '76' },
	{ id: 'commune-val-b', name: 'Valfictif', aliases: [], kind: 'Commune', departement: '27' },
	{ id: 'departement-76', name: 'Seine-Fictive', aliases: [], kind: 'Department', departement: '76' },
	{ id: 'commune-fictibourg', name: 'Fictibourg', aliases: [], kind: 'Commune', departement: '76' },
	{ id: 'commune-copeaux', name: 'Copeaux', aliases: [], kind: 'Commune', departement: '27' },
	{ id: 'amperix-fictibourg', name: 'Ampérix Fictibourg', aliases: [], kind: 'Company' },
	{ id: 'cci-seine-fictive', name: 'CCI Seine-Fictive', aliases: [], kind: 'Support' },
	{ id: 'uimm-duo', name: 'UIMM Valfictif-Fictibourg', aliases: [], kind: 'Support' },
	{ id: 'ti-old', name: 'Vallée Fictive', aliases: [], kind: 'Territory', phase: '2019-2022' },
	{ id: 'ti-new', name: 'Vallée Fictive', aliases: [], kind: 'Territory', phase: '2023-2027' }
];
export const gazetteer = buildGazetteer(entries);

export const known = (text: string) =>
	readDocument(text, gazetteer)
		.mentions.filter((mention) => mention.category === 'known')
		.map((mention) => mention.entityId);
export const proposals = (text: string) =>
	readDocument(text, gazetteer).proposals.map(
		(proposal) => `${proposal.type} ${proposal.from.entityId ?? proposal.from.name} → ${proposal.to.entityId ?? proposal.to.name}`
	);
