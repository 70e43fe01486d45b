import type { GraphRows } from '../../seed/rows';

/**
 * A TEST fixture, never part of the seed: entities whose names and descriptions are HTML and
 * script, for the journey that checks every page shows them as text. Two companies share a
 * project on hydrogen, so that they appear in search, the explorer, the partner finder, the
 * query console and the network analysis alike. The XSS journey adds them and takes
 * them out (`hostile-entities.ts`). No server imports: the journey reads the texts from here.
 */
export const HOSTILE_TEXT = {
	company: 'Atelier <script>alert(1)</script> Piegexss',
	partner: 'Forge <img src=x onerror=alert(2)> Piegexss',
	project: 'Projet <b>gras</b><svg onload=alert(3)> Piegexss',
	description: '<iframe src="javascript:alert(4)"></iframe><a href="javascript:alert(5)">lien</a> "guillemets" & \'apostrophes\''
};
export const HOSTILE_IDS = ['test-xss-atelier', 'test-xss-forge', 'test-xss-projet'];

const SOURCE = ['vocabulaire-maillage'];

export const hostileRows: GraphRows = {
	entities: [
		{
			id: 'test-xss-atelier',
			labels: ['Company', 'Actor'],
			properties: {
				id: 'test-xss-atelier',
				name: HOSTILE_TEXT.company,
				description: HOSTILE_TEXT.description,
				aliases: ['<script>'],
				sources: SOURCE
			}
		},
		{
			id: 'test-xss-forge',
			labels: ['Company', 'Actor'],
			properties: { id: 'test-xss-forge', name: HOSTILE_TEXT.partner, description: HOSTILE_TEXT.description, sources: SOURCE }
		},
		{
			id: 'test-xss-projet',
			labels: ['Project'],
			properties: {
				id: 'test-xss-projet',
				name: HOSTILE_TEXT.project,
				description: HOSTILE_TEXT.description,
				status: 'ongoing',
				sources: SOURCE
			}
		}
	],
	relationships: [
		{
			type: 'PARTICIPATES_IN',
			from: 'test-xss-atelier',
			to: 'test-xss-projet',
			properties: { role: 'lead', sources: SOURCE, evidence: ['<script>alert(6)</script>'] }
		},
		{
			type: 'PARTICIPATES_IN',
			from: 'test-xss-forge',
			to: 'test-xss-projet',
			properties: { role: 'partner', sources: SOURCE, evidence: [''] }
		},
		{ type: 'ADDRESSES', from: 'test-xss-projet', to: 'hydrogene', properties: { sources: SOURCE } },
		{ type: 'LOCATED_IN', from: 'test-xss-atelier', to: 'commune-76178', properties: { sources: SOURCE } }
	]
};
