import { hasRole, type Account } from '$lib/domain/accounts';
import type { Changeset, Operation, Properties } from '$lib/domain/changesets';
import type { Citation, EntityEdit, NewEntity, NewRelationship } from '$lib/domain/contributions';
import { kindOf, placeKinds } from '$lib/domain/model';
import { translator } from '$lib/i18n/translator';
import * as changesets from '$lib/server/changesets';
import { correctOperations } from './corrections';
import { ContributionError } from './errors';
import type { Database } from '$lib/server/db/neo4j';
import {
	citeExisting,
	entityChanges,
	entityProperties,
	labelsOf,
	referenceOf,
	relationshipProperties,
	slugOf,
	sourceOperation,
	uniqueId,
	versionOf
} from './plan';

export { versionOf } from './plan';
export { ContributionError } from './errors';
export { hideEntity, mergeEntities, previewMerge } from './curation';
export { changedEdits, correctableValues } from './corrections';

const t = translator('fr');

/** The edit was based on a version of the entity that has changed since: 409 with the values now. */
export class StaleVersionError extends Error {
	override name = 'StaleVersionError';
	constructor(readonly current: { version: string; properties: Properties }) {
		super('Cette fiche a été modifiée depuis que vous l’avez ouverte : voici ses valeurs actuelles, reprenez votre modification.');
	}
}

/** A label inside a sentence: « Site web » → « site web », but « SIREN » stays. */
function inSentence(label: string): string {
	return /^\p{Lu}\p{Ll}/u.test(label) ? label[0].toLowerCase() + label.slice(1) : label;
}

type Entities = Awaited<ReturnType<typeof changesets.readEntities>>;

/** Reads entities by id, as planning needs them (the changeset re-checks them when it applies). */
function read(database: Database, ids: readonly string[]): Promise<Entities> {
	return changesets.readEntities(database, ids);
}

function nameOf(entities: Entities, id: string): string {
	const name = entities.get(id)?.properties.name;
	return typeof name === 'string' ? name : id;
}

/** Checks that an existing source is a source; plans the new one otherwise. Returns its id and operation. */
async function citationPlan(database: Database, citation: Citation): Promise<{ sourceId: string; operations: Operation[] }> {
	if (citation.sourceId) {
		const found = await read(database, [citation.sourceId]);
		const source = found.get(citation.sourceId);
		if (!source || !source.labels.includes('Source')) {
			throw new ContributionError(
				'citation.sourceId',
				`Aucune source « ${citation.sourceId} » : choisissez-en une dans la liste, ou décrivez une nouvelle source.`
			);
		}
		return { sourceId: citation.sourceId, operations: [] };
	}
	const taken = await takenIds(database, citation.newSource?.title ?? '');
	const operation = sourceOperation(citation, taken) as Operation & { id: string };
	return { sourceId: operation.id, operations: [operation] };
}

/** A predicate telling which ids near a name's slug exist already. */
async function takenIds(database: Database, name: string): Promise<(id: string) => boolean> {
	const base = slugOf(name);
	const found = await read(database, [base, slugOf(`source ${name}`)]);
	return (id) => found.has(id);
}

/** Records a changeset: published at once for a curator, as a proposal for a contributeur. */
function submit(database: Database, account: Account, draft: changesets.Draft): Promise<Changeset> {
	const author = { id: account.id, name: account.name };
	return hasRole(account.role, 'curateur') ? changesets.commit(database, author, draft) : changesets.propose(database, author, draft);
}

/** Creates an entity (and its source, and its place link) from a person's request. */
export async function createEntity(database: Database, account: Account, request: NewEntity): Promise<Changeset> {
	const citation = await citationPlan(database, request.citation);
	const reference = referenceOf(citation.sourceId, request.citation);
	const taken = await takenIds(database, request.name);
	const id = uniqueId(request.name, taken);
	const operations: Operation[] = [
		...citation.operations,
		{ op: 'create-entity', id, labels: labelsOf(request.kind), properties: entityProperties(id, request, reference) }
	];
	if (request.place) {
		const places = await read(database, [request.place]);
		const place = places.get(request.place);
		const kind = place && kindOf(place.labels);
		if (!kind || !(placeKinds as readonly string[]).includes(kind)) {
			throw new ContributionError(
				'place',
				`Aucun lieu « ${request.place} » : choisissez une commune, un EPCI, un département ou une région.`
			);
		}
		operations.push({
			op: 'create-relationship',
			type: 'LOCATED_IN',
			from: id,
			to: request.place,
			properties: { sources: [reference], evidence: [request.citation.excerpt] }
		});
	}
	if (request.link) {
		const others = await read(database, [request.link.to]);
		if (!others.has(request.link.to)) throw new ContributionError('link.to', `Aucune entité « ${request.link.to} ».`);
		operations.push({
			op: 'create-relationship',
			type: request.link.type,
			from: id,
			to: request.link.to,
			properties: {
				...(request.link.role ? { role: request.link.role } : {}),
				sources: [reference],
				evidence: [request.citation.excerpt]
			}
		});
	}
	const kindName = t(`kind.${request.kind}.one`).toLowerCase();
	return submit(database, account, {
		kind: 'contribution',
		reason: request.reason ?? '',
		summary: `création de « ${request.name} » (${kindName})`,
		sourceId: citation.sourceId,
		operations
	});
}

/** Edits an entity's properties, refusing an edit based on a version that has changed since. */
export async function editEntity(database: Database, account: Account, id: string, request: EntityEdit): Promise<Changeset> {
	const found = await read(database, [id]);
	const current = found.get(id);
	if (!current) throw new ContributionError('id', `Aucune entité « ${id} ».`);
	if (versionOf(current.properties) !== request.version) {
		throw new StaleVersionError({ version: versionOf(current.properties), properties: current.properties });
	}
	const citation = await citationPlan(database, request.citation);
	const reference = referenceOf(citation.sourceId, request.citation);
	const changes = entityChanges(current.properties, request.changes, reference, request.citation.excerpt);
	if (!changes) throw new ContributionError('changes', 'Rien à changer : les valeurs données sont celles de la fiche.');
	const fields = Object.keys(changes.after).filter((key) => key !== 'sources' && key !== 'evidence');
	return submit(database, account, {
		kind: 'contribution',
		reason: request.reason ?? '',
		summary: `modification de « ${nameOf(found, id)} » : ${fields.map((field) => inSentence(t(`property.${field}`, { defaultValue: field }))).join(', ')}`,
		sourceId: citation.sourceId,
		operations: [...citation.operations, { op: 'update-entity', id, ...changes }]
	});
}

/** Adds a link between two entities, or a new citation to the same link already stated. */
export async function addRelationship(database: Database, account: Account, request: NewRelationship): Promise<Changeset> {
	const ends = await read(database, [request.from, request.to]);
	for (const field of ['from', 'to'] as const) {
		if (!ends.has(request[field])) throw new ContributionError(field, `Aucune entité « ${request[field]} ».`);
	}
	const citation = await citationPlan(database, request.citation);
	const reference = referenceOf(citation.sourceId, request.citation);
	const existing = (await changesets.readRelationships(database, request.type, request.from, request.to)).find(
		(properties) => (properties.role ?? null) === (request.role ?? null)
	);
	const label = t(`relationship.${request.type}.out`);
	const summary = `ajout du lien « ${label} » : ${nameOf(ends, request.from)} → ${nameOf(ends, request.to)}`;
	let operation: Operation;
	if (existing) {
		const cited = citeExisting(existing, reference, request.citation.excerpt);
		if (!cited) throw new ContributionError('citation', 'Ce lien cite déjà cette source : rien à ajouter.');
		operation = { op: 'update-relationship', type: request.type, from: request.from, to: request.to, before: existing, after: cited };
	} else {
		operation = {
			op: 'create-relationship',
			type: request.type,
			from: request.from,
			to: request.to,
			properties: relationshipProperties(request, reference)
		};
	}
	return submit(database, account, {
		kind: 'contribution',
		reason: request.reason ?? '',
		summary: existing ? `nouvelle source pour le lien « ${label} » : ${nameOf(ends, request.from)} → ${nameOf(ends, request.to)}` : summary,
		sourceId: citation.sourceId,
		operations: [...citation.operations, operation]
	});
}

/** The version of an entity as the edit form must send it back, or null. */
export async function versionOfEntity(database: Database, id: string): Promise<string | null> {
	const found = await read(database, [id]);
	const entity = found.get(id);
	return entity ? versionOf(entity.properties) : null;
}

/**
 * A curator publishes a proposal with corrections of its values (`<operation>.<key>` → text), in
 * one transaction; the review note says which values were corrected, and what was proposed is kept.
 */
export async function publishCorrected(
	database: Database,
	curator: Account,
	id: string,
	edits: Readonly<Record<string, string>>,
	note = ''
): Promise<Changeset> {
	const corrected = Object.keys(edits).map((field) => field.split('.')[1]);
	const said = corrected.length > 0 ? `Corrigée avant publication (${[...new Set(corrected)].join(', ')}).${note ? ` ${note}` : ''}` : note;
	return changesets.publish(
		database,
		curator,
		id,
		said,
		new Date(),
		corrected.length > 0 ? (operations) => correctOperations(operations, edits) : undefined
	);
}
