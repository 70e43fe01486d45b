import { projectStatusSchema } from '$lib/domain/model';
import type { ViewFilters } from '$lib/domain/view';
import type { FilterState } from './filters';

/** The filters panel's state as a view carries it (empty criteria left out). */
export function filtersToView(filters: FilterState): ViewFilters {
	const statuses = filters.statuses.filter((status) => projectStatusSchema.safeParse(status).success) as ViewFilters['status'] & string[];
	return {
		...(filters.hiddenKinds.length > 0 ? { kinds: [...filters.hiddenKinds] } : {}),
		...(filters.hiddenTypes.length > 0 ? { types: [...filters.hiddenTypes] } : {}),
		...(filters.themes.length > 0 ? { themes: [...filters.themes] } : {}),
		...(filters.region !== null ? { region: filters.region } : {}),
		...(filters.phase === '2019-2022' || filters.phase === '2023-2027' ? { phase: filters.phase } : {}),
		...(statuses.length > 0 ? { status: statuses } : {}),
		...(filters.years !== null ? { years: [filters.years.from, filters.years.to] as [number, number] } : {}),
		mode: filters.mode
	};
}

/** The filters panel's state from a view's filters. */
export function filtersFromView(filters: ViewFilters): FilterState {
	return {
		hiddenKinds: filters.kinds ?? [],
		hiddenTypes: filters.types ?? [],
		themes: filters.themes ?? [],
		region: filters.region ?? null,
		phase: filters.phase ?? null,
		statuses: filters.status ?? [],
		years: filters.years ? { from: filters.years[0], to: filters.years[1] } : null,
		mode: filters.mode
	};
}
