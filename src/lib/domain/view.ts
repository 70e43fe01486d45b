import { z } from 'zod';
import { entityIdSchema, entityKindSchema, projectStatusSchema, relationshipTypeSchema, territoryPhaseSchema } from '$lib/domain/model';

/**
 * The explorer's whole view as a link: `/explorer?vue=<text>`.
 *
 * The text is `base64url(deflate-raw(UTF-8(JSON)))`. The JSON is the `ViewState` below with one
 * change that keeps links short: positions travel as one flat list `xy` aligned with `nodes`
 * (`[x0, y0, x1, y1, …]`, `null, null` for a node without one) instead of a map that would
 * repeat every id. Deflate then folds the shared parts of ids (`commune-`, `epci-2000`…).
 * Compression goes through the platform's `CompressionStream`, which is asynchronous, hence
 * the promises. Measured on real 100-node neighbourhoods with positions: 1,100 to 1,250
 * characters around a department or a territory (short geographic ids), about 2,100 around a
 * curated cluster whose ids are long slugs. A view whose text passes a few KB is saved on the
 * server instead and the link names it (`share.ts`).
 *
 * Reading validates everything: a link typed by hand, cut short or tampered with throws an
 * `InvalidViewStateError` that names the field at fault.
 */

/** The layouts and size measures the view offers (the same lists as `layouts.ts` and `style.ts`, which a test checks). */
export const viewLayouts = ['fcose', 'concentric', 'breadthfirst', 'geographic'] as const;
export const viewSizeMeasures = ['degree', 'betweenness', 'funding'] as const;

/** Views are capped well below this; the limit keeps a crafted link from asking for a huge graph. */
export const MAX_VIEW_NODES = 5_000;
/** Longest `vue` text read, and longest JSON it may inflate to (a zip bomb stops there). */
const MAX_TEXT = 100_000;
const MAX_JSON = 1_000_000;

const coordinate = z.int('doit être un nombre entier').min(-1e7).max(1e7);
const year = z.int().min(1900).max(2100);

export const viewFiltersSchema = z.object({
	/** Kinds and relationship types left out, as the filters panel holds them. */
	kinds: z.array(entityKindSchema).optional(),
	types: z.array(relationshipTypeSchema).optional(),
	/** Theme ids: only what addresses one of them. */
	themes: z.array(entityIdSchema).optional(),
	/** INSEE région code. */
	region: z
		.string()
		.regex(/^\d{2,3}$/, 'doit être le code INSEE d’une région')
		.optional(),
	phase: territoryPhaseSchema.optional(),
	status: z.array(projectStatusSchema).optional(),
	/** First and last year, inclusive. */
	years: z
		.tuple([year, year])
		.refine(([from, to]) => from <= to, 'doit commencer avant de finir')
		.optional(),
	mode: z.enum(['fade', 'hide'])
});
export type ViewFilters = z.infer<typeof viewFiltersSchema>;

export const viewStateSchema = z
	.object({
		v: z.literal(1),
		/** The ids of the nodes in view, in the order they came. */
		nodes: z
			.array(entityIdSchema)
			.max(MAX_VIEW_NODES)
			.refine((ids) => new Set(ids).size === ids.length, 'ne doit pas nommer deux fois le même nœud'),
		/** Where each node was drawn, rounded to whole model units; only nodes of the view. */
		positions: z.record(entityIdSchema, z.tuple([coordinate, coordinate])).optional(),
		pinned: z.array(entityIdSchema).optional(),
		hidden: z.array(entityIdSchema).optional(),
		layout: z.enum(viewLayouts),
		sizeBy: z.enum(viewSizeMeasures),
		filters: viewFiltersSchema,
		/** The selected node or edge (an edge id is `TYPE:source->target`). */
		selection: z.string().min(1).max(300).optional(),
		focus: entityIdSchema.optional(),
		cap: z.int().min(1).max(MAX_VIEW_NODES).optional(),
		webgl: z.boolean().optional()
	})
	.superRefine((state, context) => {
		const inView = new Set(state.nodes);
		for (const id of Object.keys(state.positions ?? {})) {
			if (!inView.has(id)) context.addIssue({ code: 'custom', path: ['positions', id], message: 'places a node that is not in the view' });
		}
	});
export type ViewState = z.infer<typeof viewStateSchema>;

/** A link that cannot be read: `field` names what is wrong (`filters.years`), or is null when the text is not a link at all. */
export class InvalidViewStateError extends Error {
	constructor(
		readonly field: string | null,
		detail: string
	) {
		super(field === null ? `Lien de vue illisible : ${detail}` : `Lien de vue illisible : ${field} ${detail}`);
		this.name = 'InvalidViewStateError';
	}
}

/** Validates a state; throws `InvalidViewStateError` naming the first field at fault. */
export function parseViewState(value: unknown): ViewState {
	const result = viewStateSchema.safeParse(value);
	if (result.success) return result.data;
	const issue = result.error.issues[0];
	throw new InvalidViewStateError(issue.path.length > 0 ? issue.path.join('.') : null, issue.message);
}

/** Rounds every position to whole units, as links carry them. */
export function roundPositions(
	positions: Record<string, readonly [number, number] | { x: number; y: number }>
): Record<string, [number, number]> {
	return Object.fromEntries(
		Object.entries(positions).map(([id, at]) => {
			const [x, y] = 'x' in at ? [at.x, at.y] : at;
			return [id, [Math.round(x), Math.round(y)]];
		})
	);
}

async function through(
	bytes: Uint8Array<ArrayBuffer>,
	transform: CompressionStream | DecompressionStream,
	limit = Infinity
): Promise<Uint8Array> {
	const reader = new Blob([bytes]).stream().pipeThrough(transform).getReader();
	const chunks: Uint8Array[] = [];
	let length = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		length += value.length;
		if (length > limit) {
			await reader.cancel();
			throw new InvalidViewStateError(null, 'is too large');
		}
		chunks.push(value);
	}
	const joined = new Uint8Array(length);
	let offset = 0;
	for (const chunk of chunks) {
		joined.set(chunk, offset);
		offset += chunk.length;
	}
	return joined;
}

function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
	if (!/^[A-Za-z0-9_-]+$/.test(text) || text.length % 4 === 1) throw new InvalidViewStateError(null, 'is not base64url text');
	const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	return Uint8Array.from(binary, (character) => character.charCodeAt(0));
}

/** The state as a compact, URL-safe text (only `A-Z a-z 0-9 - _`). */
export async function encodeViewState(state: ViewState): Promise<string> {
	const valid = parseViewState({ ...state, ...(state.positions ? { positions: roundPositions(state.positions) } : {}) });
	const { positions, ...rest } = valid;
	const wire = positions ? { ...rest, xy: valid.nodes.flatMap((id) => positions[id] ?? [null, null]) } : rest;
	return toBase64Url(await through(new TextEncoder().encode(JSON.stringify(wire)), new CompressionStream('deflate-raw')));
}

/** Reads a text `encodeViewState` wrote; throws `InvalidViewStateError` on anything else. */
export async function decodeViewState(text: string): Promise<ViewState> {
	if (text.length > MAX_TEXT) throw new InvalidViewStateError(null, 'is too long');
	let json: string;
	try {
		json = new TextDecoder('utf-8', { fatal: true }).decode(
			await through(fromBase64Url(text), new DecompressionStream('deflate-raw'), MAX_JSON)
		);
	} catch (error) {
		if (error instanceof InvalidViewStateError) throw error;
		throw new InvalidViewStateError(null, 'is damaged: it does not inflate');
	}
	let wire: unknown;
	try {
		wire = JSON.parse(json);
	} catch {
		throw new InvalidViewStateError(null, 'is damaged: not JSON');
	}
	if (typeof wire !== 'object' || wire === null || Array.isArray(wire)) throw new InvalidViewStateError(null, 'is not a view');
	const { xy, ...rest } = wire as { xy?: unknown; nodes?: unknown };
	if (xy === undefined) return parseViewState(rest);
	const nodes = Array.isArray(rest.nodes) ? rest.nodes : [];
	if (!Array.isArray(xy) || xy.length !== nodes.length * 2)
		throw new InvalidViewStateError('positions', 'doit donner deux coordonnées par nœud');
	const positions: Record<string, unknown> = {};
	nodes.forEach((id, index) => {
		const [x, y] = [xy[2 * index], xy[2 * index + 1]];
		if (x !== null || y !== null) positions[String(id)] = [x, y];
	});
	return parseViewState({ ...rest, positions });
}

/** The query parameter that carries a view. */
export const VIEW_PARAMETER = 'vue';

/** `?vue=…` for a state, to append to `/explorer`. */
export async function viewStateToSearchParams(state: ViewState): Promise<URLSearchParams> {
	return new URLSearchParams({ [VIEW_PARAMETER]: await encodeViewState(state) });
}

/** The view a URL carries, or null when it has none; throws `InvalidViewStateError` when it has a bad one. */
export async function viewStateFromUrl(url: URL): Promise<ViewState | null> {
	const text = url.searchParams.get(VIEW_PARAMETER);
	return text === null || text === '' ? null : decodeViewState(text);
}
