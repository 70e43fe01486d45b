import { afterAll, describe, expect, it } from 'vitest';
import { queryResultSchema } from '$lib/domain/query';
import { defaultParameters, parametersSchema } from '$lib/domain/saved-query';
import { runQuery, savedQueries } from '$lib/server/console';
import { columnLabel } from '$lib/console/column-labels';
import { translator } from '$lib/i18n/translator';
import { connectTestDatabase } from './database';

const database = connectTestDatabase();
afterAll(() => database.close());

const LIMITS = { timeoutMs: 10_000, rowCap: 5_000 };
const library = [...savedQueries().values()];

/** Runs a saved query with its defaults, overridden by `params`. */
async function run(id: string, params: Record<string, unknown> = {}) {
	const query = savedQueries().get(id);
	if (!query) throw new Error(`No saved query ${id}`);
	const values = parametersSchema(query.parameters).parse(params);
	return queryResultSchema.parse(await runQuery(database, query.cypher, values, LIMITS));
}

describe('every saved query', () => {
	it.each(library.map((query) => [query.id]))('%s runs read-only with its defaults and finds rows in the fixture', async (id) => {
		const query = savedQueries().get(id);
		const result = await run(id, query ? defaultParameters(query.parameters) : {});
		expect(result.rows.length).toBeGreaterThan(0);
		expect(result.truncated).toBe(false);
		for (const row of result.rows) expect(Object.keys(row)).toEqual(result.columns);
	});

	it.each(library.map((query) => [query.id]))('%s names each of its columns in words, in French and in English', async (id) => {
		const query = savedQueries().get(id);
		const result = await run(id, query ? defaultParameters(query.parameters) : {});
		for (const locale of ['fr', 'en'] as const) {
			const unnamed = result.columns.filter((column) => !columnLabel(translator(locale), column));
			expect(unnamed, `${id} (${locale})`).toEqual([]);
		}
	});
});

describe('what the saved queries answer', () => {
	it('clusters collaborating with territories of Auvergne-Rhône-Alpes include Tenerrdis and Minalogic, drawn as a graph', async () => {
		const result = await run('list-clusters-collaborating-in-region', { region: 'region-84' });
		expect(result.rows.map((row) => row.clusterName).sort()).toEqual(expect.arrayContaining(['Minalogic', 'Tenerrdis']));
		expect(result.graph?.edges.every((edge) => edge.type === 'COLLABORATES_WITH')).toBe(true);
		const other = await run('list-clusters-collaborating-in-region', { region: 'region-28' });
		expect(other.rows.map((row) => row.clusterName)).not.toContain('Tenerrdis');
	});

	it('ranks ADEME first among funders by amount, and narrows to a theme', async () => {
		const all = await run('rank-funders-by-amount');
		expect(all.rows[0]).toMatchObject({ funderName: 'ADEME', amountEur: 23_600_000 });
		const amounts = all.rows.map((row) => Number(row.amountEur));
		expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
		const themed = await run('rank-funders-by-amount', { theme: 'decarbonation' });
		expect(themed.rows.length).toBeGreaterThan(0);
		expect(themed.rows.length).toBeLessThanOrEqual(all.rows.length);
	});

	it('groups funding by operator and programme: ADEME funds DECLYC through France 2030, DKarbonation directly', async () => {
		const ranked = await run('rank-funders-by-amount');
		const ademe = ranked.rows.filter((row) => row.funderName === 'ADEME');
		expect(ademe.map((row) => row.programmeName).sort()).toEqual(['France 2030', null].sort());
		expect(ademe.find((row) => row.programmeName === 'France 2030')?.projectNames).toEqual([
			'DECLYC (DECarboner LYon vallée de la Chimie)'
		]);
		const declyc = await run('list-project-funding', { project: 'declyc' });
		expect(declyc.rows).toContainEqual(expect.objectContaining({ funderName: 'ADEME', programmeName: 'France 2030' }));
	});

	it('finds the phase 1 territories that no phase 2 territory continues, apart from those that continue', async () => {
		const left = await run('list-territories-leaving-programme');
		const continued = await run('list-territory-continuity');
		const leftNames = new Set(left.rows.map((row) => row.territoryName));
		for (const row of continued.rows) expect(leftNames.has(row.phase1)).toBe(false);
	});

	it('lists the EPCIs of Axe Seine, most populous first, Métropole Rouen Normandie among them', async () => {
		const result = await run('list-territory-epcis', { territory: 'ti-2023-2027-2802' });
		expect(result.rows.map((row) => row.epciName)).toContain('Métropole Rouen Normandie');
		const populations = result.rows.map((row) => Number(row.population));
		expect(populations).toEqual([...populations].sort((a, b) => b - a));
	});

	it('finds a path from Tenerrdis to the Pays d’Evian that avoids geography and themes', async () => {
		const result = await run('find-shortest-paths');
		const steps = result.rows[0].steps as string[];
		expect(steps[0]).toBe('Tenerrdis');
		expect(steps.at(-1)).toMatch(/^Pays d'Evian/);
		expect(result.graph?.nodes.some((node) => ['Region', 'Department', 'EPCI', 'Commune', 'Theme'].includes(node.kind))).toBe(false);
	});

	it('keeps theme pairs at or above the minimum, each pair once', async () => {
		const result = await run('rank-theme-cooccurrences', { minProjects: 3 });
		expect(result.rows.every((row) => Number(row.projects) >= 3)).toBe(true);
		const pairs = result.rows.map((row) => `${row.theme}|${row.otherTheme}`);
		expect(new Set(pairs).size).toBe(pairs.length);
	});
});
