import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Account } from '$lib/domain/accounts';
import { entityEditSchema, newEntitySchema, newRelationshipSchema } from '$lib/domain/contributions';
import * as accounts from '$lib/server/accounts';
import * as changesets from '$lib/server/changesets';
import * as contributions from '$lib/server/contributions';
import { digestGraph, type GraphDigest } from '$lib/server/db/graph-digest';
import * as entities from '$lib/server/entities';
import { connectTestDatabase } from './database';

const database = connectTestDatabase();
let before: GraphDigest;
let contributor: Account;
let curator: Account;

/** Fictitious people of a fictitious organisation; the e-mails are unique per run. */
const run = Date.now().toString(36);

beforeAll(async () => {
	before = await digestGraph(database);
	contributor = (
		await accounts.createAccount(
			database,
			{ email: `camille.contributrice.${run}@example.test`, name: 'Camille Contributrice', role: 'contributeur' },
			'mot-de-passe-de-test-1'
		)
	).account;
	curator = (
		await accounts.createAccount(
			database,
			{ email: `dominique.curatrice.${run}@example.test`, name: 'Dominique Curatrice', role: 'curateur' },
			'mot-de-passe-de-test-2'
		)
	).account;
});
afterAll(() => database.close());

const newSource = {
	title: 'Annuaire fictif des essais',
	publisher: 'Éditions Fictives',
	date: '2026-11',
	url: 'https://example.test/annuaire'
};

describe('a contributeur’s new company, published by a curator, then reverted', () => {
	it('is a proposal first: nothing reaches the graph until a curator publishes it', async () => {
		const request = newEntitySchema.parse({
			kind: 'Company',
			name: `Société Fictive des Essais ${run}`,
			siren: '732 829 320',
			place: 'commune-13001',
			citation: { newSource, excerpt: 'La Société Fictive des Essais, implantée à Aix-en-Provence.' }
		});
		const proposal = await contributions.createEntity(database, contributor, request);
		expect(proposal.status).toBe('proposed');
		expect(proposal.operations.map((operation) => operation.op)).toEqual(['create-entity', 'create-entity', 'create-relationship']);
		expect(await digestGraph(database)).toEqual(before);

		const published = await changesets.publish(database, { id: curator.id, name: curator.name }, proposal.id, 'Vérifié');
		expect(published.status).toBe('published');
		const company = published.operations[1];
		expect(company.op).toBe('create-entity');
		const id = (company as { id: string }).id;
		const detail = await entities.getEntity(database, id);
		expect(detail?.entity.properties).toMatchObject({ siren: '732829320', createdBy: 'Camille Contributrice', changeset: proposal.id });
		expect(detail?.citations[0]).toMatchObject({
			evidence: 'La Société Fictive des Essais, implantée à Aix-en-Provence.',
			source: { title: newSource.title }
		});
		expect(detail?.relationships.find((relationship) => relationship.type === 'LOCATED_IN')?.other.id).toBe('commune-13001');

		// Linked as a member of a cluster, by the curator directly (published at once).
		const member = await contributions.addRelationship(
			database,
			curator,
			newRelationshipSchema.parse({
				type: 'MEMBER_OF',
				from: id,
				to: 'ecosystem-cleon-4-0',
				citation: { sourceId: (published.operations[0] as { id: string }).id, excerpt: 'membre de l’écosystème' }
			})
		);
		expect(member.status).toBe('published');
		expect((await changesets.listChangesets(database, { entity: id, limit: 10 })).map((changeset) => changeset.id)).toEqual([
			member.id,
			proposal.id
		]);

		// Reverting the creation first is refused: the membership added since stands in the way, and nothing changes.
		const withMember = await digestGraph(database);
		await expect(changesets.revert(database, curator, proposal.id, 'Essai')).rejects.toThrow(/reçu depuis 1 lien/);
		expect(await digestGraph(database)).toEqual(withMember);

		await changesets.revert(database, curator, member.id, 'Essai terminé');
		await changesets.revert(database, curator, proposal.id, 'Essai terminé');
		expect(await digestGraph(database)).toEqual(before);
		expect((await changesets.getChangeset(database, proposal.id))?.revertedBy).toMatch(/^cs-/);
		await expect(changesets.revert(database, curator, proposal.id, 'deux fois')).rejects.toThrow(/déjà été annulé/);
	});
});

describe('editing an entity', () => {
	it('refuses an edit based on a stale version with the current values, and a revert restores the old ones', async () => {
		const version = await contributions.versionOfEntity(database, 'ecosystem-cleon-4-0');
		expect(version).toMatch(/^[0-9a-f]{16}$/);
		const edit = (description: string, from = version) =>
			entityEditSchema.parse({
				version: from,
				changes: { description },
				citation: { sourceId: 'cleon-4-0-bilan', excerpt: 'Un écosystème fictif pour ce test.' }
			});
		const first = await contributions.editEntity(database, curator, 'ecosystem-cleon-4-0', edit('Description fictive du test'));
		expect(first.summary).toMatch(/^modification de « Ecosystem Cléon 4.0 » : description/);
		const stale = contributions.editEntity(database, curator, 'ecosystem-cleon-4-0', edit('Une autre'));
		await expect(stale).rejects.toBeInstanceOf(contributions.StaleVersionError);
		await expect(stale).rejects.toMatchObject({ current: { properties: { description: 'Description fictive du test' } } });

		await changesets.revert(database, curator, first.id, 'Essai terminé');
		expect(await digestGraph(database)).toEqual(before);
	});

	it('refuses a revert when a later change edited the same value, and says which', async () => {
		const version = await contributions.versionOfEntity(database, 'ecosystem-cleon-4-0');
		const citation = { sourceId: 'cleon-4-0-bilan', excerpt: 'Un écosystème fictif pour ce test.' };
		const first = await contributions.editEntity(
			database,
			curator,
			'ecosystem-cleon-4-0',
			entityEditSchema.parse({ version, changes: { website: 'https://example.test/un' }, citation })
		);
		const next = await contributions.versionOfEntity(database, 'ecosystem-cleon-4-0');
		const second = await contributions.editEntity(
			database,
			curator,
			'ecosystem-cleon-4-0',
			entityEditSchema.parse({ version: next, changes: { website: 'https://example.test/deux' }, citation })
		);
		const between = await digestGraph(database);
		await expect(changesets.revert(database, curator, first.id, 'Essai')).rejects.toThrow(/website vaut « https:\/\/example.test\/deux »/);
		expect(await digestGraph(database)).toEqual(between);
		await changesets.revert(database, curator, second.id, 'Essai terminé');
		await changesets.revert(database, curator, first.id, 'Essai terminé');
		expect(await digestGraph(database)).toEqual(before);
	});
});

describe('rejecting a proposal', () => {
	it('records the reason and writes nothing; it cannot be published afterwards', async () => {
		const proposal = await contributions.addRelationship(
			database,
			contributor,
			newRelationshipSchema.parse({
				type: 'COLLABORATES_WITH',
				from: 'ecosystem-cleon-4-0',
				to: 'aerospace-valley',
				citation: { sourceId: 'cleon-4-0-bilan', excerpt: 'Une collaboration fictive.' }
			})
		);
		const rejected = await changesets.reject(database, curator, proposal.id, 'Le passage ne le dit pas.');
		expect(rejected).toMatchObject({
			status: 'rejected',
			reviewNote: 'Le passage ne le dit pas.',
			reviewer: { name: 'Dominique Curatrice' }
		});
		await expect(changesets.publish(database, curator, proposal.id)).rejects.toThrow(/n’est plus une proposition/);
		expect(await digestGraph(database)).toEqual(before);
	});
});

describe('hiding and merging (curators)', () => {
	/** Two fictitious companies, the second a duplicate of the first, each a member of a cluster. */
	async function twins() {
		const citation = { sourceId: 'cleon-4-0-bilan', excerpt: 'Un passage fictif pour ce test.' };
		const create = async (name: string, extra: Record<string, unknown>) => {
			const changeset = await contributions.createEntity(
				database,
				curator,
				newEntitySchema.parse({ kind: 'Company', name, citation, link: { type: 'MEMBER_OF', to: 'ecosystem-cleon-4-0' }, ...extra })
			);
			return { changeset, id: (changeset.operations[0] as { id: string }).id };
		};
		const keep = await create(`Fictive Industrie ${run}`, {});
		// The duplicate cites another section: its membership adds a citation to the kept one's.
		const drop = await create(`Fictive Industrie SAS ${run}`, {
			siren: '732829320',
			website: 'https://example.test/fictive',
			citation: { ...citation, section: 'Annexe fictive' }
		});
		const link = await contributions.addRelationship(
			database,
			curator,
			newRelationshipSchema.parse({ type: 'COLLABORATES_WITH', from: drop.id, to: 'aerospace-valley', citation })
		);
		return { keep, drop, link };
	}

	it('hides an entity with its links, and its revert restores it exactly', async () => {
		const { keep, drop, link } = await twins();
		const before = await digestGraph(database);
		const hidden = await contributions.hideEntity(database, curator, drop.id, 'Doublon');
		expect(hidden.summary).toMatch(/^masquage de « Fictive Industrie SAS \w+ » \(entreprise\)$/);
		expect(await entities.getEntity(database, drop.id)).toBeNull();
		expect(await changesets.readHidden(database, drop.id)).toMatchObject({ labels: expect.arrayContaining(['Company', 'Entity']) });
		expect((await digestGraph(database)).entities).toBe(before.entities - 1);
		await changesets.revert(database, curator, hidden.id, 'Pas un doublon');
		expect(await digestGraph(database)).toEqual(before);
		for (const changeset of [link, drop.changeset, keep.changeset])
			await changesets.revert(database, curator, changeset.id, 'Essai terminé');
	});

	it('merges a duplicate: links, names and properties move, the id redirects, and the revert undoes it all', async () => {
		const { keep, drop, link } = await twins();
		const before = await digestGraph(database);
		const preview = await contributions.previewMerge(database, keep.id, drop.id);
		expect(preview.operations.map((operation) => operation.op)).toEqual([
			'delete-relationship',
			'create-relationship',
			'delete-relationship',
			'update-relationship',
			'update-entity',
			'update-entity',
			'hide-entity'
		]);
		expect(await digestGraph(database)).toEqual(before);

		const merged = await contributions.mergeEntities(database, curator, keep.id, drop.id, 'Même entreprise');
		const kept = await entities.getEntity(database, keep.id);
		expect(kept?.entity.aliases).toContain(`Fictive Industrie SAS ${run}`);
		expect(kept?.entity.properties).toMatchObject({ siren: '732829320', website: 'https://example.test/fictive' });
		const memberships = kept?.relationships.filter((relationship) => relationship.other.id === 'ecosystem-cleon-4-0') ?? [];
		expect(memberships).toHaveLength(1);
		expect(memberships[0].citations.map((citation) => citation.section)).toEqual([undefined, 'Annexe fictive']);
		expect(kept?.relationships.find((relationship) => relationship.other.id === 'aerospace-valley')).toBeDefined();
		expect(await changesets.readHidden(database, drop.id)).toMatchObject({ mergedInto: keep.id });

		await changesets.revert(database, curator, merged.id, 'Deux entreprises distinctes');
		expect(await digestGraph(database)).toEqual(before);
		for (const changeset of [link, drop.changeset, keep.changeset])
			await changesets.revert(database, curator, changeset.id, 'Essai terminé');
	});

	it('refuses to merge two entities of different kinds, or one with itself', async () => {
		await expect(contributions.previewMerge(database, 'ecosystem-cleon-4-0', 'ademe')).rejects.toThrow(/même nature/);
		await expect(contributions.previewMerge(database, 'ademe', 'ademe')).rejects.toThrow(/elle-même/);
	});
});

describe('a curator’s corrections before publishing', () => {
	it('publish the corrected values, say so in the note, keep what was proposed, and revert like any change', async () => {
		const before = await digestGraph(database);
		const proposal = await contributions.createEntity(
			database,
			contributor,
			newEntitySchema.parse({
				kind: 'Company',
				name: `Societe Mal Saisie ${run}`,
				website: 'https://example.test/faute',
				citation: { sourceId: 'cleon-4-0-bilan', excerpt: 'Un passage fictif.' }
			})
		);
		const edits = contributions.changedEdits(proposal.operations, {
			'0.name': `Société Bien Saisie ${run}`,
			'0.website': 'https://example.test/faute'
		});
		expect(edits).toEqual({ '0.name': `Société Bien Saisie ${run}` });
		await expect(contributions.publishCorrected(database, curator, proposal.id, { '0.siren': '123' })).rejects.toThrow(/9 chiffres/);
		expect(await digestGraph(database)).toEqual(before);
		const published = await contributions.publishCorrected(database, curator, proposal.id, edits, 'Accents rétablis.');
		expect(published.reviewNote).toBe('Corrigée avant publication (name). Accents rétablis.');
		const id = (proposal.operations[0] as { id: string }).id;
		expect((await entities.getEntity(database, id))?.entity.name).toBe(`Société Bien Saisie ${run}`);
		await changesets.revert(database, curator, proposal.id, 'Essai terminé');
		expect(await digestGraph(database)).toEqual(before);
	});
});
