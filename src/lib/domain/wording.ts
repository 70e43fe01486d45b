/** Properties that hold a year or a code: shown as written, never with a thousands separator. */
export const verbatimNumberProperties = new Set(['foundedYear', 'startYear', 'endYear', 'year', 'since', 'openingYear', 'code', 'siren']);

/** Properties whose values are codes with a translation under `<property>.<value>` (e.g. status.ongoing). */
export const codedProperties = new Set(['status']);
