import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSeed, type SeedBuild } from './build';
import { findEvidenceMismatches } from './evidence';

/** The five documents Maillage was founded on, beside the repository in CI (not redistributed here). */
const SOURCE_DOCUMENTS = process.env.MAILLAGE_SOURCE_DOCUMENTS ?? '../shared/seeds';

let seed: SeedBuild;
beforeAll(async () => {
	seed = await buildSeed('seed', 'seed/open-data');
});

const kindOf = (labels: string[]) => labels[0];

describe('the real seed', () => {
	it('has no problem', () => {
		expect(seed.problems).toEqual([]);
	});

	it('holds the 183 + 149 Territoires d’industrie, 1,255 EPCI, 18 régions and 101 départements', () => {
		const territories = seed.rows.entities.filter((row) => kindOf(row.labels) === 'Territory' && row.properties.anctId);
		expect(territories.filter((row) => row.properties.phase === '2023-2027')).toHaveLength(183);
		expect(territories.filter((row) => row.properties.phase === '2019-2022')).toHaveLength(149);
		expect(seed.rows.entities.filter((row) => kindOf(row.labels) === 'EPCI' && row.properties.kind !== 'EPT')).toHaveLength(1_255);
		expect(seed.rows.entities.filter((row) => kindOf(row.labels) === 'Region')).toHaveLength(18);
		expect(seed.rows.entities.filter((row) => kindOf(row.labels) === 'Department')).toHaveLength(101);
	});

	it('links every project and cluster to at least one theme (but Hippolia, whose « filière équine » no theme covers)', () => {
		const addressed = new Set(seed.rows.relationships.filter((row) => row.type === 'ADDRESSES').map((row) => row.from));
		const unthemed = seed.rows.entities.filter((row) => ['Project', 'Cluster'].includes(kindOf(row.labels)) && !addressed.has(row.id));
		expect(unthemed.map((row) => row.id)).toEqual(['hippolia']);
	});

	it('cites a source for every node and every relationship', () => {
		const cited = seed.rows.entities.filter((row) => kindOf(row.labels) !== 'Source');
		expect(cited.filter((row) => !(row.properties.sources as string[] | undefined)?.length).map((row) => row.id)).toEqual([]);
		expect(seed.rows.relationships.filter((row) => !(row.properties.sources as string[] | undefined)?.length)).toEqual([]);
	});

	it('covers each of the five source documents', () => {
		expect(seed.coverage).toHaveLength(5);
		for (const document of seed.coverage) expect(document.entities.size).toBeGreaterThan(5);
	});

	it.runIf(existsSync(SOURCE_DOCUMENTS))('quotes every evidence excerpt word for word from its document', async () => {
		const documents = new Map(
			seed.rows.entities
				.filter((row) => kindOf(row.labels) === 'Source' && typeof row.properties.file === 'string')
				.map((row) => [row.id, row.properties.file as string])
		);
		expect(documents.size).toBe(5);
		expect(await findEvidenceMismatches(seed.rows, documents, SOURCE_DOCUMENTS)).toEqual([]);
	});
});
