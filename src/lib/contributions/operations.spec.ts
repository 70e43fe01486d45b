import { describe, expect, it } from 'vitest';
import { viewOf } from './operations';

describe('an operation as a person reads it', () => {
	it('lists only the values that change, lists joined, stamps left out', () => {
		const view = viewOf({
			op: 'update-entity',
			id: 'societe-fictive',
			before: { description: null, sources: ['a'], updatedBy: null },
			after: { description: 'Nouvelle', sources: ['a', 'b'], updatedBy: 'Camille' }
		});
		expect(view.params).toEqual({ id: 'societe-fictive' });
		expect(view.rows).toEqual([
			{ key: 'description', before: null, after: 'Nouvelle' },
			{ key: 'sources', before: 'a', after: 'a · b' }
		]);
	});

	it('names both ends of a new link', () => {
		const view = viewOf({ op: 'create-relationship', type: 'MEMBER_OF', from: 'a', to: 'b', properties: { role: 'partner' } });
		expect(view.params).toMatchObject({ type: 'MEMBER_OF', from: 'a', to: 'b' });
		expect(view.rows).toEqual([{ key: 'role', before: null, after: 'partner' }]);
	});
});
