import { describe, expect, it } from 'vitest';
import { entityIdSchema } from '$lib/domain/model';
import type { GraphRows, RelationshipRow } from '../rows';
import {
	generateSyntheticGraph,
	REFERENCE_YEAR,
	SYNTHETIC_SOURCE_ID,
	syntheticScales,
	type SyntheticBase,
	type SyntheticScale
} from './generate';
import { createRandom } from './random';

/** A made-up base: 300 communes in 3 régions, a third of them in 6 territories, a small vocabulary. */
function base(): SyntheticBase {
	const random = createRandom(7);
	const regions = ['region-11', 'region-28', 'region-84'];
	return {
		communes: Array.from({ length: 300 }, (_, index) => ({
			id: `commune-${String(10_000 + index)}`,
			population: Math.round(random.pareto(200, 1.1)),
			regionId: regions[index % 3],
			territoryId: index % 3 === 0 ? `ti-2023-2027-${index % 6}` : null
		})),
		territories: Array.from({ length: 6 }, (_, index) => ({ id: `ti-2023-2027-${index}`, regionId: regions[index % 3] })),
		themes: [
			{ id: 'filieres', name: 'Filières', broader: null },
			{ id: 'filiere-mecanique', name: 'Mécanique', broader: 'filieres' },
			{ id: 'filiere-chimie', name: 'Chimie', broader: 'filieres' },
			{ id: 'transition-ecologique', name: 'Transition écologique et énergétique', broader: null },
			{ id: 'decarbonation', name: 'Décarbonation', broader: 'transition-ecologique' },
			{ id: 'hydrogene', name: 'Hydrogène', broader: 'decarbonation' },
			{ id: 'numerique', name: 'Numérique', broader: null },
			// As many themes as the real vocabulary (about 70), so that theme draws rarely collide.
			...Array.from({ length: 60 }, (_, index) => ({ id: `theme-${index}`, name: `Thème ${index}`, broader: 'numerique' }))
		],
		programmes: ['programme-territoires-d-industrie', 'france-2030']
	};
}

const small: SyntheticScale = {
	name: 'test',
	companies: 3_000,
	clusters: 200,
	projects: 800,
	funders: 30,
	academics: 60,
	supports: 40,
	associations: 20
};

const graph = generateSyntheticGraph(base(), small, 42);

function ofType(rows: GraphRows, type: RelationshipRow['type']): RelationshipRow[] {
	return rows.relationships.filter((row) => row.type === type);
}

function countBy(rows: RelationshipRow[], key: (row: RelationshipRow) => string): Map<string, number> {
	const counts = new Map<string, number>();
	for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1);
	return counts;
}

describe('generateSyntheticGraph', () => {
	it('gives the same graph for the same seed and another for another seed', { timeout: 30_000 }, () => {
		expect(generateSyntheticGraph(base(), small, 42)).toEqual(graph);
		const other = generateSyntheticGraph(base(), small, 43);
		expect(other.relationships.length).not.toBe(graph.relationships.length);
		expect(other.entities.map((row) => row.properties.name)).not.toEqual(graph.entities.map((row) => row.properties.name));
	});

	it('makes as many entities of each kind as the scale says, plus the one synthetic source', () => {
		const kinds = new Map<string, number>();
		for (const row of graph.entities) kinds.set(row.labels[0], (kinds.get(row.labels[0]) ?? 0) + 1);
		expect(Object.fromEntries(kinds)).toEqual({
			Source: 1,
			Company: small.companies,
			Academic: small.academics,
			Support: small.supports + graph.entities.filter((row) => row.labels[0] === 'Support' && row.labels.includes('Funder')).length,
			Association: small.associations,
			Cluster: small.clusters,
			PublicBody: graph.entities.filter((row) => row.labels[0] === 'PublicBody').length,
			Project: small.projects
		});
		expect(graph.entities.filter((row) => row.labels.includes('Funder'))).toHaveLength(small.funders);
	});

	it('flags every node and relationship as synthetic and cites only the synthetic source', () => {
		const cites = (properties: Record<string, unknown>) =>
			Array.isArray(properties.sources) && properties.sources.length === 1 && properties.sources[0] === SYNTHETIC_SOURCE_ID;
		expect(graph.entities.filter((row) => row.properties.synthetic !== true)).toEqual([]);
		expect(
			graph.entities.filter(
				(row) => row.id !== SYNTHETIC_SOURCE_ID && (!cites(row.properties) || !String(row.properties.name).includes('synthétique'))
			)
		).toEqual([]);
		expect(
			graph.relationships.filter(
				(row) =>
					row.properties.synthetic !== true ||
					!cites(row.properties) ||
					!String((row.properties.evidence as string[])[0]).includes('synthétique')
			)
		).toEqual([]);
		expect(graph.entities[0]).toMatchObject({ id: SYNTHETIC_SOURCE_ID, labels: ['Source'], properties: { kind: 'synthetic' } });
	});

	it('gives unique slug ids that start with synth-', () => {
		const ids = graph.entities.map((row) => row.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids.filter((id) => !id.startsWith('synth-') || !entityIdSchema.safeParse(id).success)).toEqual([]);
	});

	it('links only to its own nodes and to nodes of the real base, never twice the same way', () => {
		const input = base();
		const known = new Set([
			...graph.entities.map((row) => row.id),
			...input.communes.map((c) => c.id),
			...input.territories.map((t) => t.id),
			...input.themes.map((t) => t.id),
			...input.programmes
		]);
		const own = new Set(graph.entities.map((row) => row.id));
		const keys = new Set<string>();
		expect(graph.relationships.filter((row) => !known.has(row.from) || !known.has(row.to))).toEqual([]);
		// So that deleting the synthetic nodes deletes every synthetic relationship.
		expect(graph.relationships.filter((row) => !own.has(row.from) && !own.has(row.to))).toEqual([]);
		for (const row of graph.relationships) keys.add(`${row.type} ${row.from} ${row.to}`);
		expect(keys.size).toBe(graph.relationships.length);
	});

	it('places every actor in exactly one real commune, companies more often in industrial territories', () => {
		const input = base();
		const communes = new Map(input.communes.map((c) => [c.id, c]));
		const located = ofType(graph, 'LOCATED_IN');
		const actors = graph.entities.filter((row) => row.labels.includes('Actor'));
		const placeOf = new Map(located.map((row) => [row.from, row.to]));
		expect(countBy(located, (row) => row.from).size).toBe(located.length);
		expect(actors.filter((actor) => !communes.has(placeOf.get(actor.id) ?? ''))).toEqual([]);

		const companies = actors.filter((row) => row.labels[0] === 'Company');
		const inTerritory = companies.filter((row) => communes.get(placeOf.get(row.id)!)!.territoryId !== null).length / companies.length;
		const population = (filter: (c: (typeof input.communes)[number]) => boolean) =>
			input.communes.filter(filter).reduce((sum, c) => sum + c.population, 0);
		const territoryShare = population((c) => c.territoryId !== null) / population(() => true);
		expect(inTerritory).toBeGreaterThan(territoryShare + 0.1);
	});

	it('makes heavy-tailed clusters: most of 20 to 60 members, a few of more than 200', () => {
		const sizes = [...countBy(ofType(graph, 'MEMBER_OF'), (row) => row.to).values()];
		expect(sizes).toHaveLength(small.clusters);
		expect(Math.min(...sizes)).toBeGreaterThanOrEqual(20);
		expect(sizes.filter((size) => size <= 60).length / sizes.length).toBeGreaterThan(0.7);
		expect(sizes.filter((size) => size > 200).length).toBeGreaterThanOrEqual(1);
		expect(sizes.filter((size) => size > 200).length / sizes.length).toBeLessThan(0.08);
		const memberCounts = new Map(
			graph.entities.filter((row) => row.labels[0] === 'Cluster').map((row) => [row.id, row.properties.memberCount])
		);
		const wrongCounts = [...countBy(ofType(graph, 'MEMBER_OF'), (row) => row.to)].filter(
			([cluster, size]) => memberCounts.get(cluster) !== size
		);
		expect(wrongCounts).toEqual([]);
	});

	it('gives projects 2 to 40 participants, mostly few, one lead each, and funders with amounts', () => {
		const participations = ofType(graph, 'PARTICIPATES_IN');
		const sizes = [...countBy(participations, (row) => row.to).values()].sort((a, b) => a - b);
		expect(sizes).toHaveLength(small.projects);
		expect(sizes[0]).toBeGreaterThanOrEqual(2);
		expect(sizes.at(-1)).toBeLessThanOrEqual(40);
		expect(sizes[Math.floor(sizes.length / 2)]).toBeLessThanOrEqual(6);
		expect(sizes.at(-1)).toBeGreaterThan(20);
		const leads = countBy(
			participations.filter((row) => row.properties.role === 'lead'),
			(row) => row.to
		);
		expect(leads.size).toBe(small.projects);
		expect([...leads.values()].every((count) => count === 1)).toBe(true);

		const funders = new Set(graph.entities.filter((row) => row.labels.includes('Funder')).map((row) => row.id));
		const funds = ofType(graph, 'FUNDS');
		expect(countBy(funds, (row) => row.to).size).toBe(small.projects);
		expect(funds.filter((row) => !funders.has(row.from) || !((row.properties.amountEur as number) > 0))).toEqual([]);
	});

	it('draws project statuses that agree with their years', () => {
		const projects = graph.entities.filter((entity) => entity.labels[0] === 'Project');
		const disagreeing = projects.filter((row) => {
			const { status, startYear, endYear } = row.properties as { status: string; startYear: number; endYear: number };
			if (endYear <= startYear) return true;
			if (status === 'planned') return startYear <= REFERENCE_YEAR;
			if (status === 'completed') return endYear >= REFERENCE_YEAR;
			if (status === 'ongoing') return startYear > REFERENCE_YEAR || endYear < REFERENCE_YEAR;
			return status !== 'unknown';
		});
		expect(disagreeing).toEqual([]);
		expect(new Set(projects.map((row) => row.properties.status))).toEqual(new Set(['planned', 'ongoing', 'completed', 'unknown']));
	});

	it('names companies after a filière of the vocabulary and links them to its theme', () => {
		const company = graph.entities.find((row) => row.labels[0] === 'Company')!;
		expect(company.properties.name).toMatch(/^Société synthétique 000001 — (Mécanique|Chimie)$/);
		const sector = company.properties.sector === 'Mécanique' ? 'filiere-mecanique' : 'filiere-chimie';
		expect(graph.relationships).toContainEqual(expect.objectContaining({ type: 'ADDRESSES', from: company.id, to: sector }));
	});

	it('refuses a base without communes or themes', () => {
		expect(() => generateSyntheticGraph({ ...base(), communes: [] }, small, 1)).toThrow(/communes/);
		expect(() => generateSyntheticGraph({ ...base(), themes: [] }, small, 1)).toThrow(/theme/);
	});

	it('reaches about 500,000 relationships at the national scale, a tenth at the regional one', { timeout: 60_000 }, () => {
		const national = generateSyntheticGraph(base(), syntheticScales.national, 42);
		expect(national.relationships.length).toBeGreaterThan(450_000);
		expect(national.relationships.length).toBeLessThan(600_000);
		const regional = generateSyntheticGraph(base(), syntheticScales.regional, 42);
		expect(regional.relationships.length / national.relationships.length).toBeGreaterThan(0.07);
		expect(regional.relationships.length / national.relationships.length).toBeLessThan(0.13);
	});
});
