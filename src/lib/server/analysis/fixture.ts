import { networkFromRows, type Network } from './network';

const node = (id: string) => ({ id, name: id.toUpperCase(), labels: ['Entity', 'Actor', 'Company'] });

/**
 * A small hand-made network for the unit tests: links as `[a, b]` or `[a, b, weight]`, plus nodes
 * without any link, built through `networkFromRows` exactly as rows from Neo4j would be.
 */
export function networkOf(links: ([string, string] | [string, string, number])[], isolated: string[] = []): Network {
	return networkFromRows([
		...links.map(([a, b, weight = 1]) => ({ source: node(a), target: node(b), weight, via: [`p-${a}-${b}`] })),
		...isolated.map((id) => ({ source: node(id), target: null, weight: 0, via: [] }))
	]);
}

/** A star: `centre` linked to each leaf, and nothing else. */
export function star(leaves: number): Network {
	return networkOf(Array.from({ length: leaves }, (_, index) => ['centre', `leaf-${index + 1}`] as [string, string]));
}

/** Two triangles a-b-c and d-e-f, joined by the link c-d when `bridged`. */
export function twoTriangles(bridged: boolean): Network {
	const links: [string, string][] = [
		['a', 'b'],
		['b', 'c'],
		['a', 'c'],
		['d', 'e'],
		['e', 'f'],
		['d', 'f']
	];
	return networkOf(bridged ? [...links, ['c', 'd']] : links);
}
