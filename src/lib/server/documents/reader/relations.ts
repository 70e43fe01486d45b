import type { Mention, Proposal, ProposalType, Section } from '$lib/domain/documents';
import { ANAPHORS, indexOfWords, RELATION_CUES, wordsAt, type RelationCue } from './cues';
import { excerptOf, type Span, type Token } from './french';
import { sectionAt } from './sections';

/**
 * The relationships a text states, sentence by sentence: for two names in one sentence, the cue
 * words between them (« animé par », « lauréat de », « financé par », cues.json) give the type and
 * the direction; without a cue, their kinds give the likeliest type with a lower confidence (an
 * actor and a project in one sentence: « participe à »). Amounts and years of the sentence go on
 * a funding. Each proposal quotes its sentence.
 */

/** A name the reader found: in the graph (`entityId`) or new. */
export interface Named extends Mention {
	first: number;
	last: number;
	role?: string;
	title?: string;
	institution?: boolean;
}

type Class = 'project' | 'programme' | 'cluster' | 'territory' | 'actor' | 'public' | 'person' | 'place';

function classOf(named: Named): Class {
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

const ACTING: ReadonlySet<Class> = new Set(['actor', 'public', 'cluster', 'territory']);
const PLACE_TARGETS: ReadonlySet<string> = new Set(['Commune', 'Department', 'Region', 'EPCI']);

interface Guess {
	type: ProposalType;
	from: Named;
	to: Named;
	confidence: number;
	role?: string;
	cue?: string;
}

/** The likeliest relationship between two names of one sentence, from their kinds alone. */
function byKinds(a: Named, b: Named, gap: readonly Token[]): Guess | null {
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
function fits(type: ProposalType, from: Named, to: Named): boolean {
	const [cf, ct] = [classOf(from), classOf(to)];
	switch (type) {
		case 'ANIMATES':
			return ACTING.has(cf) && ct !== 'place' && ct !== 'person' && ct !== 'programme';
		case 'MEMBER_OF':
			return (ACTING.has(cf) || cf === 'person') && (ct === 'cluster' || ct === 'actor' || ct === 'public');
		case 'FUNDS':
			return (ACTING.has(cf) || cf === 'programme') && ['project', 'actor', 'cluster', 'territory'].includes(ct);
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

function byCue(cue: RelationCue, a: Named, b: Named): Guess | null {
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

function findCue(words: readonly string[], placeOnly: boolean): { cue: RelationCue; at: number } | undefined {
	for (const cue of RELATION_CUES) {
		if (cue.placeOnly !== placeOnly) continue;
		const at = indexOfWords(words, cue.words);
		if (at !== -1) return { cue, at };
	}
	return undefined;
}

/**
 * Whether a cue between two names joins these two: the name before it is the nearest one (or the
 * sentence's subject), and the names between the cue and the second one, if any, are a list
 * (« porté par A, B et C »).
 */
function cueJoins(text: string, inside: readonly Named[], i: number, j: number, cueToken: number, cueEnd: number): boolean {
	const between = inside.slice(i + 1, j);
	if (i > 0 && between.some((named) => named.last <= cueToken)) return false;
	const after = [...between.filter((named) => named.first >= cueEnd), inside[j]];
	for (let k = 1; k < after.length; k++) {
		if (
			!/^[\s\u00a0\u202f,]*(?:et|ou)?[\s\u00a0\u202f,]*(?:l['’]|la |le |les |d['’])?$/iu.test(text.slice(after[k - 1].end, after[k].start))
		)
			return false;
	}
	return true;
}

/**
 * « Il », « cette initiative », « le projet » at the start of a clause stand for a name of the
 * sentence before: the last one of a fitting kind. Only for relating: they are not mentions.
 */
function anaphorsIn(text: string, tokens: readonly Token[], sentence: Span, own: readonly Named[], previous: readonly Named[]): Named[] {
	const found: Named[] = [];
	const folded = tokens.map((token) => token.folded);
	const first = tokens.findIndex((token) => token.start >= sentence.start);
	if (first === -1) return found;
	for (let index = first; index < tokens.length && tokens[index].end <= sentence.end; index++) {
		const clauseStart = index === first || /[,;:]\s*$/u.test(text.slice(tokens[index - 1].end, tokens[index].start));
		if (!clauseStart) continue;
		const words = ANAPHORS.find((candidate) => wordsAt(folded, candidate, index));
		if (!words) continue;
		const last = index + words.length;
		if (own.some((named) => named.first < last && named.last > index)) continue;
		const generic = words.length === 1 ? null : words.at(-1);
		const wanted = (named: Named) =>
			classOf(named) !== 'place' &&
			classOf(named) !== 'person' &&
			(!generic ||
				(['projet', 'initiative', 'experimentation', 'demarche', 'dispositif', 'action'].includes(generic)
					? named.kind === 'Project'
					: ['cluster', 'pole', 'reseau'].includes(generic)
						? named.kind === 'Cluster'
						: named.kind === 'Company'));
		// « Il », « Elle »: the subject of the sentence before, its first name; « ce projet »: the last project named.
		const antecedent = generic ? [...previous].reverse().find(wanted) : previous.find(wanted);
		if (!antecedent) continue;
		const start = tokens[index].start;
		const end = tokens[last - 1].end;
		found.push({ ...antecedent, text: text.slice(start, end), start, end, first: index, last, reason: `reprend « ${antecedent.name} »` });
	}
	return found;
}

export interface RelateInput {
	text: string;
	tokens: readonly Token[];
	sentences: readonly Span[];
	sections: readonly Section[];
	names: readonly Named[];
	amounts: readonly Mention[];
	years: readonly Mention[];
}

const MAX_GAP = 40;

const pairKey = (a: { entityId?: string; name: string }, b: { entityId?: string; name: string }) =>
	[a.entityId ?? a.name, b.entityId ?? b.name].sort().join('|');

/**
 * The parts of a text: each section, its heading (or for the first, the title: a short first line
 * standing alone) and its body; a top-level Markdown heading (« # … ») reaches to the next one.
 */
function partsOf(text: string, sections: readonly Section[]): { heading: Span; end: number; top: boolean; topEnd: number }[] {
	const lineEnd = (start: number) => (text.indexOf('\n', start) === -1 ? text.length : text.indexOf('\n', start));
	const tops = sections.filter((section) => /^#\s/u.test(text.slice(section.start, section.start + 2)));
	return sections.map((section, index) => {
		const titled = index > 0 || (lineEnd(0) <= 160 && text.slice(lineEnd(0), lineEnd(0) + 2) === '\n\n');
		const heading = { start: section.start, end: titled ? lineEnd(section.start) : section.start };
		const top = tops.includes(section);
		const topEnd = top ? (tops[tops.indexOf(section) + 1]?.start ?? text.length) : section.end;
		return { heading, end: section.end, top, topEnd };
	});
}

export function relate({ text, tokens, sentences, sections, names, amounts, years }: RelateInput): Proposal[] {
	const proposals = new Map<string, Proposal>();
	const propose = (guess: Guess, sentence: Span) => {
		if (guess.from.entityId && guess.from.entityId === guess.to.entityId) return;
		if (guess.from.name === guess.to.name && !guess.from.entityId) return;
		const key = `${guess.type}|${guess.from.entityId ?? guess.from.name}|${guess.to.entityId ?? guess.to.name}`;
		const existing = proposals.get(key);
		if (existing && existing.confidence >= guess.confidence) return;
		const properties: Proposal['properties'] = {};
		if (guess.role) properties.role = guess.role;
		if (guess.type === 'ROLE_AT' && guess.from.title) properties.title = guess.from.title;
		if (guess.type === 'FUNDS') {
			const amount = amounts.find((value) => value.start >= sentence.start && value.end <= sentence.end);
			if (amount?.value) properties.amountEur = amount.value;
		}
		if (guess.type === 'FUNDS' || guess.type === 'SELECTED_BY') {
			const year = years.find((value) => value.start >= sentence.start && value.end <= sentence.end);
			if (year?.value) properties.year = year.value;
		}
		const end = (named: Named) => ({ ...(named.entityId ? { entityId: named.entityId } : {}), name: named.name, kind: named.kind });
		proposals.set(key, {
			id: existing?.id ?? 'p0',
			type: guess.type,
			from: end(guess.from),
			to: end(guess.to),
			properties,
			evidence: excerptOf(text, sentence),
			start: sentence.start,
			end: sentence.end,
			...(sectionAt(sections, sentence.start) ? { section: sectionAt(sections, sentence.start)?.title } : {}),
			confidence: Math.round(guess.confidence * 100) / 100,
			...(guess.cue ? { cue: guess.cue } : {}),
			status: 'pending'
		});
	};
	const folded = tokens.map((token) => token.folded);
	let previous: Named[] = [];
	for (const sentence of sentences) {
		const own = names.filter((named) => named.start >= sentence.start && named.end <= sentence.end);
		const inside = [...own, ...anaphorsIn(text, tokens, sentence, own, previous)].sort((a, b) => a.start - b.start);
		if (own.length > 0) previous = own;
		for (let i = 0; i < inside.length; i++) {
			const a = inside[i];
			if (a.kind === 'Person' && a.role) {
				const at = inside.slice(i + 1).find((named) => fits('ROLE_AT', a, named) && classOf(named) !== 'project');
				if (at) propose({ type: 'ROLE_AT', from: a, to: at, confidence: 0.8, role: a.role, cue: `« ${a.title} »` }, sentence);
			}
			for (let j = i + 1; j < inside.length; j++) {
				const b = inside[j];
				if (b.first - a.last > MAX_GAP) break;
				const gapWords = folded.slice(a.last, b.first);
				const gap = tokens.slice(a.last, b.first);
				const before = folded.slice(Math.max(a.first - 5, 0), a.first);
				const place = gapWords.length <= 4 ? findCue(gapWords.slice(-3), true) : undefined;
				const inGap = findCue(gapWords, false);
				const cue =
					inGap && cueJoins(text, inside, i, j, a.last + inGap.at, a.last + inGap.at + inGap.cue.words.length)
						? inGap.cue
						: !inGap && i === 0
							? findCue(before, false)?.cue
							: undefined;
				const guess =
					(place && PLACE_TARGETS.has(b.kind) ? byCue(place.cue, a, b) : null) ??
					(cue ? byCue(cue, a, b) : null) ??
					(inGap ? null : byKinds(a, b, gap));
				if (!guess) continue;
				const distance = b.first - a.last;
				propose({ ...guess, confidence: guess.confidence * (distance <= 8 ? 1 : distance <= 20 ? 0.85 : 0.7) }, sentence);
			}
		}
	}
	// The subject of a part — the names of its heading — relates to the names of its body, as their
	// kinds suggest, with a low confidence; the names of a top-level heading (« # Collaboration entre
	// le TI X et le cluster Y ») to the projects of everything under it.
	const pairs = new Set([...proposals.values()].map((proposal) => pairKey(proposal.from, proposal.to)));
	const relateToSubjects = (subjects: readonly Named[], body: readonly Named[]) => {
		for (const subject of subjects)
			for (const named of body) {
				const key = pairKey(subject, named);
				if (pairs.has(key) || (subject.entityId ?? subject.name) === (named.entityId ?? named.name)) continue;
				const guess = byKinds(subject, named, []);
				const sentence = sentences.find((span) => named.start >= span.start && named.end <= span.end);
				if (!guess || !sentence) continue;
				pairs.add(key);
				propose({ ...guess, confidence: 0.25, cue: 'même partie du document' }, sentence);
			}
	};
	const within = (start: number, end: number) => names.filter((named) => named.start >= start && named.end <= end);
	for (const part of partsOf(text, sections)) {
		const subjects = within(part.heading.start, part.heading.end);
		relateToSubjects(subjects, within(part.heading.end, part.end));
		if (part.top)
			relateToSubjects(
				subjects,
				within(part.heading.end, part.topEnd).filter((named) => named.kind === 'Project')
			);
	}
	return [...proposals.values()]
		.sort((a, b) => a.start - b.start || b.confidence - a.confidence)
		.map((proposal, index) => ({ ...proposal, id: `p${index + 1}` }));
}
