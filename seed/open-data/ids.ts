/**
 * Ids of open-data nodes. Codes are lower-cased so that Corsica's "2A"/"2B" still give slugs
 * (`departement-2a`, `commune-2a004`); the official code stays in the `code` property.
 */
export const regionId = (code: string) => `region-${code.toLowerCase()}`;
export const departementId = (code: string) => `departement-${code.toLowerCase()}`;
export const communeId = (code: string) => `commune-${code.toLowerCase()}`;
export const epciId = (siren: string) => `epci-${siren}`;
