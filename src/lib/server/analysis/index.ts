/**
 * Network analysis: `analyse()` reads a projection of the graph and computes its measures,
 * communities and summary; `writeMeasures()` writes them back on the entities. Import by
 * namespace: `import * as analysis from '$lib/server/analysis'`.
 */
export { analyse, filterOptions, UnknownFilterError } from './analyse';
export { analysisFile } from './gexf';
export { clearMeasures, propertyNames, writeMeasures } from './write';
/** For tests that build a network by hand, as the rows of a projection would. */
export { networkFromRows, type Network } from './network';
