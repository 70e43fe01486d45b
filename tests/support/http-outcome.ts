import { isHttpError } from '@sveltejs/kit';

/** The status and body of what `work` answered or threw, as SvelteKit would send it. */
export async function outcome(work: () => unknown) {
	try {
		const response = (await work()) as Response;
		return { status: response.status, retryAfter: response.headers.get('retry-after'), ...(await response.json()) };
	} catch (caught) {
		if (!isHttpError(caught)) throw caught;
		return { status: caught.status, ...caught.body };
	}
}
