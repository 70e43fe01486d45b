import { viewerOf } from '$lib/server/http/caller';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({ locale: locals.locale, viewer: viewerOf(locals.identity) });
