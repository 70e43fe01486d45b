import { getContext, setContext } from 'svelte';
import type { Viewer } from '$lib/domain/accounts';

/**
 * The signed-in person, for components deep in a page (the explorer's side panel) that would
 * otherwise have it passed through every layer. Without a provider (a component rendered alone,
 * in a test) there is no one signed in.
 */
const KEY = Symbol('viewer');

/** Called once by the root layout with a getter of the page's viewer. */
export function provideViewer(viewer: () => Viewer | null): void {
	setContext(KEY, viewer);
}

/** The signed-in person, or null. */
export function useViewer(): () => Viewer | null {
	return getContext<(() => Viewer | null) | undefined>(KEY) ?? (() => null);
}
