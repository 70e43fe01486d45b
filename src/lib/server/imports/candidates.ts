import type { Database } from '$lib/server/db/neo4j';
import { statement } from '$lib/server/db/rows';
import { actorCandidateRow, namedEntityRow } from '$lib/server/db/rows/imports';
import { matchActor, nameKey, type Candidate, type Match, type Wanted } from './matching';

/**
 * The entities of the graph an import may name, indexed so that each row is compared with the few
 * that could be it (same identifier, same name, a shared word) rather than with all of them.
 * Organisations a file introduces join the index as it is read, so that the same new company on
 * three rows becomes one entity.
 */

const LIST_ACTORS = statement('imports/list-actors', actorCandidateRow);
const LIST_PROJECTS = statement('imports/list-projects', namedEntityRow);
const LIST_PROGRAMMES = statement('imports/list-programmes', namedEntityRow);

/** Ids of entities that a file introduces: `row:12` is the new entity of row 12. */
export const NEW_PREFIX = 'row:';

export class CandidateIndex {
	private readonly all = new Map<string, Candidate>();
	private readonly byIdentifier = new Map<string, Set<string>>();
	private readonly byWord = new Map<string, Set<string>>();

	constructor(candidates: readonly Candidate[] = []) {
		for (const candidate of candidates) this.add(candidate);
	}

	get size(): number {
		return this.all.size;
	}

	name(id: string): string {
		return this.all.get(id)?.name ?? id;
	}

	has(id: string): boolean {
		return this.all.has(id);
	}

	add(candidate: Candidate): void {
		const existing = this.all.get(candidate.id);
		const merged = existing ? { ...existing, aliases: [...existing.aliases, candidate.name, ...candidate.aliases] } : candidate;
		this.all.set(candidate.id, merged);
		const file = (map: Map<string, Set<string>>, key: string) => map.set(key, (map.get(key) ?? new Set()).add(candidate.id));
		if (candidate.siret) file(this.byIdentifier, candidate.siret.slice(0, 9));
		if (candidate.siren) file(this.byIdentifier, candidate.siren);
		for (const name of [candidate.name, ...candidate.aliases]) for (const word of wordsOf(nameKey(name))) file(this.byWord, word);
	}

	/** The entity a row names, by the rules of `matchActor`, among the candidates that could be it. */
	match(wanted: Wanted): Match {
		const ids = new Set<string>();
		const siren = wanted.siren ?? wanted.siret?.slice(0, 9);
		if (siren) for (const id of this.byIdentifier.get(siren) ?? []) ids.add(id);
		for (const word of wordsOf(nameKey(wanted.name))) for (const id of this.byWord.get(word) ?? []) ids.add(id);
		return matchActor(
			wanted,
			[...ids].map((id) => this.all.get(id)!)
		);
	}
}

/** The words a close name must share at least one of (blocking); very short words say little. */
function wordsOf(key: string): string[] {
	const words = key.split(' ').filter((word) => word.length >= 3);
	// A name of short words (« A2 M ») is found by its whole key; a misspelt word (« Tenerdis ») by its first letters.
	if (words.length === 0) return key ? [key] : [];
	return [...words, ...words.filter((word) => word.length > 4).map((word) => `${word.slice(0, 4)}…`)];
}

export async function loadActors(database: Database): Promise<CandidateIndex> {
	return new CandidateIndex(await LIST_ACTORS.read(database));
}

export async function loadProjects(database: Database): Promise<CandidateIndex> {
	const rows = await LIST_PROJECTS.read(database);
	return new CandidateIndex(rows.map((row) => ({ ...row, communes: [], departements: [] })));
}

export async function loadProgrammes(database: Database): Promise<CandidateIndex> {
	const rows = await LIST_PROGRAMMES.read(database);
	return new CandidateIndex(rows.map((row) => ({ ...row, communes: [], departements: [] })));
}
