import { describe, expect, it } from 'vitest';
import type { Mention, Proposal } from '$lib/domain/documents';
import { comparable, scoreReading } from './scoring';

const proposal = (type: string, from: Proposal['from'], to: Proposal['to'], confidence = 0.8): Proposal =>
	({ id: 'p1', type, from, to, properties: {}, evidence: '…', start: 0, end: 1, confidence, status: 'pending' }) as Proposal;
const mention = (entityId: string): Mention => ({
	text: entityId,
	start: 0,
	end: 1,
	entityId,
	name: entityId,
	kind: 'Company',
	category: 'known'
});

const curated = {
	entities: [
		{ id: 'fictivia', names: ['Fictivia Composites', 'Fictivia'] },
		{ id: 'exemplia', names: ['Cluster Exemplia Méca (essai)'] },
		{ id: 'imaginor', names: ['Imaginor'] }
	],
	relationships: [
		{ type: 'MEMBER_OF', from: 'fictivia', to: 'exemplia' },
		{ type: 'FUNDS', from: 'imaginor', to: 'fictivia' }
	]
};

describe('scoring a reading against curated facts', () => {
	it('counts a relationship found whatever its direction, and its exact type apart', () => {
		const score = scoreReading(
			{
				mentions: [],
				proposals: [
					proposal(
						'COLLABORATES_WITH',
						{ entityId: 'exemplia', name: 'x', kind: 'Cluster' },
						{ entityId: 'fictivia', name: 'y', kind: 'Company' }
					),
					proposal('FUNDS', { entityId: 'imaginor', name: 'x', kind: 'Company' }, { entityId: 'fictivia', name: 'y', kind: 'Company' }),
					proposal(
						'PART_OF',
						{ entityId: 'imaginor', name: 'x', kind: 'Company' },
						{ entityId: 'exemplia', name: 'y', kind: 'Cluster' },
						0.3
					)
				]
			},
			curated
		);
		expect(score).toMatchObject({ found: 2, exact: 1, recall: 1, exactRecall: 0.5, correct: 2, proposals: 3 });
		expect(score.precision).toBeCloseTo(2 / 3);
		expect(score.confident).toEqual({ proposals: 2, correct: 2, found: 2 });
		expect(score.wrong.map((wrong) => wrong.type)).toEqual(['PART_OF']);
	});

	it('matches a new end by its name, accents, case and qualifier aside', () => {
		const score = scoreReading(
			{
				mentions: [],
				proposals: [
					proposal('MEMBER_OF', { name: 'FICTIVIA composites', kind: 'Company' }, { name: 'Cluster Exemplia Meca', kind: 'Cluster' })
				]
			},
			curated
		);
		expect(score).toMatchObject({ found: 1, exact: 1, correct: 1, missed: [curated.relationships[1]] });
		expect(comparable('Cluster Exemplia Méca (essai)')).toBe('cluster exemplia meca');
	});

	it('sets legal forms aside when matching a new end, and never matches a name the curated facts lack', () => {
		const score = scoreReading(
			{
				mentions: [],
				proposals: [
					proposal('FUNDS', { name: 'Imaginor SAS', kind: 'Company' }, { name: 'SARL Fictivia', kind: 'Company' }),
					proposal('MEMBER_OF', { name: 'Fictivia Composants', kind: 'Company' }, { entityId: 'exemplia', name: 'x', kind: 'Cluster' }),
					proposal(
						'MEMBER_OF',
						{ entityId: 'fictivia', name: 'x', kind: 'Company' },
						{ entityId: 'autre-cluster', name: 'y', kind: 'Cluster' }
					)
				]
			},
			curated
		);
		expect(score).toMatchObject({ found: 1, exact: 1, correct: 1, proposals: 3, missed: [curated.relationships[0]] });
		expect(score.wrong.map((wrong) => wrong.from.name)).toEqual(['Fictivia Composants', 'x']);
		expect(comparable('Fictivia S.A.S.')).toBe('fictivia');
		expect(comparable('SCOP Imaginor Bois')).toBe('imaginor bois');
		// A name that is only a legal form is kept, so it cannot match every other bare form.
		expect(comparable('SAS')).toBe('sas');
	});

	it('measures linking: mentions of entities the curated facts name', () => {
		const score = scoreReading({ mentions: [mention('fictivia'), mention('imaginor'), mention('autre')], proposals: [] }, curated);
		expect(score).toMatchObject({ linked: 3, linkedCorrectly: 2, recall: 0, precision: 1 });
		expect(score.linking).toBeCloseTo(2 / 3);
	});

	it('leaves amounts out of linking, and counts 100 % when nothing was linked or proposed', () => {
		const amount: Mention = { ...mention('autre'), category: 'amount', kind: 'Amount', entityId: undefined };
		const score = scoreReading({ mentions: [amount], proposals: [] }, { entities: [], relationships: [] });
		expect(score).toMatchObject({ linked: 0, linking: 1, precision: 1, recall: 1 });
	});
});
