import type { SingularElementArgument } from 'cytoscape';

/**
 * Gives class `name` to the elements `wanted` picks and takes it from the others, touching only
 * those that change; returns how many changed. Cytoscape restyles every element a class call
 * names, whether its classes changed or not (removing a class an element does not have counts as
 * a change), and on a view of thousands of elements such a call costs the next frame seconds.
 */
export function setClass<E extends SingularElementArgument>(
	elements: { forEach(visit: (element: E) => void): unknown },
	name: string,
	wanted: (element: E) => boolean
): number {
	const gaining: E[] = [];
	const losing: E[] = [];
	elements.forEach((element) => {
		const want = wanted(element);
		if (want !== element.hasClass(name)) (want ? gaining : losing).push(element);
	});
	const cy = (gaining[0] ?? losing[0])?.cy();
	// One collection per change, so Cytoscape restyles them in one go.
	const together = (list: E[]) => list.reduce((collection, element) => collection.merge(element), cy.collection());
	if (gaining.length > 0) together(gaining).addClass(name);
	if (losing.length > 0) together(losing).removeClass(name);
	return gaining.length + losing.length;
}
