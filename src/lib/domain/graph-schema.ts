import { z } from 'zod';

/** What the editor completes: the graph's labels, relationship types and property keys. */
export const graphSchemaSchema = z.object({
	labels: z.array(z.string()),
	relationshipTypes: z.array(z.string()),
	propertyKeys: z.array(z.string())
});
export type GraphSchema = z.infer<typeof graphSchemaSchema>;
