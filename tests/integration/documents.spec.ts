import { afterAll, describe, expect, it } from 'vitest';
import type { Account } from '$lib/domain/accounts';
import { changesetFiltersSchema } from '$lib/domain/changesets';
import * as changesets from '$lib/server/changesets';
import * as documents from '$lib/server/documents';
import { connectTestDatabase } from './database';

/**
 * A short invented article read against the test graph: the known entities it names are linked
 * (Tenerrdis, ADEME, Grenoble), the invented organisations are proposed as new, and accepting a
 * proposal writes its facts through a changeset citing the document, while rejecting one writes
 * nothing. Every organisation but those of the graph is fictitious.
 */

const database = connectTestDatabase();
afterAll(() => database.close());

const now = new Date().toISOString();
const curator: Account = {
	id: 'test-doc-curator',
	email: 'curatrice@example.test',
	name: 'Camille Curatrice (essai)',
	role: 'curateur',
	active: true,
	createdAt: now
} as Account;
const contributor: Account = {
	...curator,
	id: 'test-doc-contributor',
	email: 'contrib@example.test',
	name: 'Claude Contributeur (essai)',
	role: 'contributeur'
} as Account;

const article = [
	'Grenoble : la société Fictivia Composites rejoint le pôle Tenerrdis',
	'',
	'La société Fictivia Composites, implantée à Grenoble, est devenue membre du pôle de compétitivité Tenerrdis en 2026.',
	"Le projet « Fictiboucle », porté par Fictivia Composites, est financé par l'ADEME à hauteur de 850 000 € en 2026.",
	'Camille Imaginaire, présidente de Fictivia Composites, salue « une étape ».',
	'Le cluster Exemplia Méca collabore avec Fictivia Composites depuis 2024.'
].join('\n');

describe('a document read into proposed facts', () => {
	let id = '';

	it('links known entities, proposes new organisations, people, amounts and years', async () => {
		const view = await documents.addDocument(database, curator, { title: 'Article fictif Fictivia', kind: 'article', text: article });
		id = view.id;
		const known = view.mentions.filter((mention) => mention.category === 'known').map((mention) => mention.entityId);
		expect(known).toEqual(expect.arrayContaining(['tenerrdis', 'ademe', 'commune-38185']));
		const added = view.mentions.filter((mention) => mention.category === 'new').map((mention) => mention.name);
		expect(added).toEqual(expect.arrayContaining(['Fictivia Composites', 'Exemplia Méca']));
		expect(view.mentions.find((mention) => mention.category === 'amount')).toMatchObject({ value: 850_000 });
		expect(view.mentions.find((mention) => mention.category === 'person')).toMatchObject({ name: 'Camille Imaginaire' });
		const types = view.proposals.map(
			(proposal) => `${proposal.type} ${proposal.from.entityId ?? proposal.from.name} ${proposal.to.entityId ?? proposal.to.name}`
		);
		expect(types).toEqual(
			expect.arrayContaining([
				'MEMBER_OF Fictivia Composites tenerrdis',
				'LOCATED_IN Fictivia Composites commune-38185',
				'FUNDS ademe Fictiboucle',
				'ROLE_AT Camille Imaginaire Fictivia Composites',
				'COLLABORATES_WITH Exemplia Méca Fictivia Composites'
			])
		);
		const funding = view.proposals.find((proposal) => proposal.type === 'FUNDS')!;
		expect(funding.properties).toEqual({ amountEur: 850_000, year: 2026 });
		expect(article.slice(funding.start, funding.end)).toContain('financé par');
		const source = await changesets.readEntities(database, [id]);
		expect(source.get(id)).toMatchObject({
			labels: expect.arrayContaining(['Source']),
			properties: { name: 'Article fictif Fictivia', document: true }
		});
	});

	it('writes an accepted fact with the document as its source, and nothing for a rejected one', async () => {
		const view = (await documents.getDocument(database, id))!;
		const member = view.proposals.find((proposal) => proposal.type === 'MEMBER_OF')!;
		const { changeset } = await documents.decideProposal(database, curator, id, member.id, { action: 'accept', edits: {} });
		expect(changeset?.status).toBe('published');
		const created = changeset!.operations.find((operation) => operation.op === 'create-entity');
		expect(created).toMatchObject({ labels: ['Company', 'Actor'], properties: { name: 'Fictivia Composites' } });
		const newId = (created as { id: string }).id;
		const [link] = await changesets.readRelationships(database, 'MEMBER_OF', newId, 'tenerrdis');
		expect(link.sources).toEqual([id]);
		expect(article).toContain(String((link.evidence as string[])[0]));
		expect(String((link.evidence as string[])[0])).toMatch(/Fictivia Composites.*Tenerrdis/);
		// The other proposals naming the new organisation now point at it.
		const after = (await documents.getDocument(database, id))!;
		const located = after.proposals.find((proposal) => proposal.type === 'LOCATED_IN')!;
		expect(located.from.entityId).toBe(newId);
		const role = after.proposals.find((proposal) => proposal.type === 'ROLE_AT')!;
		const rejected = await documents.decideProposal(database, curator, id, role.id, { action: 'reject', reason: 'personne non publique' });
		expect(rejected.changeset).toBeNull();
		expect(rejected.view.proposals.find((proposal) => proposal.id === role.id)).toMatchObject({
			status: 'rejected',
			note: 'personne non publique'
		});
		await expect(documents.decideProposal(database, curator, id, role.id, { action: 'accept', edits: {} })).rejects.toThrow(
			/déjà été traitée/
		);
		await changesets.revert(database, curator, changeset!.id, 'nettoyage du test');
	});

	it('makes a contributeur’s acceptance a proposal waiting for review, with edits applied', async () => {
		const view = (await documents.getDocument(database, id))!;
		const funding = view.proposals.find((proposal) => proposal.type === 'FUNDS')!;
		const { changeset, view: after } = await documents.decideProposal(database, contributor, id, funding.id, {
			action: 'accept',
			edits: { amountEur: 900_000 }
		});
		expect(changeset?.status).toBe('proposed');
		expect(after.proposals.find((proposal) => proposal.id === funding.id)).toMatchObject({
			status: 'proposed',
			changesetId: changeset!.id
		});
		const relationship = changeset!.operations.find((operation) => operation.op === 'create-relationship');
		expect(relationship).toMatchObject({ type: 'FUNDS', from: 'ademe', properties: { amountEur: 900_000, year: 2026 } });
		expect(await changesets.readRelationships(database, 'FUNDS', 'ademe', (relationship as { to: string }).to)).toEqual([]);
		await changesets.reject(database, { id: curator.id, name: curator.name }, changeset!.id, 'essai');
	});

	it('accepts every pending proposal above a confidence, one changeset each', async () => {
		const view = await documents.addDocument(database, curator, {
			title: 'Article fictif Exemplia',
			text: "L'Écosystème fictif de l'essai est animé par la CCI Rouen Métropole. La société Exemplia Essai rejoint Tenerrdis."
		});
		const high = view.proposals.filter((proposal) => proposal.confidence >= 0.7);
		expect(high.length).toBeGreaterThan(0);
		const result = await documents.acceptAbove(database, curator, view.id, 0.7);
		expect(result.accepted + result.failed.length).toBe(high.length);
		expect(result.view.proposals.filter((proposal) => proposal.status === 'accepted').map((proposal) => proposal.id)).toEqual(
			high.filter((proposal) => !result.failed.some((failure) => failure.id === proposal.id)).map((proposal) => proposal.id)
		);
		expect(result.view.proposals.filter((proposal) => proposal.confidence < 0.7).every((proposal) => proposal.status === 'pending')).toBe(
			true
		);
		for (const proposal of result.view.proposals.filter((candidate) => candidate.changesetId).reverse())
			await changesets.revert(database, curator, proposal.changesetId!, 'nettoyage du test');
	});

	it('knows the names the graph gained since its last reading, and links a new end to an entity of that name', async () => {
		const name = `Fictiplast Essai ${Date.now().toString(36).toUpperCase()}`;
		const first = await documents.addDocument(database, curator, {
			title: 'Avant',
			text: `Le pôle Tenerrdis accueille ${name} cette année.`
		});
		expect(first.mentions.some((mention) => mention.category === 'known' && mention.name === name)).toBe(false);
		const created = await changesets.commit(database, curator, {
			kind: 'contribution',
			reason: 'essai',
			summary: 'essai',
			operations: [
				{ op: 'create-entity', id: 'fictiplast-essai', labels: ['Company', 'Actor'], properties: { id: 'fictiplast-essai', name } }
			]
		});
		const second = await documents.addDocument(database, curator, {
			title: 'Après',
			text: `Le pôle Tenerrdis accueille ${name} cette année.`
		});
		expect(second.mentions.find((mention) => mention.name === name)).toMatchObject({ category: 'known', entityId: 'fictiplast-essai' });
		// A proposal of the first reading named it as new: accepting it now links the entity of that name.
		const stale = (await documents.getDocument(database, first.id))!.proposals.find(
			(proposal) => proposal.to.name === name || proposal.from.name === name
		);
		if (stale) {
			const { changeset } = await documents.decideProposal(database, curator, first.id, stale.id, { action: 'accept', edits: {} });
			expect(changeset?.operations.some((operation) => operation.op === 'create-entity')).toBe(false);
			await changesets.revert(database, curator, changeset!.id, 'nettoyage du test');
		}
		await changesets.revert(database, curator, created.id, 'nettoyage du test');
	});

	it('refuses to accept a fact of a document whose source was withdrawn', async () => {
		const view = await documents.addDocument(database, curator, {
			title: 'Retiré',
			text: 'La société Fictivia Retrait rejoint le pôle Tenerrdis.'
		});
		const [recorded] = await changesets.listChangesets(database, changesetFiltersSchema.parse({ kind: 'document', limit: 1 }));
		expect(recorded.sourceId).toBe(view.id);
		await changesets.revert(database, curator, recorded.id, 'document ajouté par erreur');
		await expect(
			documents.decideProposal(database, curator, view.id, view.proposals[0].id, { action: 'accept', edits: {} })
		).rejects.toThrow(/retirée du graphe/);
	});

	it('refuses a text too short to read, and stores nothing', async () => {
		const before = (await documents.listDocuments(database)).length;
		await expect(documents.addDocument(database, curator, { title: 'Vide', kind: 'article', text: 'Trop court.' })).rejects.toBeInstanceOf(
			documents.DocumentInputError
		);
		expect((await documents.listDocuments(database)).length).toBe(before);
	});
});
