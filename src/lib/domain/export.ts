import { z } from 'zod';

/**
 * The whole-graph export formats: GraphML and GEXF for Gephi, yEd or igraph/networkx, two CSV
 * files (nodes, edges) for R, pandas and spreadsheets, and Maillage's own JSON.
 */
export const exportFormats = ['graphml', 'gexf', 'csv-nodes', 'csv-edges', 'json'] as const;
export const exportFormatSchema = z.enum(exportFormats);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

/** GET /api/export?format= */
export const exportQuerySchema = z.object({
	format: exportFormatSchema
});
export type ExportQuery = z.infer<typeof exportQuerySchema>;
