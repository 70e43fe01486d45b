import type { Mention, ProposalType } from '$lib/domain/documents';
import { indexOfWords, RELATION_CUES, type RelationCue } from './cues';
import type { Token } from './french';

/**
 * What two names of a text can be to each other, from their kinds (an actor and a project: « participe
 * à ») and from the cue words between them (« animé par »: the second animates the first), each
 * checked against the kinds it joins (a programme never funds; « situé à » needs a place).
 */

/** A name the reader found: in the graph (`entityId`) or new. */
export interface Named extends Mention {
	first: number;
	last: number;
	role?: string;
	title?: string;
	/** A role given before the name (« sa directrice, Julie Fictelle »): where its title starts, and its determiner. */
	titled?: { first: number; determiner: 'possessive' | 'indefinite' | 'definite' };
	institution?: boolean;
	/** A name found without a cue: related only where a cue says how. */
	weak?: boolean;
	/** Named in passing (by the start of its name): not the project in sight, nor what « ce projet » stands for. */
	aside?: boolean;
}

export type Class = 'project' | 'programme' | 'cluster' | 'territory' | 'actor' | 'public' | 'person' | 'place';

export function classOf(named: Named): Class {
	switch (named.kind) {
		case 'Project':
			return 'project';
		case 'Programme':
			return 'programme';
		case 'Cluster':
			return 'cluster';
		case 'Territory':
			return 'territory';
		case 'Person':
			return 'person';
		case 'EPCI':
		case 'PublicBody':
			return 'public';
		case 'Region':
		case 'Commune':
		case 'Department':
			return named.institution ? 'public' : 'place';
		default:
			return 'actor';
	}
}

export const ACTING: ReadonlySet<Class> = new Set(['actor', 'public', 'cluster', 'territory']);
export const PLACE_TARGETS: ReadonlySet<string> = new Set(['Commune', 'Department', 'Region', 'EPCI']);

export interface Guess {
	type: ProposalType;
	from: Named;
	to: Named;
	confidence: number;
	role?: string;
	cue?: string;
}

/** The likeliest relationship between two names of one sentence, from their kinds alone. */
export function byKinds(a: Named, b: Named, gap: readonly Token[]): Guess | null {
	const [ca, cb] = [classOf(a), classOf(b)];
	const pair = (x: Class, y: Class) => (ca === x && cb === y ? [a, b] : ca === y && cb === x ? [b, a] : null);
	let ends: Named[] | null;
	if (
		PLACE_TARGETS.has(b.kind) &&
		ca !== 'place' &&
		ca !== 'person' &&
		gap.length <= 3 &&
		gap.some((token) => ['a', 'au', 'en', 'sur', 'dans'].includes(token.folded))
	)
		return { type: 'LOCATED_IN', from: a, to: b, confidence: 0.45, cue: `« ${gap.map((token) => token.text).join(' ')} »` };
	if ((ends = pair('project', 'programme'))) return { type: 'SELECTED_BY', from: ends[0], to: ends[1], confidence: 0.45 };
	for (const acting of ['person', 'actor', 'public', 'territory', 'cluster'] as const)
		if ((ends = pair(acting, 'project')))
			return { type: 'PARTICIPATES_IN', from: ends[0], to: ends[1], confidence: acting === 'person' ? 0.35 : 0.4 };
	if ((ends = pair('project', 'project'))) return { type: 'PART_OF', from: ends[1], to: ends[0], confidence: 0.3 };
	if ((ends = pair('territory', 'cluster')) || (ends = pair('public', 'cluster')))
		return { type: 'COLLABORATES_WITH', from: ends[0], to: ends[1], confidence: 0.4 };
	if ((ends = pair('actor', 'cluster'))) return { type: 'MEMBER_OF', from: ends[0], to: ends[1], confidence: 0.35 };
	if ((ends = pair('public', 'territory'))) return { type: 'ANIMATES', from: ends[0], to: ends[1], confidence: 0.3 };
	if ((ends = pair('territory', 'programme')) || (ends = pair('programme', 'programme')))
		return { type: 'PART_OF', from: ends[0], to: ends[1], confidence: 0.3 };
	return null;
}

/** Whether a cue's relationship fits the kinds of its two ends. */
export function fits(type: ProposalType, from: Named, to: Named): boolean {
	const [cf, ct] = [classOf(from), classOf(to)];
	switch (type) {
		case 'ANIMATES':
			return ACTING.has(cf) && ct !== 'place' && ct !== 'person' && ct !== 'programme';
		case 'MEMBER_OF':
			return (ACTING.has(cf) || cf === 'person') && (ct === 'cluster' || ct === 'actor' || ct === 'public');
		case 'FUNDS':
			// A programme never funds: its funder does, through it; it may be funded (« le programme est financé par la Région »).
			return ACTING.has(cf) && ['project', 'programme', 'actor', 'cluster', 'territory'].includes(ct);
		case 'SELECTED_BY':
			return (cf === 'project' || cf === 'actor' || cf === 'cluster') && ct === 'programme';
		case 'PARTICIPATES_IN':
			return (ACTING.has(cf) || cf === 'person') && ct === 'project';
		case 'COLLABORATES_WITH':
			return cf !== 'place' && ct !== 'place' && cf !== 'person' && ct !== 'person';
		case 'PART_OF':
			return cf !== 'place' && ct !== 'place' && cf !== 'person' && ct !== 'person';
		case 'LOCATED_IN':
			return cf !== 'place' && cf !== 'person' && PLACE_TARGETS.has(to.kind);
		case 'ROLE_AT':
			return cf === 'person' && ct !== 'place';
	}
}

export function byCue(cue: RelationCue, a: Named, b: Named): Guess | null {
	const [from, to] = cue.passive ? [b, a] : [a, b];
	const found = { confidence: cue.confidence, cue: `« ${cue.label} »`, ...(cue.role ? { role: cue.role } : {}) };
	if (fits(cue.type, from, to)) return { type: cue.type, from, to, ...found };
	if (fits(cue.type, to, from)) return { type: cue.type, from: to, to: from, ...found, confidence: cue.confidence - 0.1 };
	// « dans le cadre du plan X »: a programme within a programme is part of it.
	if (cue.type === 'SELECTED_BY' && classOf(a) === 'programme' && classOf(b) === 'programme')
		return { type: 'PART_OF', from: a, to: b, ...found };
	// « financé par France 2030 »: a programme does not fund, the project is its laureate.
	if (cue.type === 'FUNDS' && fits('SELECTED_BY', to, from)) return { type: 'SELECTED_BY', from: to, to: from, ...found };
	return null;
}

/** The cue nearest the end of `words` (the one just before the second name), the longest on a tie. */
export function findCue(words: readonly string[], placeOnly: boolean): { cue: RelationCue; at: number } | undefined {
	let best: { cue: RelationCue; at: number } | undefined;
	for (const cue of RELATION_CUES) {
		if (cue.placeOnly !== placeOnly) continue;
		for (let at = indexOfWords(words, cue.words); at !== -1; at = indexOfWords(words, cue.words, at + 1)) {
			const end = at + cue.words.length;
			const bestEnd = best ? best.at + best.cue.words.length : -1;
			if (end > bestEnd || (end === bestEnd && cue.words.length > best!.cue.words.length)) best = { cue, at };
		}
	}
	return best;
}
