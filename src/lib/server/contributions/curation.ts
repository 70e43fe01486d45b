import type { Account } from '$lib/domain/accounts';
import type { Changeset, Operation } from '$lib/domain/changesets';
import { kindOf } from '$lib/domain/model';
import { translator } from '$lib/i18n/translator';
import * as changesets from '$lib/server/changesets';
import type { Database } from '$lib/server/db/neo4j';
import { statement } from '$lib/server/db/rows';
import { entityLinkRow } from '$lib/server/db/rows/changesets';
import { planMerge, type EntityState, type Link } from './merge';
import { ContributionError } from './errors';

const LIST_LINKS = statement('changesets/list-entity-links', entityLinkRow);
const t = translator('fr');

/**
 * What curators do beyond contributions: hide an entity (a soft delete, undone by reverting it) and
 * merge a duplicate into the entity kept. Both are changesets like any other.
 */

async function stateOf(database: Database, id: string, field: string): Promise<EntityState> {
	const found = (await changesets.readEntities(database, [id])).get(id);
	if (!found) throw new ContributionError(field, `Aucune entité « ${id} ».`);
	return { id, labels: found.labels, properties: found.properties };
}

async function linksOf(database: Database, id: string): Promise<Link[]> {
	return LIST_LINKS.read(database, { id });
}

const nameOf = (state: EntityState) => String(state.properties.name ?? state.id);

/** What merging `dropId` into `keepId` would do, without doing it: the two entities and the operations. */
export async function previewMerge(
	database: Database,
	keepId: string,
	dropId: string
): Promise<{ keep: EntityState; drop: EntityState; operations: Operation[] }> {
	const [keep, drop] = [await stateOf(database, keepId, 'id'), await stateOf(database, dropId, 'with')];
	try {
		const operations = planMerge(keep, drop, await linksOf(database, keepId), await linksOf(database, dropId));
		return { keep, drop, operations };
	} catch (caught) {
		if (caught instanceof Error && !(caught instanceof ContributionError)) throw new ContributionError('with', caught.message);
		throw caught;
	}
}

/** Merges a duplicate into the entity kept, as one changeset; the duplicate's id then redirects. */
export async function mergeEntities(
	database: Database,
	curator: Account,
	keepId: string,
	dropId: string,
	reason: string
): Promise<Changeset> {
	const { keep, drop, operations } = await previewMerge(database, keepId, dropId);
	return changesets.commit(database, curator, {
		kind: 'merge',
		reason,
		summary: `fusion de « ${nameOf(drop)} » dans « ${nameOf(keep)} »`,
		operations
	});
}

/** Hides an entity with its links: nothing is deleted, and reverting the changeset restores it. */
export async function hideEntity(database: Database, curator: Account, id: string, reason: string): Promise<Changeset> {
	const entity = await stateOf(database, id, 'id');
	const kind = kindOf(entity.labels) ?? 'Entity';
	return changesets.commit(database, curator, {
		kind: 'deletion',
		reason,
		summary: `masquage de « ${nameOf(entity)} » (${t(`kind.${kind}.one`, { defaultValue: kind }).toLowerCase()})`,
		operations: [{ op: 'hide-entity', id, labels: entity.labels }]
	});
}
