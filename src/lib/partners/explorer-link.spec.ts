import { describe, expect, it } from 'vitest';
import { decodeViewState } from '$lib/graph-view/view-state';
import { evidenceView, explorerQuery } from './explorer-link';

const node = (id: string) => ({ id, name: id, kind: 'Project' as const, labels: ['Entity', 'Project'] });

describe('opening a suggestion in the explorer', () => {
	it('opens the evidence with the candidate selected and in focus, the candidate first', () => {
		const view = evidenceView({ id: 'brit-inov', evidence: { nodes: [node('reuse'), node('brit-inov'), node('reuse')], edges: [] } });
		expect(view).toMatchObject({ nodes: ['brit-inov', 'reuse'], selection: 'brit-inov', focus: 'brit-inov', layout: 'fcose' });
	});

	it('writes a `?vue=` link the explorer reads back', async () => {
		const query = await explorerQuery({ id: 'brit-inov', evidence: { nodes: [node('reuse-baie-d-armor')], edges: [] } });
		expect(query).toMatch(/^\?vue=[\w-]+$/);
		expect(await decodeViewState(query.slice('?vue='.length))).toMatchObject({
			nodes: ['brit-inov', 'reuse-baie-d-armor'],
			selection: 'brit-inov'
		});
	});
});
