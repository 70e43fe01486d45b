import type { AnalysisQuery } from '$lib/domain/analysis';
import { analysisToGEXF } from '$lib/export/analysis-gexf';
import { fileName } from '$lib/export/file-name';
import type { Database } from '$lib/server/db/neo4j';
import { analyse } from './analyse';

/** The analysed network as a Gephi file: its measures and communities on the nodes, and the name to save it under. */
export async function analysisFile(database: Database, query: AnalysisQuery, now = new Date()): Promise<{ name: string; text: string }> {
	const result = await analyse(database, query);
	return { name: fileName(`reseau-${query.projection}`, 'gexf', now), text: analysisToGEXF(result, now) };
}
