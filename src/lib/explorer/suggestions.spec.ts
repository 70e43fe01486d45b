import { describe, expect, it } from 'vitest';
import type { SearchHit } from '$lib/domain/entity';
import { groupByKind } from './suggestions';

const hit = (id: string, kind: SearchHit['kind']): SearchHit => ({ id, name: id, kind, labels: ['Entity', kind], score: 1 });

describe('groupByKind', () => {
	it('groups hits by kind in the order of each kind’s best hit, numbered as shown', () => {
		const groups = groupByKind([hit('ecosystem-cleon-4-0', 'Cluster'), hit('commune-76178', 'Commune'), hit('cleon-sas', 'Cluster')]);
		expect(groups.map((group) => group.kind)).toEqual(['Cluster', 'Commune']);
		expect(groups.flatMap((group) => group.hits.map(({ hit, index }) => `${index}:${hit.id}`))).toEqual([
			'0:ecosystem-cleon-4-0',
			'1:cleon-sas',
			'2:commune-76178'
		]);
		expect(groupByKind([])).toEqual([]);
	});
});
