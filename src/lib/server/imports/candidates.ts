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
	private readonly byKey = new Map<string, Set<string>>();
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
		const aliases = existing ? [...existing.aliases, candidate.name, ...candidate.aliases] : candidate.aliases;
		const name = existing?.name ?? candidate.name;
		const keys = [...new Set([name, ...aliases].map(nameKey))];
		this.all.set(candidate.id, { ...(existing ?? candidate), aliases, keys });
		const file = (map: Map<string, Set<string>>, key: string) => map.set(key, (map.get(key) ?? new Set()).add(candidate.id));
		if (candidate.siret) file(this.byIdentifier, candidate.siret.slice(0, 9));
		if (candidate.siren) file(this.byIdentifier, candidate.siren);
		for (const key of keys) {
			file(this.byKey, key);
			for (const word of wordsOf(key)) file(this.byWord, word);
		}
	}

	/**
	 * The entity a row names, by the rules of `matchActor`, among the candidates that could be it:
	 * the same identifier, the same name, or a name sharing one of its less common words (a word
	 * that hundreds of names share, « entreprise », « mécanique », says nothing of which one it is).
	 */
	match(wanted: Wanted): Match {
		const ids = new Set<string>();
		const siren = wanted.siren ?? wanted.siret?.slice(0, 9);
		if (siren) for (const id of this.byIdentifier.get(siren) ?? []) ids.add(id);
		const key = nameKey(wanted.name);
		for (const id of this.byKey.get(key) ?? []) ids.add(id);
		const words = wordsOf(key);
		const postings = words
			.map((word) => this.byWord.get(word))
			.filter((posting): posting is Set<string> => posting !== undefined)
			.sort((a, b) => a.size - b.size);
		const telling = postings.filter((posting) => posting.size <= COMMON_WORD);
		// A name made only of common words is compared with the names of its least common one; a name with a
		// word no other has (« Numéro 1234 ») is close to none of those.
		const fallback = postings.length === words.length ? postings.slice(0, 1) : [];
		for (const posting of telling.length > 0 ? telling : fallback) for (const id of posting) ids.add(id);
		return matchActor(
			wanted,
			[...ids].map((id) => this.all.get(id)!)
		);
	}
}

/** A word shared by more names than this is too common to select candidates by. */
const COMMON_WORD = 200;

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
