import { z } from 'zod';
import { propertiesSchema } from '$lib/domain/changesets';

/**
 * Rows of the import statements (`cypher/imports/`). Ids and the lists a statement collects are
 * strict; what the graph stores (a name, an alias, a SIREN) is lenient and reads as absent when
 * mistyped.
 */

const lenientText = z.string().optional().catch(undefined);
const lenientList = z.array(z.string()).catch([]);

export const communeRow = z.object({
	id: z.string(),
	code: z.string(),
	name: z.string(),
	postalCodes: lenientList,
	departement: z.string(),
	departementName: z.string()
});
export const communeUnitsRow = z.object({
	id: z.string(),
	departement: lenientText,
	region: lenientText,
	epci: lenientText,
	territories: z.array(z.string())
});
export const actorCandidateRow = z.object({
	id: z.string(),
	name: z.string().catch(''),
	aliases: lenientList,
	siren: lenientText,
	siret: lenientText,
	communes: z.array(z.string()),
	departements: z.array(z.string())
});
export const namedEntityRow = z.object({ id: z.string(), name: z.string().catch(''), aliases: lenientList });
export const linkRow = z.object({ from: z.string(), type: z.string(), to: z.string(), properties: propertiesSchema });

/** A saved mapping, its column list stored as JSON text. */
export const mappingRow = z.object({
	id: z.string(),
	name: z.string(),
	preset: z.string(),
	mapping: z.string(),
	createdAt: z.string()
});
export const deletedMappingsRow = z.object({ deleted: z.number() });
