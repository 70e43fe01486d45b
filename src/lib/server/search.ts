import { actorKinds } from '$lib/domain/model';
import { foldedWords } from '$lib/domain/text';
import type { SearchQuery, SearchResponse } from '$lib/domain/entity';
import type { Database } from '$lib/server/db/neo4j';
import { addressingHitRow, searchHitRow, statement } from '$lib/server/db/rows';
import { matchClass, rankHits } from './search-ranking';

const SEARCH_ENTITIES = statement('search/search-entities', searchHitRow);
const LIST_ADDRESSING = statement('search/list-addressing', addressingHitRow);

/** Kinds a theme search offers through the themes found: who works on them. */
const ADDRESSING_KINDS = new Set<string>([...actorKinds, 'Project']);

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
	// More rows than shown: the index's order is not the final one (see `search-ranking.ts`).
	const rows = await SEARCH_ENTITIES.read(database, {
		query,
		kind: type ?? (clusterKind ? 'Cluster' : null),
		clusterKind: clusterKind ?? null,
		limit: Math.max(limit * 5, 50),
		candidates: type || clusterKind ? 500 : Math.max(limit * 10, 100)
	});
	const ranked = rankHits(q, rows);
	if ((type && !ADDRESSING_KINDS.has(type)) || clusterKind) return { ...asked, results: ranked.slice(0, limit) };
	// A theme named as typed also brings who addresses it, after the names that match as well;
	// with a kind asked for, the themes are looked for apart.
	const themeRows = type
		? await SEARCH_ENTITIES.read(database, { query, kind: 'Theme', clusterKind: null, limit: 5, candidates: 100 })
		: rows;
	const themes = themeRows.filter((row) => row.kind === 'Theme' && matchClass(q, row.names) === 'phrase').map((row) => row.id);
	if (themes.length === 0) return { ...asked, results: ranked.slice(0, limit) };
	const addressing = await LIST_ADDRESSING.read(database, { themes, kind: type ?? null, limit });
	const phrase = rows.filter((row) => matchClass(q, row.names) === 'phrase').length;
	const shown = new Set(ranked.map((hit) => hit.id));
	// Who works on the theme comes before the documents that merely name it.
	const named = ranked.slice(0, phrase);
	const results = [
		...named.filter((hit) => hit.kind !== 'Source'),
		...addressing.filter((hit) => !shown.has(hit.id)),
		...named.filter((hit) => hit.kind === 'Source'),
		...ranked.slice(phrase)
	];
	return { ...asked, results: results.slice(0, limit) };
}
