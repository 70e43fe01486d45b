import { describe, expect, it } from 'vitest';
import { translator } from '$lib/i18n/translator';
import { drawPayload } from './draw';
import { NodeEdits } from './edits';
import { only } from '../../../../tests/support/fixtures/explorer-api';
import { cleonNeighbourhood, edge, node, payload } from '../../../../tests/support/fixtures/graph-payloads';
import { testCanvas, type TestCanvas } from '../../../../tests/support/explorer-canvas';

const t = translator('fr');

/** Edits over the Cléon neighbourhood, its focus on the cluster; `forgotten` counts the paths let go. */
function editsOverCleon() {
	const canvas = testCanvas();
	const graph = { focus: 'ecosystem-cleon-4-0' as string | null };
	let forgotten = 0;
	const edits = new NodeEdits({ canvas, graph, paths: { forget: () => void forgotten++ }, t });
	drawPayload(canvas.cy, cleonNeighbourhood(), t);
	return { edits, canvas, cy: canvas.cy, graph, forgotten: () => forgotten };
}

const labels = (canvas: TestCanvas) => canvas.changes.map((change) => change.label);

describe('NodeEdits', () => {
	it('hides, shows again, pins and frees, each one named change (a pin moves nothing)', () => {
		const { edits, canvas, cy } = editsOverCleon();
		cy.getElementById('ademe').select();
		edits.hide('ademe');
		expect(cy.getElementById('ademe').hasClass('hidden')).toBe(true);
		expect(cy.getElementById('ademe').selected()).toBe(false);
		edits.showHidden();
		expect(cy.nodes('.hidden')).toHaveLength(0);
		edits.togglePin('region-28');
		edits.togglePin('region-28');
		expect(cy.getElementById('region-28').hasClass('pinned')).toBe(false);
		expect(labels(canvas)).toEqual(['Masquer ADEME', 'Réafficher les nœuds masqués', 'Épingler Normandie', 'Libérer Normandie']);
		expect(canvas.changes.at(-1)?.options.relayout).toBe(false);
	});

	it('removes a node, and the focus with it', () => {
		const { edits, cy, graph } = editsOverCleon();
		edits.remove('region-28');
		expect(cy.getElementById('region-28').empty()).toBe(true);
		expect(graph.focus).toBe('ecosystem-cleon-4-0');
		edits.remove('ecosystem-cleon-4-0');
		expect(graph.focus).toBeNull();
		edits.remove('nexiste-pas');
		expect(cy.nodes()).toHaveLength(5);
	});

	it('groups the communes of a département into one node, and reopens them', async () => {
		const { edits, canvas, cy } = editsOverCleon();
		const communes = ['commune-76540', 'commune-76231'].map((id) => node({ id, name: id, kind: 'Commune', lat: 49.4, lon: 1.1 }));
		drawPayload(
			cy,
			payload(
				[...only(['departement-76', 'commune-76178']).nodes, ...communes],
				[...communes.map((commune) => edge('IN', commune.id, 'departement-76')), edge('IN', 'commune-76178', 'departement-76')]
			),
			t
		);
		expect(cy.nodes('.kind-Commune')).toHaveLength(3);
		edits.group('departement-76');
		expect(cy.nodes('.kind-Commune').not('.group')).toHaveLength(0);
		expect(cy.nodes('.group').data('label')).toBe('3 communes de Seine-Maritime');
		// The cluster located in Cléon now links to the group.
		expect(cy.getElementById('ecosystem-cleon-4-0').neighborhood('.group')).toHaveLength(1);
		await edits.ungroup('group:departement-76');
		expect(cy.nodes('.kind-Commune')).toHaveLength(3);
		expect(cy.nodes('.group')).toHaveLength(0);
		expect(labels(canvas)).toEqual(['Regrouper les membres de Seine-Maritime', 'Rouvrir le groupe de Seine-Maritime']);
	});

	it('empties the view in one change, forgetting the focus and the paths', () => {
		const { edits, canvas, cy, graph, forgotten } = editsOverCleon();
		edits.clear();
		expect(cy.elements()).toHaveLength(0);
		expect(graph.focus).toBeNull();
		expect(forgotten()).toBe(1);
		expect(canvas.changes.map((change) => [change.label, change.options.relayout])).toEqual([['Vider la vue', false]]);
	});
});
