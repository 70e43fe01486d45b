import { statement } from '$lib/server/db/rows';
import { graphVersionRow, nameRow } from '$lib/server/db/rows/documents';
import type { Database } from '$lib/server/db/neo4j';
import { closeness, nameKey as comparedName } from '$lib/server/imports/matching';
import { nameKey } from './french';
import { COMMON, distinctive, GENERIC } from './name-words';

/**
 * The names the reader recognises: every entity of the graph but themes and sources (the 35,000
 * communes, the EPCI and the Territoires d'industrie included), with its aliases, indexed by first
 * word so that a text is scanned once, longest name first. Held in memory, and rebuilt when the
 * graph's entities or changesets change.
 */

export interface GazetteerEntry {
	id: string;
	name: string;
	aliases: string[];
	/** The primary label: Company, Cluster, Commune, Territory… */
	kind: string;
	/** A place that also acts (a Région, an EPCI as an institution). */
	institution?: boolean;
	funder?: boolean;
	/** A département's code; for a commune or an EPCI, the département it lies in. */
	departement?: string;
	/** A Territoire d'industrie's programme phase (« 2023-2027 »). */
	phase?: string;
}

export interface NameMatch {
	/** Index of the first and one past the last token matched. */
	first: number;
	last: number;
	entries: GazetteerEntry[];
}

const GEOGRAPHY = new Set(['Commune', 'Department', 'Region', 'EPCI']);
export function isGeography(kind: string): boolean {
	return GEOGRAPHY.has(kind);
}

/** The ways a name is written besides itself: « CC X » is also « Communauté de communes X ». */
function variants(name: string, kind: string): string[] {
	// « Club VIP Achats (Cléon 4.0) »: the qualifier in parentheses is Maillage's, texts omit it.
	const bare = name.replace(/\s*\([^)]*\)\s*$/u, '');
	// « CA de la Région Nazairienne et de l'Estuaire (CARENE) »: an acronym in parentheses is a name of its own.
	const acronym = /\(([\p{Lu}\d&-]{3,12})\)\s*$/u.exec(name)?.[1];
	if (bare !== name && bare.length >= 3) return acronym ? [name, bare, acronym] : [name, bare];
	if (kind !== 'EPCI') return [name];
	const expanded = name
		.replace(/^CC\s/u, 'Communauté de communes ')
		.replace(/^CA\s/u, "Communauté d'agglomération ")
		.replace(/^CU\s/u, 'Communauté urbaine ');
	// « CA Vitré Communauté », « CA Mulhouse Alsace Agglomération »: a name that says its legal form again is used without the prefix.
	const prefixed = /^(?:CC|CA|CU)\s+(.+)$/u.exec(name)?.[1];
	const alone = prefixed && /(?:^|\s)(?:Communauté|Agglomération|Agglo|Métropole)(?:\s|$)/u.test(prefixed) ? [prefixed] : [];
	return [...new Set([name, expanded, ...alone])];
}

export class Gazetteer {
	private readonly byFirst = new Map<string, { key: string[]; entries: GazetteerEntry[] }[]>();
	private readonly byWord = new Map<string, { entry: GazetteerEntry; key: string }[]>();
	private readonly described = new Map<string, { entry: GazetteerEntry; words: string[] }[]>();
	readonly size: number;
	/** The Territoires d'industrie, for a name a text gives after « le Territoire d'industrie » (territories.ts). */
	readonly territories: readonly GazetteerEntry[];

	private readonly projects: readonly GazetteerEntry[];
	/** Each project's name as folded words between spaces, for presentedBy (made once, not at every reading). */
	private readonly projectKeys: readonly string[];
	private readonly abridged = new Map<string, { key: string[]; entry: GazetteerEntry; rest: string[] }[]>();

	constructor(entries: readonly GazetteerEntry[]) {
		this.territories = entries.filter((entry) => entry.kind === 'Territory');
		this.projects = entries.filter((entry) => entry.kind === 'Project');
		this.projectKeys = this.projects.map((entry) => ` ${nameKey(entry.name).join(' ')} `);
		this.indexAbridged();
		for (const entry of entries) {
			if (entry.kind !== 'Project' && entry.kind !== 'Programme') continue;
			// « Techno centre du CETIM (Mulhouse) »: the qualifier in parentheses is Maillage's, texts omit it —
			// unless the name is too short without it (« Comité stratégique (Cléon 4.0) »).
			const full = distinctive(entry.name);
			const bare = distinctive(entry.name.replace(/\s*\([^)]*\)\s*$/u, ''));
			const words = bare.length >= 3 ? bare : full;
			if (words.length < 3) continue;
			const list = this.described.get(words[0]) ?? [];
			list.push({ entry, words });
			this.described.set(words[0], list);
		}
		for (const entry of entries) {
			if (isGeography(entry.kind)) continue;
			for (const name of [entry.name, ...entry.aliases]) {
				const key = comparedName(name);
				for (const word of new Set(key.split(' ').filter((word) => word.length >= 4))) {
					const list = this.byWord.get(word) ?? [];
					list.push({ entry, key });
					this.byWord.set(word, list);
				}
			}
		}
		const byKey = new Map<string, { key: string[]; entries: GazetteerEntry[] }>();
		for (const entry of entries) {
			const names = new Set([entry.name, ...entry.aliases].flatMap((name) => variants(name, entry.kind)));
			for (const name of names) {
				const key = nameKey(name);
				if (key.length === 0 || key.join(' ').length < 3) continue;
				if (key.length === 1 && COMMON.has(key[0])) continue;
				const joined = key.join(' ');
				const slot = byKey.get(joined) ?? { key, entries: [] };
				if (!slot.entries.includes(entry)) slot.entries.push(entry);
				byKey.set(joined, slot);
			}
		}
		for (const slot of byKey.values()) {
			const list = this.byFirst.get(slot.key[0]) ?? [];
			list.push(slot);
			this.byFirst.set(slot.key[0], list);
		}
		for (const list of this.byFirst.values()) list.sort((a, b) => b.key.length - a.key.length);
		this.size = entries.length;
	}

	/** The longest names starting at token `index` of a folded token list (longest first). */
	matchesAt(folded: readonly string[], index: number): NameMatch[] {
		const matches: NameMatch[] = [];
		for (const slot of this.byFirst.get(folded[index]) ?? []) {
			if (slot.key.every((word, offset) => folded[index + offset] === word))
				matches.push({ first: index, last: index + slot.key.length, entries: slot.entries });
		}
		return matches;
	}

	/**
	 * Entities (not places) whose name is the same once legal forms are set aside, or close (Dice ≥
	 * 0.85, the same numbers): a new organisation of a text may be one of them.
	 */
	similar(name: string, limit = 3): { id: string; name: string; score: number }[] {
		const key = comparedName(name);
		const best = new Map<string, { id: string; name: string; score: number }>();
		for (const word of new Set(key.split(' ').filter((word) => word.length >= 4))) {
			for (const candidate of this.byWord.get(word) ?? []) {
				const score = Math.round(closeness(key, candidate.key) * 100) / 100;
				if (score >= 0.85 && score > (best.get(candidate.entry.id)?.score ?? 0))
					best.set(candidate.entry.id, { id: candidate.entry.id, name: candidate.entry.name, score });
			}
		}
		return [...best.values()].sort((a, b) => b.score - a.score).slice(0, limit);
	}

	/**
	 * Projects and programmes a sentence describes rather than names: « un workshop consacré à
	 * l’industrie du futur » in a sentence that also says « Pôle métropolitain Clermont Vichy
	 * Auvergne » is the « Workshop Industrie du futur du Pôle métropolitain Clermont Vichy
	 * Auvergne ». The name's first distinctive word must be there, and nine in ten of the others.
	 */
	describedBy(head: string, sentence: ReadonlySet<string>): GazetteerEntry[] {
		return (this.described.get(head) ?? [])
			.filter(({ words }) => words.filter((word) => sentence.has(word)).length >= Math.ceil(words.length * 0.9))
			.map(({ entry }) => entry);
	}

	/**
	 * The project a document presents, from its title: the one project whose name holds the title's
	 * words in order (« OSER les Réseaux ! » for « Étude « OSER les Réseaux ! » Clusters et
	 * Territoires d'industrie »). Two words at least, one of them distinctive.
	 */
	presentedBy(title: string): GazetteerEntry | undefined {
		const key = nameKey(title);
		if (key.length < 2 || key.length > 12 || distinctive(title).length === 0) return undefined;
		const joined = ` ${key.join(' ')} `;
		const found = this.projects.filter((_, index) => this.projectKeys[index].includes(joined));
		return found.length === 1 ? found[0] : undefined;
	}

	/**
	 * Projects by the start of their name, through its first distinctive word (« Étude
	 * d'opportunité » of « Étude d'opportunité de l'autoconsommation collective (Bièvre-Isère) »,
	 * « École de production » of « École de production industrielle de Dieppe »), when no other
	 * project's name starts so; with the distinctive words of the rest.
	 */
	private indexAbridged(): void {
		const byStart = new Map<string, { key: string[]; entry: GazetteerEntry; rest: string[] }[]>();
		for (const entry of this.projects) {
			const key = nameKey(entry.name.replace(/\s*\([^)]*\)\s*$/u, ''));
			// Through its first distinctive word, or its second when the name opens with one (« École de production »).
			const content = (word: string) => word.length >= 4 && !GENERIC.has(word);
			const first = key.findIndex(content);
			const at = first === 0 ? key.findIndex((word, index) => index > 0 && content(word)) : first;
			if (at < 1 || at + 1 >= key.length) continue;
			const start = key.slice(0, at + 1);
			const rest = distinctive(entry.name).filter((word) => !start.includes(word));
			const list = byStart.get(start.join(' ')) ?? [];
			list.push({ key: start, entry, rest });
			byStart.set(start.join(' '), list);
		}
		for (const [, list] of byStart) {
			if (list.length !== 1 || list[0].rest.length === 0) continue;
			const slot = this.abridged.get(list[0].key[0]) ?? [];
			slot.push(list[0]);
			this.abridged.set(list[0].key[0], slot);
		}
	}

	/** A project named by the start of its name at token `index` (see indexAbridged). */
	abridgedAt(folded: readonly string[], index: number): { last: number; entry: GazetteerEntry; rest: string[] } | undefined {
		const found = (this.abridged.get(folded[index]) ?? []).find(({ key }) => key.every((word, offset) => folded[index + offset] === word));
		return found && { last: index + found.key.length, entry: found.entry, rest: found.rest };
	}

	/** Entities whose name or alias is exactly this one (folded), for the duplicate check of a new end. */
	named(name: string): GazetteerEntry[] {
		const key = nameKey(name);
		return (this.byFirst.get(key[0]) ?? []).find((slot) => slot.key.join(' ') === key.join(' '))?.entries ?? [];
	}
}

export function buildGazetteer(entries: readonly GazetteerEntry[]): Gazetteer {
	return new Gazetteer(entries);
}

const LIST_NAMES = statement('documents/list-names', nameRow);
const GRAPH_VERSION = statement('documents/graph-version', graphVersionRow);

export async function gazetteerEntries(database: Database): Promise<GazetteerEntry[]> {
	return (await LIST_NAMES.read(database)).map((row) => ({
		id: row.id,
		name: row.name,
		aliases: row.aliases,
		kind: row.kind,
		...(row.institution ? { institution: true } : {}),
		...(row.funder ? { funder: true } : {}),
		...(row.kind === 'Department' ? { departement: row.code } : row.departement ? { departement: row.departement } : {}),
		...(row.phase ? { phase: row.phase } : {})
	}));
}

let cached: { version: string; gazetteer: Promise<Gazetteer> } | null = null;

/** The gazetteer of the graph as it is now: the one in memory unless the graph changed since. */
export async function currentGazetteer(database: Database): Promise<Gazetteer> {
	const [row] = await GRAPH_VERSION.read(database);
	const version = `${row?.entities}|${row?.changesets}|${row?.latest}`;
	if (cached?.version !== version) {
		const gazetteer = gazetteerEntries(database).then(buildGazetteer);
		cached = { version, gazetteer };
		gazetteer.catch(() => {
			if (cached?.gazetteer === gazetteer) cached = null;
		});
	}
	return cached.gazetteer;
}
