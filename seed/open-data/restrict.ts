import type { GraphRows } from '../rows';
import { departementId } from './ids';

/**
 * Keeps the part of the open-data graph that lies in some départements: their communes, their
 * régions, the EPCI and territories that include one of those communes (directly or through an
 * EPCI). Used for the small test fixture and for quick local runs.
 */
export function restrictToDepartements(rows: GraphRows, codes: readonly string[]): GraphRows {
	const kind = new Map(rows.entities.map((entity) => [entity.id, entity.labels[0]]));
	const kept = new Set(codes.map(departementId));
	const linksFrom = (type: string, fromKind: string) => rows.relationships.filter((link) => link.type === type && kind.get(link.from) === fromKind);

	for (const link of linksFrom('IN', 'Department')) if (kept.has(link.from)) kept.add(link.to);
	for (const link of linksFrom('IN', 'Commune')) if (kept.has(link.to)) kept.add(link.from);
	for (const link of linksFrom('INCLUDES', 'EPCI')) if (kept.has(link.to)) kept.add(link.from);
	for (const link of linksFrom('INCLUDES', 'Territory')) if (kept.has(link.to)) kept.add(link.from);

	return {
		entities: rows.entities.filter((entity) => kept.has(entity.id)),
		relationships: rows.relationships.filter((link) => kept.has(link.from) && kept.has(link.to))
	};
}
