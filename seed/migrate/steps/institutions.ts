import { cypher } from '$lib/server/db/cypher';
import type { StatementRunner } from '$lib/server/db/neo4j';
import type { MigrationStep } from '../step';
import { retargetSavedViews } from './saved-views';

const LIST_MERGES = cypher('migrate/list-institution-merges');
const MOVE_OUTGOING = cypher('migrate/move-outgoing-links');
const MOVE_INCOMING = cypher('migrate/move-incoming-links');
const ABSORB = cypher('migrate/absorb-institution');

/**
 * The public bodies the first seed defined beside the place they govern (id → place id). They
 * are merged even where nothing else identifies them (a LOCATED_IN, a SIREN): the list says so.
 */
export const formerInstitutionIds: Readonly<Record<string, string>> = {
	'ept-grand-orly-seine-bievre': 'epci-200058014',
	'ville-d-issoire': 'commune-63178',
	'ca-rochefort-ocean': 'epci-200041762',
	'ca-royan-atlantique': 'epci-241700640',
	'cc-bassin-de-marennes': 'epci-241700699',
	'cc-ile-d-oleron': 'epci-241700624',
	'cc-bievre-isere': 'epci-200059392',
	'metropole-de-lyon': 'epci-200046977',
	'communaute-urbaine-de-dunkerque': 'epci-245900428',
	'ca-lamballe-terre-et-mer': 'epci-200069391',
	'ca-saint-brieuc-armor-agglomeration': 'epci-200069409',
	'cc-leff-armor-communaute': 'epci-200069086',
	'ca-guingamp-paimpol-agglomeration': 'epci-200067981',
	'ca-pays-basque': 'epci-200067106',
	'conseil-departemental-du-cantal': 'departement-15',
	'agglomeration-dieppe-maritime': 'epci-247600786',
	'mulhouse-alsace-agglomeration': 'epci-200066009',
	'conseil-regional-nouvelle-aquitaine': 'region-75',
	'conseil-regional-hauts-de-france': 'region-32',
	'conseil-regional-normandie': 'region-28',
	'conseil-regional-grand-est': 'region-44'
};

/**
 * Which public bodies are the institution of the place they are located in, one place each:
 * the first pair found for a body wins (`list-institution-merges` orders them).
 */
export async function findInstitutionMerges(transaction: StatementRunner): Promise<Map<string, string>> {
	const knownBodies = Object.entries(formerInstitutionIds).map(([body, place]) => ({ body, place }));
	const merges = new Map<string, string>();
	for (const row of await transaction.run(LIST_MERGES, { knownBodies })) {
		const body = String(row.body);
		if (!merges.has(body)) merges.set(body, String(row.place));
	}
	return merges;
}

/**
 * Institutions that act are one entity: each public body that is the institution of an EPCI, a
 * département, a région or a commune becomes that node (see docs/data.md). Its relationships, of
 * any type and in both directions, move to the place; its labels, name (as an alias), properties
 * and citations are added to the place's; saved views that showed it show the place.
 */
export const institutionsStep: MigrationStep = {
	id: 'institutions',
	title: 'institutions fusionnées avec le territoire qu’elles gouvernent',
	async run(transaction) {
		const merges = await findInstitutionMerges(transaction);
		for (const [body, place] of merges) {
			await transaction.run(MOVE_OUTGOING, { body, place });
			await transaction.run(MOVE_INCOMING, { body, place });
			await transaction.run(ABSORB, { body, place });
		}
		await retargetSavedViews(transaction, merges);
		return merges.size;
	}
};
