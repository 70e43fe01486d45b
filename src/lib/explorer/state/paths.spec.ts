import { describe, expect, it } from 'vitest';
import type { NodeCollection } from 'cytoscape';
import { translator } from '$lib/i18n/translator';
import { Notices } from './notices.svelte';
import { Paths } from './paths.svelte';
import { fakeExplorerApi } from '../../../../tests/support/fixtures/explorer-api';
import { testCanvas } from '../../../../tests/support/explorer-canvas';

const t = translator('fr');

/** The path finder over a fake API (`fetcher` replaces it) and a test canvas. */
function pathFinder(fetcher: typeof fetch = fakeExplorerApi().fetcher) {
	const canvas = testCanvas();
	const notices = new Notices(t);
	const framed: NodeCollection[] = [];
	const viewport = { frame: (nodes: NodeCollection | undefined) => void (nodes && framed.push(nodes)) };
	const paths = new Paths({ canvas, notices, viewport, fetcher, t });
	return { paths, canvas, cy: canvas.cy, notices, framed };
}

const answer = (body: unknown, status = 200) => (async () => new Response(JSON.stringify(body), { status })) as typeof fetch;

describe('Paths', () => {
	it('finds paths, draws and highlights them, and tells them in French', async () => {
		const { paths, canvas, cy, framed } = pathFinder();
		await paths.find('tenerrdis', 'ecosystem-cleon-4-0', { maxLength: 4, avoid: ['geography'] });
		expect(paths.found?.map((path) => path.sentence)).toEqual(['Tenerrdis — collabore avec → Ecosystem Cléon 4.0']);
		expect(cy.getElementById('tenerrdis').hasClass('highlighted')).toBe(true);
		expect(cy.getElementById('COLLABORATES_WITH:tenerrdis->ecosystem-cleon-4-0').hasClass('highlighted')).toBe(true);
		expect(canvas.changes.map((change) => change.label)).toEqual(['Chemins de Tenerrdis à Ecosystem Cléon 4.0']);
		expect(
			framed
				.at(-1)
				?.map((node) => node.id())
				.sort()
		).toEqual(['ecosystem-cleon-4-0', 'tenerrdis']);
		paths.clear();
		expect(paths.found).toBeNull();
		expect(cy.elements('.highlighted, .muted')).toHaveLength(0);
	});

	it('highlights one path alone, the others muted, then all of them again', async () => {
		const { paths, cy } = pathFinder();
		cy.add({ data: { id: 'ailleurs' } });
		await paths.find('tenerrdis', 'ecosystem-cleon-4-0', { maxLength: 4, avoid: [] });
		expect(cy.getElementById('ailleurs').hasClass('muted')).toBe(true);
		paths.show(0);
		expect(paths.active).toBe(0);
		expect(cy.getElementById('tenerrdis').hasClass('highlighted')).toBe(true);
		paths.show(null);
		expect(paths.active).toBeNull();
		expect(cy.elements('.highlighted')).toHaveLength(3);
	});

	it('says when there is no path, or more than were sent, without touching the view', async () => {
		const { paths, canvas } = pathFinder(answer({ paths: [], truncated: true }));
		await paths.find('tenerrdis', 'ademe', { maxLength: 2, avoid: [] });
		expect(paths.found).toEqual([]);
		expect(paths.truncated).toBe(true);
		expect(canvas.changes).toHaveLength(0);
	});

	it('turns a failure into a notice and keeps what was found before', async () => {
		const { paths, notices } = pathFinder(answer({ message: 'Indisponible' }, 503));
		await paths.find('tenerrdis', 'ademe', { maxLength: 2, avoid: [] });
		expect(paths.found).toBeNull();
		expect(notices.notice).toEqual({ tone: 'error', text: 'Indisponible' });
	});

	it('forgets the paths when the view no longer shows them', async () => {
		const { paths } = pathFinder();
		await paths.find('tenerrdis', 'ecosystem-cleon-4-0', { maxLength: 4, avoid: [] });
		paths.forget();
		expect(paths.found).toBeNull();
	});
});
