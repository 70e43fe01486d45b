import { describe, expect, it } from 'vitest';
import { seedNodeSchema } from './seed';

const cluster = (properties?: Record<string, string>) => ({
	id: 'cluster-fictif',
	label: 'Cluster',
	name: 'Cluster fictif',
	...(properties ? { properties } : {}),
	sources: [{ section: 'Une section' }]
});

describe('seedNodeSchema, for a cluster', () => {
	it('accepts a cluster of a controlled kind, with a pôle’s labelling', () => {
		expect(seedNodeSchema.safeParse(cluster({ clusterKind: 'cluster' })).success).toBe(true);
		const pole = cluster({ clusterKind: 'pole-de-competitivite', labelPhase: 'V (2023-2026)', labelStatus: 'labellise' });
		expect(seedNodeSchema.safeParse(pole).success).toBe(true);
	});

	it('refuses a cluster without a kind, or of a kind outside the list, in French and English', () => {
		for (const properties of [undefined, { type: 'Pôle de compétitivité' }, { clusterKind: 'grappe' }] as (
			Record<string, string> | undefined
		)[]) {
			const result = seedNodeSchema.safeParse(cluster(properties));
			expect(result.success).toBe(false);
			expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['properties.clusterKind']);
			expect(result.error?.issues[0].message).toMatch(
				/un Cluster doit donner properties\.clusterKind.*a Cluster needs.*pole-de-competitivite/
			);
		}
	});
});
