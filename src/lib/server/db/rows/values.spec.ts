import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compact, entityName, entityReference, filledText, kindedLabels, listOf, optionalNumber, optionalText, textList } from './values';

describe('the lenient values', () => {
	it('read a missing, null or mistyped property as undefined', () => {
		const row = z.object({ description: optionalText, lat: optionalNumber, phase: filledText });
		expect(row.parse({ description: 'Pôle', lat: 49.3, phase: '2023-2027' })).toEqual({
			description: 'Pôle',
			lat: 49.3,
			phase: '2023-2027'
		});
		expect(row.parse({ description: null, lat: '49.3', phase: '' })).toEqual({});
		expect(row.parse({})).toEqual({});
	});

	it('read a list property as its texts: one text as a list of one, anything else as empty', () => {
		expect(textList.parse(['a', 'b'])).toEqual(['a', 'b']);
		expect(textList.parse('seul')).toEqual(['seul']);
		expect(textList.parse(['a', 3, null, 'b'])).toEqual(['a', 'b']);
		expect(textList.parse(null)).toEqual([]);
		expect(textList.parse(undefined)).toEqual([]);
		expect(textList.parse({ a: 1 })).toEqual([]);
	});

	it('leave out the items of a list that do not parse', () => {
		const funding = listOf(z.object({ funder: z.string() }));
		expect(funding.parse([{ funder: 'ademe' }, { funder: null }, 'x', { funder: 'bpi' }])).toEqual([
			{ funder: 'ademe' },
			{ funder: 'bpi' }
		]);
		expect(funding.parse(null)).toEqual([]);
	});

	it('find the kind among the labels, and fail without one', () => {
		expect(kindedLabels.parse(['Entity', 'Actor', 'Cluster'])).toEqual({ labels: ['Entity', 'Actor', 'Cluster'], kind: 'Cluster' });
		expect(kindedLabels.safeParse(['Entity']).success).toBe(false);
		expect(kindedLabels.safeParse(null).success).toBe(false);
	});

	it('name a node by its id when it has no name', () => {
		expect(entityReference.parse({ id: 'aria', name: null, labels: ['Entity', 'Actor', 'Cluster'] })).toEqual({
			id: 'aria',
			name: 'aria',
			kind: 'Cluster',
			labels: ['Entity', 'Actor', 'Cluster']
		});
		expect(entityName.parse({ id: 'aria', name: 'ARIA', labels: ['Cluster'] })).toStrictEqual({
			id: 'aria',
			name: 'ARIA',
			kind: 'Cluster'
		});
		expect(entityName.safeParse({ name: 'ARIA', labels: ['Cluster'] }).success).toBe(false);
	});

	it('leave out undefined entries rather than carry them', () => {
		expect(compact({ a: 1, b: undefined, c: null })).toStrictEqual({ a: 1, c: null });
	});
});
