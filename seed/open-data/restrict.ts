import type { GraphRows } from '../rows';
import { departementId } from './ids';

/**
 * Keeps the part of the open-data graph that lies in some départements: their communes, their
 * régions, the EPCI and territories that include one of those communes (directly or through an
 * EPCI), plus the nodes of `alsoKeep` and the places above them. Open data that is not geography
 * (the pôles de compétitivité, the programme's phases, the web pages they cite) is kept whole,
 * with the places it is located in; a link to a node that the curated files define (a theme, the
 * programme) is kept too. Used for the small test fixture and for quick local runs.
 */
export function restrictToDepartements(rows: GraphRows, codes: readonly string[], alsoKeep: ReadonlySet<string> = new Set()): GraphRows {
	const kind = new Map(rows.entities.map((entity) => [entity.id, entity.labels[0]]));
	const kept = new Set(codes.map(departementId));
	const linksFrom = (type: string, fromKind: string) =>
		rows.relationships.filter((link) => link.type === type && kind.get(link.from) === fromKind);

	for (const link of linksFrom('IN', 'Department')) if (kept.has(link.from)) kept.add(link.to);
	for (const link of linksFrom('IN', 'Commune')) if (kept.has(link.to)) kept.add(link.from);
	for (const link of linksFrom('INCLUDES', 'EPCI')) if (kept.has(link.to)) kept.add(link.from);
	for (const link of linksFrom('INCLUDES', 'Territory')) if (kept.has(link.to)) kept.add(link.from);
	const geography = new Set(['Region', 'Department', 'EPCI', 'Commune', 'Territory']);
	const whole = rows.entities.filter((entity) => !geography.has(entity.labels[0])).map((entity) => entity.id);
	for (const id of whole) kept.add(id);
	const theirPlaces = rows.relationships.filter((link) => link.type === 'LOCATED_IN' && kept.has(link.from)).map((link) => link.to);

	// After the départements' own contents, so that keeping one commune elsewhere does not pull in its whole département.
	const parents = new Map<string, string[]>();
	for (const link of rows.relationships) if (link.type === 'IN') parents.set(link.from, [...(parents.get(link.from) ?? []), link.to]);
	const pending = [...alsoKeep, ...theirPlaces].filter((id) => kind.has(id));
	while (pending.length > 0) {
		const id = pending.pop()!;
		if (kept.has(id)) continue;
		kept.add(id);
		pending.push(...(parents.get(id) ?? []));
	}

	return {
		entities: rows.entities.filter((entity) => kept.has(entity.id)),
		relationships: rows.relationships.filter((link) => kept.has(link.from) && (kept.has(link.to) || !kind.has(link.to)))
	};
}
