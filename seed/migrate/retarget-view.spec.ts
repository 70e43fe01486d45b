import { describe, expect, it } from 'vitest';
import { retargetViewState } from './retarget-view';

const merged = new Map([['ancienne-institution', 'epci-200000001']]);

describe('retargetViewState', () => {
	it('replaces a merged id everywhere a view names an entity, keeping its place and position', () => {
		const { state, changed } = retargetViewState(
			{
				v: 1,
				nodes: ['projet-fictif', 'ancienne-institution'],
				positions: { 'projet-fictif': [0, 0], 'ancienne-institution': [10, 20] },
				pinned: ['ancienne-institution'],
				hidden: [],
				focus: 'ancienne-institution',
				selection: 'PARTICIPATES_IN:ancienne-institution->projet-fictif',
				layout: 'fcose'
			},
			merged
		);
		expect(changed).toBe(true);
		expect(state).toEqual({
			v: 1,
			nodes: ['projet-fictif', 'epci-200000001'],
			positions: { 'projet-fictif': [0, 0], 'epci-200000001': [10, 20] },
			pinned: ['epci-200000001'],
			hidden: [],
			focus: 'epci-200000001',
			selection: 'PARTICIPATES_IN:epci-200000001->projet-fictif',
			layout: 'fcose'
		});
	});

	it('names the place once when the view showed both, keeping the place’s own position', () => {
		const { state } = retargetViewState(
			{
				nodes: ['epci-200000001', 'ancienne-institution'],
				positions: { 'ancienne-institution': [10, 20], 'epci-200000001': [1, 2] },
				selection: 'ancienne-institution'
			},
			merged
		);
		expect(state.nodes).toEqual(['epci-200000001']);
		expect(state.positions).toEqual({ 'epci-200000001': [1, 2] });
		expect(state.selection).toBe('epci-200000001');
	});

	it('leaves a view that names no merged entity unchanged', () => {
		const original = { v: 1, nodes: ['projet-fictif'], positions: { 'projet-fictif': [0, 0] } };
		const { state, changed } = retargetViewState(original, merged);
		expect(changed).toBe(false);
		expect(state).toEqual(original);
	});
});
