import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '$lib/server/db/cypher';
import { getEntity } from '$lib/server/entities';
import { writeRows } from '../../seed/write';
import { clusterKindsStep } from '../../seed/migrate/steps/cluster-kinds';
import { fundingStep } from '../../seed/migrate/steps/funding';
import { rolesStep } from '../../seed/migrate/steps/roles';
import { connectTestDatabase } from './database';

const database = connectTestDatabase();
const ids = [
	'fictif-pole',
	'fictif-programme',
	'fictif-agence',
	'fictif-projet',
	'fictif-projet-seul',
	'fictif-personne',
	'fictif-cluster',
	'fictif-territoire'
];
const node = (id: string, labels: string[]) => ({ id, labels, properties: { id, name: `${id} (fictif)`, sources: ['fictif#migration'] } });
const link = (
	type: 'FUNDS' | 'ROLE_AT' | 'PARTICIPATES_IN',
	from: string,
	to: string,
	properties: Record<string, string | number> = {}
) => ({
	type,
	from,
	to,
	properties: { ...properties, sources: ['fictif#migration'], evidence: [''] }
});

/** An old-model corner of the graph: a programme that funds, free-text roles, a funder without its label. */
beforeAll(async () => {
	await database.write(cypher('admin/delete-entities'), { ids });
	await writeRows(database, {
		entities: [
			node('fictif-programme', ['Programme', 'Funder']),
			node('fictif-agence', ['PublicBody', 'Actor', 'Funder']),
			node('fictif-projet', ['Project']),
			node('fictif-projet-seul', ['Project']),
			node('fictif-personne', ['Person']),
			node('fictif-cluster', ['Cluster', 'Actor']),
			node('fictif-territoire', ['Territory']),
			{ ...node('fictif-pole', ['Cluster', 'Actor']), properties: { ...node('fictif-pole', []).properties, type: 'Pôle de compétitivité' } }
		],
		relationships: [
			link('FUNDS', 'fictif-programme', 'fictif-projet', { amountEur: 1000, year: 2024 }),
			link('FUNDS', 'fictif-agence', 'fictif-projet'),
			link('FUNDS', 'fictif-programme', 'fictif-projet-seul'),
			link('FUNDS', 'fictif-territoire', 'fictif-projet-seul'),
			link('FUNDS', 'fictif-territoire', 'fictif-projet'),
			link('ROLE_AT', 'fictif-personne', 'fictif-cluster', { role: 'Présidente' }),
			link('PARTICIPATES_IN', 'fictif-cluster', 'fictif-projet', { role: 'hébergeur' }),
			link('PARTICIPATES_IN', 'fictif-agence', 'fictif-projet', { role: 'mécène' })
		]
	});
});
afterAll(async () => {
	await database.write(cypher('admin/delete-entities'), { ids });
	await database.close();
});

describe('the migration steps for roles, funding and cluster kinds', () => {
	it('bring an old-model corner into the model, then change nothing on a second run', async () => {
		const first = await database.writeTransaction(async (transaction) => ({
			roles: await rolesStep.run(transaction),
			funding: await fundingStep.run(transaction),
			clusterKinds: await clusterKindsStep.run(transaction)
		}));
		// Two fictitious clusters had no kind: the pôle by its old type, the other a plain cluster.
		expect(first.clusterKinds).toBe(2);
		expect((await getEntity(database, 'fictif-pole'))?.entity.properties.clusterKind).toBe('pole-de-competitivite');
		expect((await getEntity(database, 'fictif-cluster'))?.entity.properties.clusterKind).toBe('cluster');
		expect(first.roles).toBe(3);
		expect(first.funding).toBeGreaterThan(0);

		const funded = await getEntity(database, 'fictif-projet');
		const funders = funded?.relationships.filter((relationship) => relationship.type === 'FUNDS' && relationship.direction === 'in') ?? [];
		// Two other funders: the graph does not say which one operates the programme, so its link stays.
		expect(funders.map((relationship) => relationship.other.id).sort()).toEqual(['fictif-agence', 'fictif-programme', 'fictif-territoire']);
		const alone = await getEntity(database, 'fictif-projet-seul');
		const aloneFunders =
			alone?.relationships.filter((relationship) => relationship.type === 'FUNDS' && relationship.direction === 'in') ?? [];
		expect(aloneFunders.map((relationship) => [relationship.other.id, relationship.properties.programme])).toEqual([
			['fictif-territoire', 'fictif-programme']
		]);
		expect((await getEntity(database, 'fictif-programme'))?.entity.labels).not.toContain('Funder');
		expect((await getEntity(database, 'fictif-territoire'))?.entity.labels).toContain('Funder');

		const person = await getEntity(database, 'fictif-personne');
		expect(person?.relationships.find((relationship) => relationship.type === 'ROLE_AT')?.properties).toMatchObject({
			role: 'head',
			title: 'Présidente'
		});
		const cluster = await getEntity(database, 'fictif-cluster');
		expect(cluster?.relationships.find((relationship) => relationship.type === 'PARTICIPATES_IN')?.properties.role).toBe('host');
		const agency = await getEntity(database, 'fictif-agence');
		const unknown = agency?.relationships.find((relationship) => relationship.type === 'PARTICIPATES_IN')?.properties;
		expect(unknown?.role).toBeUndefined();
		expect(unknown?.roleText).toBe('mécène');

		const second = await database.writeTransaction(
			async (transaction) => (await rolesStep.run(transaction)) + (await fundingStep.run(transaction))
		);
		expect(second).toBe(0);
	});
});
