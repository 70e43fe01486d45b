import { describe, expect, it } from 'vitest';
import { withFirstOperations, type Changeset } from './changesets';

const changeset = (count: number): Changeset => ({
	id: 'cs-0123456789abcdef',
	kind: 'import',
	status: 'published',
	author: { id: 'acc-1', name: 'Personne Fictive' },
	createdAt: '2026-12-05T00:00:00.000Z',
	reason: '',
	summary: 'import de « essai.csv »',
	operations: Array.from({ length: count }, (_, index) => ({
		op: 'hide-entity' as const,
		id: `fictive-${index}`,
		labels: ['Company', 'Actor']
	})),
	entityIds: []
});

describe('a changeset on a page', () => {
	it('keeps its first operations only, and says how many it has in all', () => {
		const shown = withFirstOperations(changeset(250));
		expect(shown.operations).toHaveLength(100);
		expect(shown.operations[0]).toMatchObject({ id: 'fictive-0' });
		expect(shown.operationCount).toBe(250);
		const small = changeset(3);
		expect(withFirstOperations(small)).toBe(small);
	});
});
