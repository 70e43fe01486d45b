import type { Mention, Proposal, ProposalType, Section } from '$lib/domain/documents';
import { anaphorsIn } from './anaphors';
import { indexOfWords, RELATION_CUES } from './cues';
import { excerptOf, type Span, type Token } from './french';
import { ACTING, byCue, byKinds, classOf, findCue, fits, PLACE_TARGETS, type Guess, type Named } from './kinds';
import { dominantNames, unnamedReferents } from './dominant';
import { interviewed, isEvent } from './interviews';
import { listedActors } from './actor-lists';
import { enumerated, inParenthesisedList } from './parentheses';
import { coordinated, cueJoins } from './cue-scope';
import { inByline } from './bylines';
import { credits } from './credits';
import { rolesOf } from './roles';
import { listedMembers } from './member-lists';
import { placedSubject } from './placed-openings';
import type { NamedPlace } from './named-places';
import { sectionAt } from './sections';
import { labelOf, partsOf } from './parts';

export type { Named } from './kinds';

/**
 * The relationships a text states, sentence by sentence: for two names in one sentence, the cue
 * words between them (« animé par », « lauréat de », « financé par », cues.json) give the type and
 * the direction; without a cue, their kinds give the likeliest type with a lower confidence (an
 * actor and a project in one sentence: « participe à »). Amounts and years of the sentence go on
 * a funding. Each proposal quotes its sentence.
 */

export interface RelateInput {
	text: string;
	tokens: readonly Token[];
	sentences: readonly Span[];
	sections: readonly Section[];
	names: readonly Named[];
	amounts: readonly Mention[];
	years: readonly Mention[];
	/** Where organisations are, read from their names (named-places.ts). */
	located?: readonly NamedPlace[];
	/** The Government, if the graph knows it: where a minister works (roles.ts). */
	government?: Named;
	/** The project the document presents (its title names it): « ce document ». */
	itself?: Named;
}

const MAX_GAP = 40;
/** Between an amount and its funder: « 350 000 € de la Région ». */
const AMOUNT_OF = /^[\s\u00a0\u202f]*(?:de|du|des|d['’])[\s\u00a0\u202f]*(?:la |le |les |l['’])?$/iu;
/** Words that put money in a sentence, besides an amount. */
const MONEY_WORDS: ReadonlySet<string> = new Set(['financier', 'financiere', 'financement', 'financements', 'subvention', 'subventions']);

const pairKey = (a: { entityId?: string; name: string }, b: { entityId?: string; name: string }) =>
	[a.entityId ?? a.name, b.entityId ?? b.name].sort().join('|');

/** A cue whose relationship does not fit the two names still says they are related: their kinds say how. */
function strengthened(guess: Guess | null): Guess | null {
	return guess && { ...guess, confidence: guess.confidence + 0.15 };
}

export function relate({
	text,
	tokens,
	sentences,
	sections,
	names,
	amounts,
	years,
	located = [],
	government,
	itself
}: RelateInput): Proposal[] {
	const proposals = new Map<string, Proposal>();
	const folded = tokens.map((token) => token.folded);
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
			// « 350 000 € de la Région », « par l’ADEME pour 240 000 € »: the amount just before the funder, or after it, else the sentence's.
			const inSentence = amounts.filter((value) => value.start >= sentence.start && value.end <= sentence.end);
			const placed = guess.from.start >= 0;
			const amount =
				inSentence.find((value) => placed && value.end <= guess.from.start && AMOUNT_OF.test(text.slice(value.end, guess.from.start))) ??
				inSentence.find((value) => placed && value.start >= guess.from.end) ??
				inSentence[0];
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
			// A text without headings has one section, named by no one: no section then.
			...(sections.length > 1 && sectionAt(sections, sentence.start) ? { section: sectionAt(sections, sentence.start)?.title } : {}),
			confidence: Math.round(guess.confidence * 100) / 100,
			...(guess.cue ? { cue: guess.cue } : {}),
			status: 'pending'
		});
	};
	let previous: Named[] = [];
	/** Related only where a cue says how: found without a cue, or listed in parentheses after another name. */
	const unsure = (named: Named) => named.weak === true || inParenthesisedList(text, names, named);
	const dominant = dominantNames(text, sections, names);
	/** The names of the last sentences, for « le projet » named a few sentences before. */
	let recent: Named[] = [];
	// The project the text is about: the last one named, until a new top-level part.
	let project: Named | null = null;
	/** « L’événement s’est tenu au Hall 32 »: the last event named. */
	let event: Named | null = null;
	/** « Les industriels, tels qu’ArcelorMittal, contribuent à la mise en œuvre » without naming the project again. */
	const relateToProject = (current: Named, inside: readonly Named[], sentence: Span) => {
		const words = tokens.filter((token) => token.start >= sentence.start && token.end <= sentence.end).map((token) => token.folded);
		// Only a participation verb: « finance » or « regroupe » may be a noun or speak of something else.
		const cue = RELATION_CUES.find(
			(candidate) => candidate.type === 'PARTICIPATES_IN' && !candidate.passive && indexOfWords(words, candidate.words) !== -1
		);
		// « La Région apporte un soutien financier », « le financement apporté par l'ADEME (23,6 millions d'euros) »:
		// a funding verb with money in the sentence speaks of funding the project in sight.
		const money =
			words.some((word) => MONEY_WORDS.has(word)) || amounts.some((amount) => amount.start >= sentence.start && amount.end <= sentence.end);
		const funding = money
			? RELATION_CUES.find((candidate) => candidate.type === 'FUNDS' && indexOfWords(words, candidate.words) !== -1)
			: undefined;
		if (!cue && funding)
			for (const named of inside)
				if (ACTING.has(classOf(named)) && !named.weak && fits('FUNDS', named, current))
					propose({ type: 'FUNDS', from: named, to: current, confidence: 0.4, cue: `« ${funding.label} », projet en vue` }, sentence);
		if (!cue) return;
		for (const named of inside) {
			if (!ACTING.has(classOf(named)) || unsure(named)) continue;
			const type = 'PARTICIPATES_IN';
			propose({ type, from: named, to: current, confidence: 0.35, cue: `« ${cue.label} », projet de la phrase d’avant` }, sentence);
		}
	};
	/** « Partenaires : A, B » under a project: each name is what the label says to the project. */
	const relateUnderLabel = (current: Named, inside: readonly Named[], sentence: Span, label: { type: ProposalType; role?: string }) => {
		// The label is the cue: a name listed under it counts even without one of its own (« Partenaires : le Grand Port X »).
		for (const named of inside) {
			if (!ACTING.has(classOf(named))) continue;
			const type = fits(label.type, named, current) ? label.type : 'PARTICIPATES_IN';
			propose(
				{ type, from: named, to: current, confidence: 0.5, ...(label.role ? { role: label.role } : {}), cue: 'rubrique du projet' },
				sentence
			);
		}
	};
	for (const [index, sentence] of sentences.entries()) {
		const own = names.filter((named) => named.start >= sentence.start && named.end <= sentence.end);
		const sentenceFirst = tokens.findIndex((token) => token.start >= sentence.start);
		const pronouns = anaphorsIn(text, tokens, sentence, own, previous, recent);
		// With none in sight, « du projet », « le cluster » are the ones the part is about.
		const part = dominant.find((candidate) => sentence.start >= candidate.start && sentence.start < candidate.end);
		const about = (kind: string) =>
			kind === 'Document'
				? itself
				: kind === 'Event'
					? (event ?? undefined)
					: kind === 'Project'
						? (project ?? part?.byKind.get(kind))
						: // « le cluster », « le programme »: the one the part is about, else the last one named in the sentences before.
							(part?.byKind.get(kind) ?? [...recent].reverse().find((named) => named.kind === kind && !named.weak));
		const unnamed = unnamedReferents(text, tokens, sentence, [...own, ...pronouns], about);
		const inside = [...own, ...pronouns, ...unnamed].sort((a, b) => a.start - b.start);
		// « Le projet a reçu… Il est soutenu par… »: « il » may take up what the sentence before named without a name.
		if (inside.length > 0) previous = inside;
		const earlier = recent;
		recent = [...recent, ...own.filter((named) => !named.aside)].slice(-12);
		event = own.filter(isEvent).at(-1) ?? event;
		// A new top-level part (« # Fiche 4 ») speaks of another project.
		if (/^#\s/u.test(text.slice(sentence.start, sentence.start + 2))) project = null;
		const members = listedMembers(tokens, sentence, sentences[index - 1], own, about('Cluster'));
		for (const guess of [...members, ...placedSubject(text, tokens, sentence, own)]) propose(guess, sentence);
		const projects = inside.filter((named) => named.kind === 'Project');
		// The project in sight: the last one named, or else the one the part is about.
		const current = project ?? about('Project');
		// « Partenaires : A, B, C »: the names under a label are a list, related to the project, not to one another by their kinds.
		const label = labelOf(text, sections, sentence);
		if (projects.length === 0 && current) {
			if (label) relateUnderLabel(current, inside, sentence, label);
			else relateToProject(current, inside, sentence);
		}
		const sighted = projects.filter((named) => !named.aside);
		if (sighted.length > 0) project = sighted.at(-1)!;
		for (let i = 0; i < inside.length; i++) {
			const a = inside[i];
			for (const role of rolesOf(text, tokens, a, i, inside, earlier, government)) propose(role, sentence);
			for (let j = i + 1; j < inside.length; j++) {
				const b = inside[j];
				if (b.first - a.last > MAX_GAP) break;
				const gapWords = folded.slice(a.last, b.first);
				const gap = tokens.slice(a.last, b.first);
				// The cue before the first name is its sentence's: « …auprès de ses adhérents. Financement : ANCT » says nothing of the ANCT.
				const before = folded.slice(Math.max(a.first - 8, sentenceFirst, 0), a.first);
				const place = gapWords.length <= 6 ? findCue(gapWords.slice(-4), true) : undefined;
				const inGap = findCue(gapWords, false);
				// « le soutien de l’ADEME et de France 2030 » relates neither to the other; « des échanges entre A et B » does.
				// In a list of members (« Parmi ses adhérents… »), the opening cue is the list's, not the first name's.
				const leading = !inGap && i === 0 && members.length === 0 ? findCue(before, false)?.cue : undefined;
				const cue =
					inGap && cueJoins(text, tokens, folded, inside, i, j, a.last + inGap.at, a.last + inGap.at + inGap.cue.words.length)
						? inGap.cue
						: leading && (!coordinated(text.slice(a.end, b.start)) || leading.words.at(-1) === 'entre')
							? leading
							: undefined;
				// « les services de l’UIMM (CFAI Mulhouse, AFPI, ADEFIM) »: what is listed in parentheses after an organisation is part of it.
				const listed =
					/^[\s\u00a0\u202f]*\((?:[^()]*(?:,|\set|\sou)[\s\u00a0\u202f]+(?:de |du |des |d['’])?(?:la |le |les |l['’])?)?$/u.test(
						text.slice(a.end, b.start)
					) &&
					ACTING.has(classOf(a)) &&
					ACTING.has(classOf(b)) &&
					!a.weak &&
					!b.weak;
				const guess =
					(listed ? { type: 'PART_OF' as const, from: b, to: a, confidence: 0.55, cue: 'entre parenthèses' } : null) ??
					(place && PLACE_TARGETS.has(b.kind) ? byCue(place.cue, a, b) : null) ??
					(cue ? byCue(cue, a, b) : null) ??
					(inGap && cue && !a.weak && !b.weak ? strengthened(byKinds(a, b, gap)) : null) ??
					(inGap || unsure(a) || unsure(b) || label || enumerated(text.slice(a.end, b.start)) ? null : byKinds(a, b, gap));
				if (!guess) continue;
				const distance = b.first - a.last;
				propose({ ...guess, confidence: guess.confidence * (distance <= 8 ? 1 : distance <= 20 ? 0.85 : 0.7) }, sentence);
			}
		}
	}
	// Who took part, from the layout: interviews in an event's report, a part's list of actors; who works where, from credits;
	// where an organisation is, from its name (« Ampère Cléon »).
	const layout = [...interviewed(tokens, names), ...listedActors(text, sections, names), ...credits(tokens, sentences, names)];
	for (const taking of [...layout, ...located]) {
		const sentence = sentences.find((span) => taking.from.start >= span.start && taking.from.end <= span.end);
		if (sentence) propose({ type: 'PARTICIPATES_IN', ...taking }, sentence);
	}
	// The subject of a part — the names of its heading — relates to the names of its body, as their
	// kinds suggest, with a low confidence; the names of a top-level heading (« # Collaboration entre
	// le TI X et le cluster Y ») to the projects of everything under it.
	const pairs = new Set([...proposals.values()].map((proposal) => pairKey(proposal.from, proposal.to)));
	const relateToSubjects = (subjects: readonly Named[], body: readonly Named[]) => {
		for (const subject of subjects)
			for (const named of body) {
				const key = pairKey(subject, named);
				if (pairs.has(key) || subject.weak || named.weak || (subject.entityId ?? subject.name) === (named.entityId ?? named.name)) continue;
				const guess = byKinds(subject, named, []);
				const sentence = sentences.find((span) => named.start >= span.start && named.end <= span.end);
				if (!guess || !sentence) continue;
				pairs.add(key);
				propose({ ...guess, confidence: 0.25, cue: 'même partie du document' }, sentence);
			}
	};
	const within = (start: number, end: number) => names.filter((named) => named.start >= start && named.end <= end);
	for (const part of partsOf(text, sections)) {
		const subjects = within(part.heading.start, part.heading.end).filter((named) => !inByline(text, named));
		relateToSubjects(subjects, within(part.heading.end, part.end));
		const projects = within(part.heading.end, part.topEnd).filter((named) => named.kind === 'Project');
		if (part.top) relateToSubjects(subjects, projects);
	}
	// An action plan's title block (« Territoire d'industrie X / Fiche action n° 4 : Y »): the actions
	// its headings name (headings.ts) are those of the actor the title names.
	const titleEnd = text.search(/\n[\s\u00a0]*\n/u);
	const actions = names.filter((named) => named.kind === 'Project' && named.reason?.startsWith('titre'));
	if (titleEnd > 0 && titleEnd <= 300 && actions.length > 0)
		for (const owner of within(0, titleEnd).filter((named) => ACTING.has(classOf(named)) && !named.weak))
			for (const action of actions) {
				const sentence = sentences.find((span) => action.start >= span.start && action.end <= span.end);
				const key = pairKey(owner, action);
				if (!sentence || pairs.has(key)) continue;
				pairs.add(key);
				propose({ type: 'PARTICIPATES_IN', from: owner, to: action, confidence: 0.45, cue: 'titre du plan d’actions' }, sentence);
			}
	return [...proposals.values()]
		.sort((a, b) => a.start - b.start || b.confidence - a.confidence)
		.map((proposal, index) => ({ ...proposal, id: `p${index + 1}` }));
}
