import type { Operation, Properties } from '$lib/domain/changesets';
import type { EndEdit, Proposal, ProposalDecision, ProposalEnd } from '$lib/domain/documents';
import * as changesets from '$lib/server/changesets';
import { ContributionError } from '$lib/server/contributions';
import { citeExisting, slugOf, uniqueId } from '$lib/server/contributions/plan';
import type { Database } from '$lib/server/db/neo4j';
import { ProposalStateError } from './errors';
import type { Gazetteer } from './reader/gazetteer';

/**
 * What accepting a proposal writes: its ends (an entity of the graph, or a new one — unless the
 * graph has one of that name by now, which is then used), and the relationship, or the document's
 * citation added to the same relationship already stated. The fact cites the document, its
 * section and the sentence.
 */

export interface AcceptPlan {
	operations: Operation[];
	/** The proposal as accepted (edits applied, ends resolved to ids). */
	accepted: Proposal;
	/** New entities: their name and the id they get. */
	created: { name: string; id: string }[];
	/** The graph already stated this fact with this document: nothing to write. */
	alreadyStated: boolean;
}

const NO_ACTOR = new Set(['Project', 'Programme', 'Person']);

function labelsOf(kind: string): string[] {
	return NO_ACTOR.has(kind) ? [kind] : [kind, 'Actor'];
}

/** The proposal with a person's edits. */
export function edited(proposal: Proposal, decision: ProposalDecision & { action: 'accept' }): Proposal {
	const { edits } = decision;
	const end = (current: ProposalEnd, edit: EndEdit | undefined): ProposalEnd =>
		!edit
			? current
			: 'entityId' in edit
				? { entityId: edit.entityId, name: edit.entityId, kind: '' }
				: { name: edit.name, kind: edit.kind };
	const properties = { ...proposal.properties };
	if (edits.role !== undefined) properties.role = edits.role || undefined;
	if (edits.amountEur !== undefined) properties.amountEur = edits.amountEur;
	if (edits.year !== undefined) properties.year = edits.year;
	return {
		...proposal,
		type: edits.type ?? proposal.type,
		from: end(proposal.from, edits.from),
		to: end(proposal.to, edits.to),
		properties
	};
}

export async function planAcceptance(
	database: Database,
	gazetteer: Gazetteer,
	documentId: string,
	proposal: Proposal
): Promise<AcceptPlan> {
	const operations: Operation[] = [];
	const created: { name: string; id: string }[] = [];
	const reference = proposal.section ? `${documentId}#${proposal.section}` : documentId;
	const known = await changesets.readEntities(database, [
		documentId,
		...[proposal.from, proposal.to].flatMap((end) => (end.entityId ? [end.entityId] : []))
	]);
	if (!known.get(documentId)?.labels.includes('Source'))
		throw new ProposalStateError(
			409,
			'La source de ce document a été retirée du graphe (son ajout a été annulé) : ses faits ne peuvent plus la citer.'
		);
	const resolve = async (end: ProposalEnd, field: 'from' | 'to'): Promise<ProposalEnd> => {
		if (end.entityId) {
			const entity = known.get(end.entityId);
			if (!entity) throw new ContributionError(field, `Aucune entité « ${end.entityId} » dans le graphe.`);
			return {
				entityId: end.entityId,
				name: String(entity.properties.name ?? end.entityId),
				kind: entity.labels.find((label) => !['Entity', 'Actor', 'Funder'].includes(label)) ?? end.kind
			};
		}
		// A duplicate check against the graph as it is now: the same name (or alias) of the same kind is that entity.
		const same = gazetteer
			.named(end.name)
			.filter(
				(entry) =>
					entry.kind === end.kind ||
					(end.kind !== 'Person' && entry.kind !== 'Person' && !['Commune', 'Department', 'Region'].includes(entry.kind))
			);
		if (same.length === 1) return { entityId: same[0].id, name: same[0].name, kind: same[0].kind };
		const taken = await changesets.readEntities(database, [slugOf(end.name)]);
		const id = uniqueId(end.name, (candidate) => taken.has(candidate) || created.some((entry) => entry.id === candidate));
		const properties: Properties = { id, name: end.name, sources: [reference], evidence: [proposal.evidence] };
		if (end.kind === 'Cluster') properties.clusterKind = /p[oô]le/iu.test(proposal.evidence) ? 'pole-de-competitivite' : 'cluster';
		operations.push({ op: 'create-entity', id, labels: labelsOf(end.kind), properties });
		created.push({ name: end.name, id });
		return { entityId: id, name: end.name, kind: end.kind };
	};
	const from = await resolve(proposal.from, 'from');
	const to = await resolve(proposal.to, 'to');
	if (from.entityId === to.entityId) throw new ContributionError('to', 'Les deux bouts du lien sont la même entité.');
	const accepted = { ...proposal, from, to };
	const relationship: Properties = {
		...Object.fromEntries(Object.entries(proposal.properties).filter(([, value]) => value !== undefined && value !== '')),
		sources: [reference],
		evidence: [proposal.evidence]
	} as Properties;
	const existing = created.length
		? undefined
		: (await changesets.readRelationships(database, proposal.type, from.entityId!, to.entityId!)).find(
				(properties) => (properties.role ?? null) === (proposal.properties.role ?? null)
			);
	if (existing) {
		const cited = citeExisting(existing, reference, proposal.evidence);
		if (!cited) return { operations, accepted, created, alreadyStated: true };
		operations.push({
			op: 'update-relationship',
			type: proposal.type,
			from: from.entityId!,
			to: to.entityId!,
			before: existing,
			after: cited
		});
	} else {
		operations.push({ op: 'create-relationship', type: proposal.type, from: from.entityId!, to: to.entityId!, properties: relationship });
	}
	return { operations, accepted, created, alreadyStated: false };
}
