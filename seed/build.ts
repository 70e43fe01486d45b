import path from 'node:path';
import { kindOf, type EntityKind } from '$lib/domain/model';
import { readCuratedSeed, type DocumentCoverage } from './curated';
import { withEnrichedOpenData } from './enrich';
import { loadOpenData } from './open-data/load-open-data';
import { restrictToDepartements } from './open-data/restrict';
import type { Problem } from './problems';
import { definedProperties, type GraphRows } from './rows';

export interface SeedBuild {
	rows: GraphRows;
	/** How many of the rows come from curated files (the rest is open data). */
	curatedCounts: { entities: number; relationships: number };
	problems: Problem[];
	coverage: DocumentCoverage[];
}

/**
 * Reads the open data and the curated files and turns them into rows, checking every curated
 * reference against both. Writes nothing: a build with problems must not reach the database.
 */
export async function buildSeed(
	seedDirectory: string,
	openDataDirectory: string,
	options: { departements?: readonly string[] } = {}
): Promise<SeedBuild> {
	const openData = await loadOpenData(path.resolve(openDataDirectory));
	const openDataKinds = new Map<string, EntityKind>();
	for (const row of openData.rows.entities) {
		const kind = kindOf(row.labels);
		if (kind) openDataKinds.set(row.id, kind);
	}
	for (const source of openData.sources) openDataKinds.set(source.id, 'Source');
	const curated = await readCuratedSeed(path.resolve(seedDirectory), seedDirectory, openDataKinds);
	if (options.departements) {
		// A partial geography must still hold every place and territory the curated files cite.
		const cited = new Set(curated.rows.relationships.flatMap((link) => [link.from, link.to]));
		openData.rows = restrictToDepartements(openData.rows, options.departements, cited);
	}
	const enriched = withEnrichedOpenData(openData.rows, curated.rows);
	return {
		rows: {
			entities: [
				...openData.sources.map(({ id, title, ...details }) => ({
					id,
					labels: ['Source'],
					properties: definedProperties({ id, name: title, ...details })
				})),
				...enriched.entities
			],
			relationships: enriched.relationships
		},
		curatedCounts: { entities: curated.rows.entities.length, relationships: curated.rows.relationships.length },
		problems: curated.problems,
		coverage: curated.coverage
	};
}
