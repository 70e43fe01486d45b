import { afterAll, describe, expect, it } from 'vitest';
import * as search from '$lib/server/search';
import { connectTestDatabase } from './database';

const database = connectTestDatabase();
afterAll(() => database.close());

const ids = async (q: string, type?: 'Commune' | 'Cluster' | 'Project') =>
	(await search.searchEntities(database, { q, type, limit: 10 })).results.map((hit) => hit.id);

describe('searchEntities', () => {
	it('finds "Cléon" when typed "cleon", both the commune and the ecosystem', async () => {
		const found = await ids('cleon');
		expect(found).toContain('commune-76178');
		expect(found).toContain('ecosystem-cleon-4-0');
	});

	it('ranks the curated ecosystem before the commune of the same name', async () => {
		const found = await ids('cleon');
		expect(found.indexOf('ecosystem-cleon-4-0')).toBeLessThan(found.indexOf('commune-76178'));
	});

	it('finds "ÉcosystèmeD" first from "ecosysteme d"', async () => {
		expect((await ids('ecosysteme d'))[0]).toBe('ecosystemed');
	});

	it("puts the entities named « Côte d’Albâtre » before Côte-d’Or and the Côtes-d’Armor for « cote d'albatre »", async () => {
		const found = await ids("cote d'albatre");
		const albatre = ['ti-2019-2022-2804', 'ti-2023-2027-2806', 'epci-200069839'];
		expect(found.slice(0, 3).sort()).toEqual([...albatre].sort());
		for (const other of ['departement-21', 'departement-22']) {
			if (found.includes(other)) expect(found.indexOf(other)).toBeGreaterThan(2);
		}
	});

	it('offers, after the theme « Hydrogène », the actors and projects that address it, saying so', async () => {
		const { results } = await search.searchEntities(database, { q: 'hydrogène', limit: 10 });
		expect(results[0]).toMatchObject({ id: 'hydrogene', kind: 'Theme' });
		const through = results.filter((hit) => hit.via?.id === 'hydrogene');
		expect(through.length).toBeGreaterThan(0);
		// Before the documents that merely name it.
		const firstSource = results.findIndex((hit) => hit.kind === 'Source');
		if (firstSource !== -1) expect(results.indexOf(through[0])).toBeLessThan(firstSource);
		for (const hit of through)
			expect(['Project', 'Company', 'Cluster', 'Academic', 'Support', 'PublicBody', 'Association']).toContain(hit.kind);
		// Only projects, when projects are asked for.
		const projects = await search.searchEntities(database, { q: 'hydrogène', type: 'Project', limit: 10 });
		expect(projects.results.length).toBeGreaterThan(0);
		for (const hit of projects.results) expect(hit.kind).toBe('Project');
	});

	it('finds by alias and by prefix', async () => {
		expect(await ids('tenerr')).toContain('tenerrdis');
	});

	it('finds a word after an elided article: "evian" and "abondance" reach "Pays d\'Evian – vallée d\'Abondance"', async () => {
		expect(await ids('evian')).toContain('ti-2023-2027-8411');
		expect(await ids('abondance')).toContain('ti-2023-2027-8411');
	});

	it('tells a pôle de compétitivité from a cluster and an ecosystem, and finds a pôle of the phase-V list by its former name', async () => {
		const hits = (query: string) => search.searchEntities(database, { q: query, type: 'Cluster', limit: 10 });
		expect((await hits('tenerrdis')).results[0]).toMatchObject({ id: 'tenerrdis', clusterKind: 'pole-de-competitivite' });
		expect((await hits('mecanic vallee')).results[0]).toMatchObject({ id: 'mecanic-vallee', clusterKind: 'cluster' });
		expect((await hits('cleon')).results[0]).toMatchObject({ id: 'ecosystem-cleon-4-0', clusterKind: 'ecosysteme-industriel' });
		expect((await hits("mov'eo")).results.map((hit) => hit.id)).toContain('nextmove');
	});

	it('keeps only the requested kind', async () => {
		const { results } = await search.searchEntities(database, { q: 'cleon', type: 'Commune', limit: 10 });
		expect(results.length).toBeGreaterThan(0);
		expect(results.every((hit) => hit.kind === 'Commune')).toBe(true);
	});

	it('gives a place as context for a commune', async () => {
		const { results } = await search.searchEntities(database, { q: 'cleon', type: 'Commune', limit: 1 });
		expect(results[0]).toMatchObject({ id: 'commune-76178', context: 'Seine-Maritime' });
	});

	it('treats Lucene syntax as plain words instead of failing', async () => {
		await expect(search.searchEntities(database, { q: 'name:"x" OR (a* AND b~) [1 TO 2] \\', limit: 5 })).resolves.toBeDefined();
	});

	it('returns no result, not an error, for input with nothing searchable', async () => {
		expect((await search.searchEntities(database, { q: '?!', limit: 5 })).results).toEqual([]);
	});
});
