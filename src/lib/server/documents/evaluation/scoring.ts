import type { Mention, Proposal, ProposalEnd } from '$lib/domain/documents';
import { foldText } from '$lib/domain/text';

/**
 * How a reading compares with the facts a person curated from the same text: recall of the
 * curated relationships (any proposed type joining the same two entities, in either direction;
 * the exact type counted apart), precision of the proposals, and accuracy of entity linking.
 * Pure: the curated facts and the reading come in as arguments.
 */

export interface CuratedEntity {
	id: string;
	names: string[];
}

export interface CuratedRelationship {
	type: string;
	from: string;
	to: string;
}

export interface Score {
	curated: number;
	found: number;
	exact: number;
	proposals: number;
	correct: number;
	/** The same, counting only proposals at or above 50 % confidence. */
	confident: { proposals: number; correct: number; found: number };
	linked: number;
	linkedCorrectly: number;
	recall: number;
	exactRecall: number;
	precision: number;
	linking: number;
	missed: CuratedRelationship[];
	wrong: Proposal[];
}

/** Legal forms a text may add to or drop from a company's name (« Fictivia SAS », « SARL Fictivia »). */
const LEGAL_FORM =
	/^(?:(?:sa|sas|sasu|sarl|eurl|sca|scop|scic|snc|sci|gie|se)\s+)+|(?:\s+(?:sa|sas|sasu|sarl|eurl|sca|scop|scic|snc|sci|gie|se))+$/g;

/** A name as compared: accents, case, punctuation, legal forms and a trailing qualifier in parentheses set aside. */
export function comparable(name: string): string {
	const words = foldText(name)
		.replace(/\s*\([^)]*\)\s*$/u, '')
		// Initials lose their dots, so « S.A.S. » is the legal form « sas ».
		.replace(/\b([a-z])\./g, '$1')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
	// A name that is nothing but a legal form stays as it is rather than become empty.
	return words.replace(LEGAL_FORM, '').trim() || words;
}

const pairKey = (a: string, b: string) => [a, b].sort().join('|');
const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

export function scoreReading(
	reading: { mentions: readonly Mention[]; proposals: readonly Proposal[] },
	curated: { entities: readonly CuratedEntity[]; relationships: readonly CuratedRelationship[] }
): Score {
	const byName = new Map<string, string>();
	for (const entity of curated.entities) for (const name of entity.names) byName.set(comparable(name), entity.id);
	// An end of a proposal is a curated entity by its id, or — a new organisation — by its name.
	const idOf = (end: ProposalEnd) => end.entityId ?? byName.get(comparable(end.name));
	const curatedPairs = new Map(curated.relationships.map((relationship) => [pairKey(relationship.from, relationship.to), relationship]));
	const proposed = new Map<string, Proposal[]>();
	for (const proposal of reading.proposals) {
		const [from, to] = [idOf(proposal.from), idOf(proposal.to)];
		if (!from || !to) continue;
		proposed.set(pairKey(from, to), [...(proposed.get(pairKey(from, to)) ?? []), proposal]);
	}
	const missed: CuratedRelationship[] = [];
	let found = 0;
	let exact = 0;
	let confidentFound = 0;
	for (const relationship of curated.relationships) {
		const matches = proposed.get(pairKey(relationship.from, relationship.to)) ?? [];
		if (matches.length === 0) missed.push(relationship);
		else found++;
		if (matches.some((proposal) => proposal.type === relationship.type)) exact++;
		if (matches.some((proposal) => proposal.confidence >= 0.5)) confidentFound++;
	}
	const wrong: Proposal[] = [];
	let correct = 0;
	let confidentCorrect = 0;
	for (const proposal of reading.proposals) {
		const [from, to] = [idOf(proposal.from), idOf(proposal.to)];
		const right = !!from && !!to && curatedPairs.has(pairKey(from, to));
		if (right) correct++;
		else wrong.push(proposal);
		if (right && proposal.confidence >= 0.5) confidentCorrect++;
	}
	const known = new Set(curated.entities.map((entity) => entity.id));
	const linkedMentions = reading.mentions.filter((mention) => mention.entityId && mention.category !== 'amount');
	const linkedCorrectly = linkedMentions.filter((mention) => known.has(mention.entityId!)).length;
	return {
		curated: curated.relationships.length,
		found,
		exact,
		proposals: reading.proposals.length,
		correct,
		confident: {
			proposals: reading.proposals.filter((proposal) => proposal.confidence >= 0.5).length,
			correct: confidentCorrect,
			found: confidentFound
		},
		linked: linkedMentions.length,
		linkedCorrectly,
		recall: ratio(found, curated.relationships.length),
		exactRecall: ratio(exact, curated.relationships.length),
		precision: ratio(correct, reading.proposals.length),
		linking: ratio(linkedCorrectly, linkedMentions.length),
		missed,
		wrong
	};
}
