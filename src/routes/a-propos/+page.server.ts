import { database } from '$lib/server/db/database';
import { answer } from '$lib/server/http/answer';
import * as sources from '$lib/server/sources';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({ sources: await answer(() => sources.listAllSources(database())) });
