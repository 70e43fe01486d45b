import { describe, expect, it } from 'vitest';
import { candidateCitations } from './citations';

const study = { id: 'study', title: 'OSER les Réseaux !', publisher: 'France Clusters' };

describe('the citations of a suggestion', () => {
	it('quotes each excerpt once with its document, then the citations left without excerpt', () => {
		const pilots = {
			id: 'PARTICIPATES_IN:brit-inov->reuse',
			type: 'PARTICIPATES_IN' as const,
			source: 'brit-inov',
			target: 'reuse',
			sources: ['study#ReUse', 'study#ReUse'],
			evidence: ['Brit’Inov pilote ReUse.', 'Brit’Inov pilote ReUse.']
		};
		const about = {
			id: 'ADDRESSES:reuse->eau',
			type: 'ADDRESSES' as const,
			source: 'reuse',
			target: 'eau',
			sources: ['study#ReUse'],
			evidence: ['']
		};
		const citations = candidateCitations(
			{ evidence: { nodes: [], edges: [pilots, about] }, sources: ['study#ReUse', 'study#Acteurs', 'other'] },
			[study]
		);
		expect(citations).toEqual([
			{ source: study, sourceId: 'study', section: 'ReUse', evidence: 'Brit’Inov pilote ReUse.' },
			{ source: study, sourceId: 'study', section: 'Acteurs' },
			{ source: null, sourceId: 'other' }
		]);
	});
});
