import { foldedWords } from '$lib/domain/text';
import type { SearchQuery, SearchResponse } from '$lib/domain/entity';
import type { Database } from '$lib/server/db/neo4j';
import { searchHitRow, statement } from '$lib/server/db/rows';

const SEARCH_ENTITIES = statement('search/search-entities', searchHitRow);

/**
 * The Lucene query for what a person typed: each folded word matches exactly (boosted) or as a
 * prefix, so "ecosysteme d" finds "ÉcosystèmeD" and "cleon" finds "Cléon". The index keeps an
 * elided article with its word ("d'evian" is one token), so each word is also sought after a
 * one-letter elision: "evian" finds "Pays d'Evian". Words only keep letters and digits, so no
 * Lucene syntax from the input survives. Returns null for no words.
 */
export function buildFulltextQuery(text: string): string | null {
	const words = [...new Set(foldedWords(text))].slice(0, 12);
	if (words.length === 0) return null;
	const clauses = words.map((word) => (word.length < 2 ? word : `(${word}^3 OR ${word}* OR ?'${word}*)`));
	// Names written as one word ("ÉcosystèmeD", "Brit'Inov") are found from their parts typed apart.
	for (let index = 0; index + 1 < words.length; index++) clauses.push(`${words[index]}${words[index + 1]}*^10`);
	return clauses.join(' ');
}

/**
 * Searches entities by name and aliases, accent-insensitively, optionally of one kind and, for
 * clusters, of one cluster kind (a cluster kind alone implies clusters).
 */
export async function searchEntities(database: Database, { q, type, clusterKind, limit }: SearchQuery): Promise<SearchResponse> {
	const asked = { query: q, type: type ?? null, ...(clusterKind ? { clusterKind } : {}) };
	const query = buildFulltextQuery(q);
	if (query === null) return { ...asked, results: [] };
	const results = await SEARCH_ENTITIES.read(database, {
		query,
		kind: type ?? (clusterKind ? 'Cluster' : null),
		clusterKind: clusterKind ?? null,
		limit,
		candidates: type || clusterKind ? 500 : limit * 4
	});
	return { ...asked, results };
}
