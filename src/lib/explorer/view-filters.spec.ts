import { describe, expect, it } from 'vitest';
import { noFilters, type FilterState } from './filters';
import { filtersFromView, filtersToView } from './view-filters';

describe('filters', () => {
	it('map the filters panel state to a view and back', () => {
		const state: FilterState = {
			hiddenKinds: ['Commune'],
			hiddenTypes: ['IN'],
			themes: ['hydrogene'],
			region: '84',
			phase: '2023-2027',
			statuses: ['ongoing'],
			years: { from: 2019, to: 2024 },
			mode: 'hide'
		};
		expect(filtersToView(state)).toEqual({
			kinds: ['Commune'],
			types: ['IN'],
			themes: ['hydrogene'],
			region: '84',
			phase: '2023-2027',
			status: ['ongoing'],
			years: [2019, 2024],
			mode: 'hide'
		});
		expect(filtersFromView(filtersToView(state))).toEqual(state);
		expect(filtersToView(noFilters)).toEqual({ mode: 'fade' });
		expect(filtersFromView(filtersToView(noFilters))).toEqual(noFilters);
	});
});
