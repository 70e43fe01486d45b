import { describe, expect, it } from 'vitest';
import { importDecisionsSchema, importOptionsSchema } from '$lib/domain/imports';
import { analyse, type ImportContext } from './analyse';
import { CandidateIndex } from './candidates';
import { Gazetteer } from './places';
import { planImport } from './plan';
import type { Sheet } from './read-sheet';

/** A fictitious little graph: two communes of Isère, three actors, a project, a programme. */
function context(): ImportContext {
	const commune = (id: string, code: string, name: string, postalCodes: string[]) => ({
		id,
		code,
		name,
		postalCodes,
		departement: '38',
		departementName: 'Isère'
	});
	const actor = (id: string, name: string, communes: string[] = [], extra = {}) => ({
		id,
		name,
		aliases: [],
		communes,
		departements: ['38'],
		...extra
	});
	const named = (id: string, name: string) => ({ id, name, aliases: [], communes: [], departements: [] });
	return {
		gazetteer: new Gazetteer([
			commune('commune-38185', '38185', 'Grenoble', ['38000', '38100']),
			commune('commune-38382', '38382', 'Saint-Égrève', ['38120'])
		]),
		actors: new CandidateIndex([
			actor('cluster-fictif', 'Cluster Fictif', ['commune-38185']),
			actor('region-fictive', 'Région Fictive'),
			actor('atelier-imaginaire-grenoble', 'Atelier Imaginaire', ['commune-38185']),
			actor('atelier-imaginaire-egreve', 'Atelier Imaginaire', ['commune-38382'])
		]),
		projects: new CandidateIndex([named('projet-fictif', 'Projet Fictif')]),
		programmes: new CandidateIndex([named('programme-fictif', 'Programme Fictif')])
	};
}

const sheet = (rows: string[][]): Sheet => ({ format: 'csv', sheets: [], lines: rows.map((cells, index) => ({ row: index + 1, cells })) });
const options = (preset: string, extra = {}) =>
	importOptionsSchema.parse({ preset, ...(preset === 'membres' ? { clusterId: 'cluster-fictif' } : {}), ...extra });
const graph = { links: [], properties: new Map(), taken: new Set<string>() };

describe('the rows of a member list', () => {
	const members = sheet([
		['Raison sociale', 'Commune', 'Code postal'],
		['Fictive Mécanique SAS', 'Grenoble', '38000'],
		['FICTIVE MECANIQUE', 'Grenoble', ''],
		['Sté Fictive Mécanique', 'Grenoble', '38000'],
		['Atelier Imaginaire', '', ''],
		['Atelier Imaginaire', 'Saint-Egreve', ''],
		['Démo Plasturgie', 'Nullepart', ''],
		['', '', ''],
		['Total : 6 adhérents', '', '']
	]);

	it('make one entity of a company written three ways, and offer a choice between two of the same name', async () => {
		const analysis = await analyse(members, options('membres'), importDecisionsSchema.parse({}), context());
		const [first, second, third, plain, placed, unknown, empty, total] = analysis.rows;
		expect(first).toMatchObject({ status: 'ready', actor: { outcome: 'new' }, place: { communeId: 'commune-38185', by: 'postal-code' } });
		expect(second.actor).toEqual({ outcome: 'new', name: 'FICTIVE MECANIQUE', sameAsRow: 2 });
		expect(third.actor).toMatchObject({ outcome: 'new', sameAsRow: 2 });
		expect(plain).toMatchObject({ status: 'ambiguous', actor: { outcome: 'ambiguous' } });
		expect(placed).toMatchObject({
			status: 'ready',
			actor: { outcome: 'found', id: 'atelier-imaginaire-egreve', reason: 'name-and-place' }
		});
		expect(unknown).toMatchObject({ status: 'error', problems: [{ column: 'Commune', message: 'aucune commune « Nullepart »' }] });
		expect([empty.status, total.status]).toEqual(['ignored', 'ignored']);

		// The graph places the known Atelier where the index says it is: the import adds no second place.
		const located = { from: 'atelier-imaginaire-egreve', type: 'LOCATED_IN', to: 'commune-38382', properties: { sources: ['rapport#p2'] } };
		const plan = planImport({
			preset: 'membres',
			clusterId: 'cluster-fictif',
			sourceId: 'source-essai',
			rows: analysis.rows,
			graph: { ...graph, links: [located] }
		});
		const created = plan.operations.filter((operation) => operation.op === 'create-entity');
		expect(created).toHaveLength(1);
		expect(created[0].properties).toMatchObject({ name: 'Fictive Mécanique SAS', aliases: ['FICTIVE MECANIQUE', 'Sté Fictive Mécanique'] });
		expect(plan.newLinks).toEqual({ LOCATED_IN: 1, MEMBER_OF: 2 });
		expect([...plan.outcomes].map(([row, outcome]) => [row, outcome.status])).toEqual([
			[2, 'ready'],
			[3, 'duplicate'],
			[4, 'duplicate'],
			[6, 'ready']
		]);
	});

	it('follow the person’s decisions: a row set aside, an ambiguity settled, a value corrected', async () => {
		const decisions = importDecisionsSchema.parse({
			excluded: [6],
			choices: { '5': 'atelier-imaginaire-grenoble' },
			fixes: { '7': { Commune: 'Saint-Égrève' } }
		});
		const rows = (await analyse(members, options('membres'), decisions, context())).rows;
		expect(rows.find((row) => row.row === 5)).toMatchObject({ status: 'ready', actor: { outcome: 'found', reason: 'chosen' } });
		expect(rows.find((row) => row.row === 6)?.status).toBe('excluded');
		expect(rows.find((row) => row.row === 7)).toMatchObject({ status: 'ready', place: { communeId: 'commune-38382', by: 'name' } });
	});

	it('cite a link the graph already states instead of duplicating it, and leave it alone when it cites the file', async () => {
		const rows = (
			await analyse(
				members,
				options('membres'),
				importDecisionsSchema.parse({ choices: { '5': 'atelier-imaginaire-grenoble' } }),
				context()
			)
		).rows;
		const stated = {
			from: 'atelier-imaginaire-grenoble',
			type: 'MEMBER_OF',
			to: 'cluster-fictif',
			properties: { sources: ['rapport#p1'], evidence: ['…'] }
		};
		const cited = planImport({
			preset: 'membres',
			clusterId: 'cluster-fictif',
			sourceId: 'source-essai',
			rows,
			graph: { ...graph, links: [stated] }
		});
		expect(cited.operations).toContainEqual(
			expect.objectContaining({
				op: 'update-relationship',
				from: 'atelier-imaginaire-grenoble',
				after: expect.objectContaining({ sources: ['rapport#p1', 'source-essai#ligne-5'] })
			})
		);
		const again = { ...stated, properties: { sources: ['rapport#p1', 'source-essai#ligne-5'], evidence: ['…', '…'] } };
		const unchanged = planImport({
			preset: 'membres',
			clusterId: 'cluster-fictif',
			sourceId: 'source-essai',
			rows,
			graph: { ...graph, links: [again] }
		});
		expect(unchanged.outcomes.get(5)?.status).toBe('unchanged');
	});
});

describe('the rows of fundings and projects', () => {
	it('link a known funder to a beneficiary with the amount, the year and the programme; an unknown funder is an error', async () => {
		const fundings = sheet([
			['Financeur', 'Bénéficiaire', 'Montant (€)', 'Année', 'Programme'],
			['Région Fictive', 'Atelier Imaginaire Grenoble', '42 000,50', '2025', 'Programme Fictif'],
			['Banque Imaginaire', 'Démo Plasturgie', '10 000', '2025', '']
		]);
		const rows = (
			await analyse(
				fundings,
				options('financements'),
				importDecisionsSchema.parse({ choices: { '2': 'atelier-imaginaire-grenoble' } }),
				context()
			)
		).rows;
		expect(rows[1]).toMatchObject({
			status: 'error',
			problems: [{ column: 'Financeur', message: expect.stringContaining('financeur connu') }]
		});
		const plan = planImport({ preset: 'financements', sourceId: 'source-essai', rows, graph });
		expect(plan.operations).toEqual([
			expect.objectContaining({
				op: 'create-relationship',
				type: 'FUNDS',
				from: 'region-fictive',
				to: 'atelier-imaginaire-grenoble',
				properties: expect.objectContaining({ amountEur: 42_000.5, year: 2025, programme: 'programme-fictif' })
			})
		]);
	});

	it('make one project of the rows that name it, each partner with its role', async () => {
		const projects = sheet([
			['Projet', 'Partenaire', 'Rôle', 'Budget (€)'],
			['Projet Nouveau Fictif', 'Fictive Composites', 'Chef de file', '1 250 000'],
			['Projet Nouveau Fictif', 'Démo Plasturgie', 'Partenaire', ''],
			['Projet Fictif', 'Démo Plasturgie', 'Partenaire', 'environ 2 M']
		]);
		const rows = (await analyse(projects, options('projets'), importDecisionsSchema.parse({}), context())).rows;
		expect(rows[2].problems).toEqual([{ column: 'Budget (€)', message: expect.stringContaining('n’est pas un montant') }]);
		const plan = planImport({ preset: 'projets', sourceId: 'source-essai', rows, graph });
		const project = plan.operations.find((operation) => operation.op === 'create-entity' && operation.labels[0] === 'Project');
		expect(project).toMatchObject({ properties: { name: 'Projet Nouveau Fictif', budgetEur: 1_250_000 } });
		const roles = plan.operations.flatMap((operation) => (operation.op === 'create-relationship' ? [operation.properties.role] : []));
		expect(roles).toEqual(['lead', 'partner']);
	});
});
