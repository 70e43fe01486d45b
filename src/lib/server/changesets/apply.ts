import { entityKinds, extraLabels, relationshipTypes } from '$lib/domain/model';
import type { Conflict, Operation, Properties, PropertyChanges, PropertyValue } from '$lib/domain/changesets';
import { stableJson } from '$lib/server/db/graph-digest';
import type { Database, StatementRunner } from '$lib/server/db/neo4j';
import { statement } from '$lib/server/db/rows';
import { applyRun, BULK_MIN, runLength } from './bulk';
import {
	createdRow,
	deletedCountRow,
	entityIdRow,
	entityStateRow,
	hiddenCountRow,
	hiddenEntityRow,
	restoredCountRow,
	propertyPairsRow,
	lockedEntityRow,
	relationshipKeyRow,
	updatedCountRow
} from '$lib/server/db/rows/changesets';

const LOCK_ENTITY = statement('changesets/lock-entity', lockedEntityRow);
const READ_ENTITIES = statement('changesets/read-entities', entityStateRow);
const HIDE_ENTITY = statement('changesets/hide-entity', hiddenCountRow);
const RESTORE_ENTITY = statement('changesets/restore-entity', restoredCountRow);
const GET_HIDDEN = statement('changesets/get-hidden-entity', hiddenEntityRow);
const READ_PROPERTIES = statement('changesets/read-properties', propertyPairsRow);
const SET_PROPERTIES = statement('changesets/set-properties', updatedCountRow);
const READ_PROPERTIES_UNLOCKED = statement('changesets/list-properties', propertyPairsRow);
const CREATE_ENTITY = statement('changesets/create-entity', entityIdRow);
const DELETE_ENTITY = statement('changesets/delete-entity', deletedCountRow);
const SET_ENTITY_PROPERTIES = statement('changesets/set-entity-properties', entityIdRow);
const LIST_RELATIONSHIPS = statement('changesets/list-relationships-between', relationshipKeyRow);
const CREATE_RELATIONSHIP = statement('changesets/create-relationship', createdRow);
const DELETE_RELATIONSHIP = statement('changesets/delete-relationship', deletedCountRow);
const SET_RELATIONSHIP_PROPERTIES = statement('changesets/set-relationship-properties', updatedCountRow);

/** The graph is not as an operation expects it: nothing of the changeset is written. */
export class ConflictError extends Error {
	override name = 'ConflictError';
	constructor(readonly conflicts: Conflict[]) {
		super(conflicts.map((conflict) => conflict.message).join(' ; '));
	}
}

const BOOKKEEPING = new Set(['sources', 'evidence', 'updatedBy', 'updatedAt', 'changeset', 'createdBy', 'createdAt']);
const KNOWN_LABELS = new Set<string>([...entityKinds, ...extraLabels]);
const KNOWN_TYPES = new Set<string>(relationshipTypes);

/** Labels reach Cypher only after this check: a label is never built from input. */
function checkLabels(labels: readonly string[]): void {
	const unknown = labels.filter((label) => !KNOWN_LABELS.has(label));
	if (unknown.length > 0) throw new Error(`Unknown labels ${unknown.join(', ')}`);
}

function sameLabels(a: readonly string[], b: readonly string[]): boolean {
	return [...a].sort().join() === [...b].sort().join();
}

/** Two stored values are the same (lists in order, numbers by value); undefined and null are "absent". */
export function sameValue(a: PropertyValue | null | undefined, b: PropertyValue | null | undefined): boolean {
	return stableJson(a ?? null) === stableJson(b ?? null);
}

function sameProperties(a: Properties, b: Properties): boolean {
	return stableJson(a) === stableJson(b);
}

function describeValue(value: PropertyValue | null | undefined): string {
	if (value === null || value === undefined) return 'absente';
	return `« ${Array.isArray(value) ? value.join(', ') : String(value)} »`;
}

/**
 * Applies operations in order inside one transaction. Each checks first that the graph is as it
 * expects (the entity exists or not, its values are the `before` ones, the relationship is there
 * with the same properties); the first that finds otherwise throws ConflictError, and the caller's
 * transaction rolls everything back.
 */
export async function applyOperations(runner: StatementRunner, operations: readonly Operation[]): Promise<void> {
	for (let index = 0; index < operations.length; index++) {
		const operation = operations[index];
		const length = runLength(operations, index);
		if (length >= BULK_MIN) {
			if (operation.op === 'create-entity') checkLabels(operation.labels);
			if ('type' in operation && !KNOWN_TYPES.has(operation.type)) throw new Error(`Unknown relationship type ${operation.type}`);
			const fail = (at: number, message: string): never => {
				throw new ConflictError([{ operation: at, message }]);
			};
			await applyRun(runner, operations.slice(index, index + length) as Parameters<typeof applyRun>[1], index, fail);
			index += length - 1;
			continue;
		}
		const conflict = (message: string): never => {
			throw new ConflictError([{ operation: index, message }]);
		};
		switch (operation.op) {
			case 'create-entity': {
				checkLabels(operation.labels);
				const [existing] = LOCK_ENTITY.parse(await runner.run(LOCK_ENTITY.text, { id: operation.id }));
				if (existing) conflict(`L’entité ${operation.id} existe déjà.`);
				CREATE_ENTITY.parse(await runner.run(CREATE_ENTITY.text, { labels: operation.labels, properties: operation.properties }));
				break;
			}
			case 'delete-entity': {
				const [existing] = LOCK_ENTITY.parse(await runner.run(LOCK_ENTITY.text, { id: operation.id }));
				if (!existing) conflict(`L’entité ${operation.id} n’existe plus.`);
				else if (!sameProperties(existing.properties, operation.properties)) conflict(`L’entité ${operation.id} a été modifiée depuis.`);
				else if (existing.degree > 0)
					conflict(`L’entité ${operation.id} a reçu depuis ${existing.degree} lien(s) qu’il faudrait d’abord retirer.`);
				await runner.run(DELETE_ENTITY.text, { id: operation.id });
				break;
			}
			case 'update-entity': {
				const [existing] = LOCK_ENTITY.parse(await runner.run(LOCK_ENTITY.text, { id: operation.id }));
				if (!existing) conflict(`L’entité ${operation.id} n’existe plus.`);
				// A value the person sees (a name, a website) explains a conflict better than the bookkeeping beside it.
				const stale = Object.entries(operation.before)
					.filter(([key, value]) => !sameValue(existing?.properties[key], value))
					.sort(([a], [b]) => Number(BOOKKEEPING.has(a)) - Number(BOOKKEEPING.has(b)));
				if (stale.length > 0) {
					const [key, value] = stale[0];
					conflict(
						`${operation.id} : la propriété ${key} vaut ${describeValue(existing?.properties[key])} et non plus ${describeValue(value)}.`
					);
				}
				await runner.run(SET_ENTITY_PROPERTIES.text, { id: operation.id, properties: operation.after satisfies PropertyChanges });
				break;
			}
			case 'create-relationship': {
				if (!KNOWN_TYPES.has(operation.type)) throw new Error(`Unknown relationship type ${operation.type}`);
				const [row] = CREATE_RELATIONSHIP.parse(await runner.run(CREATE_RELATIONSHIP.text, operation));
				if (!row || row.created === 0)
					conflict(`Le lien ${operation.type} de ${operation.from} à ${operation.to} n’a plus ses deux bouts.`);
				break;
			}
			case 'delete-relationship':
			case 'update-relationship': {
				const expected = operation.op === 'delete-relationship' ? operation.properties : operation.before;
				const found = LIST_RELATIONSHIPS.parse(await runner.run(LIST_RELATIONSHIPS.text, operation)).find((row) =>
					sameProperties(row.properties, expected)
				);
				if (!found) conflict(`Le lien ${operation.type} de ${operation.from} à ${operation.to} a changé ou n’existe plus.`);
				else if (operation.op === 'delete-relationship') await runner.run(DELETE_RELATIONSHIP.text, { key: found.key });
				else await runner.run(SET_RELATIONSHIP_PROPERTIES.text, { key: found.key, properties: operation.after });
				break;
			}
			case 'hide-entity': {
				checkLabels(operation.labels);
				const [existing] = LOCK_ENTITY.parse(await runner.run(LOCK_ENTITY.text, { id: operation.id }));
				if (!existing) conflict(`L’entité ${operation.id} n’existe plus.`);
				else if (!sameLabels(existing.labels, operation.labels)) conflict(`L’entité ${operation.id} a changé de nature depuis.`);
				await runner.run(HIDE_ENTITY.text, { id: operation.id, labels: operation.labels });
				break;
			}
			case 'restore-entity': {
				checkLabels(operation.labels);
				const [hidden] = GET_HIDDEN.parse(await runner.run(GET_HIDDEN.text, { id: operation.id }));
				if (!hidden) conflict(`L’entité ${operation.id} n’est plus masquée.`);
				const [taken] = LOCK_ENTITY.parse(await runner.run(LOCK_ENTITY.text, { id: operation.id }));
				if (taken) conflict(`L’identifiant ${operation.id} a été repris depuis par une autre entité.`);
				await runner.run(RESTORE_ENTITY.text, { id: operation.id, labels: operation.labels });
				break;
			}
			case 'set-properties': {
				const keys = [...new Set(operation.rows.flatMap((row) => Object.keys(row.before)))];
				const current = new Map(
					READ_PROPERTIES.parse(await runner.run(READ_PROPERTIES.text, { ids: operation.rows.map((row) => row.id), keys })).map((row) => [
						row.id,
						Object.fromEntries(row.pairs)
					])
				);
				for (const row of operation.rows) {
					const now = current.get(row.id);
					if (!now) conflict(`L’entité ${row.id} n’existe plus.`);
					const stale = Object.entries(row.before).find(([key, value]) => !sameValue(now?.[key], value));
					if (stale)
						conflict(`${row.id} : la propriété ${stale[0]} vaut ${describeValue(now?.[stale[0]])} et non plus ${describeValue(stale[1])}.`);
				}
				const floats = new Set(operation.floats);
				const rows = operation.rows.map((row) => ({
					id: row.id,
					properties: Object.fromEntries(Object.entries(row.after).filter(([key, value]) => !floats.has(key) || value === null)),
					floats: Object.fromEntries(Object.entries(row.after).filter(([key, value]) => floats.has(key) && value !== null))
				}));
				await runner.run(SET_PROPERTIES.text, { rows });
				break;
			}
		}
	}
}

export type EntityState = { labels: string[]; properties: Properties; degree: number };

/** Reads entities as they are, for planning a change: labels, properties and degree, by id. */
export async function readEntities(database: Database, ids: readonly string[]): Promise<Map<string, EntityState>> {
	const rows = await READ_ENTITIES.read(database, { ids: [...new Set(ids)] });
	return new Map(rows.map(({ id, ...state }) => [id, state]));
}

/** The relationships of one type between two entities, as stored. */
export async function readRelationships(database: Database, type: string, from: string, to: string): Promise<Properties[]> {
	return (await LIST_RELATIONSHIPS.read(database, { type, from, to })).map((row) => row.properties);
}

/** Some properties of many entities, as they are now (null for an absent one), by id. */
export async function readProperties(
	database: Database,
	ids: readonly string[],
	keys: readonly string[]
): Promise<Map<string, PropertyChanges>> {
	const rows = await READ_PROPERTIES_UNLOCKED.read(database, { ids, keys });
	return new Map(rows.map((row) => [row.id, Object.fromEntries(row.pairs.map(([key, value]) => [key, value ?? null]))]));
}

/** A hidden entity (soft-deleted or merged): its labels before, and the entity it was merged into. */
export async function readHidden(database: Database, id: string): Promise<{ labels: string[]; mergedInto?: string; name?: string } | null> {
	const [row] = await GET_HIDDEN.read(database, { id });
	return row ?? null;
}
