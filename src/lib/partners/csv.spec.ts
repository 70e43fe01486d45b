import { describe, expect, it } from 'vitest';
import type { FunderSuggestion, PartnerCandidate } from '$lib/domain/partners';
import { parseCsv } from '../../../tests/support/readers/csv';
import { candidatesCsv, fundersCsv } from './csv';

const candidate = (id: string, alreadyPartner = false): PartnerCandidate => ({
	id,
	name: id === 'brit-inov' ? "Brit'Inov" : id,
	kind: 'Cluster',
	score: 0.58,
	breakdown: { theme: 1, geography: 1, network: 0, trackRecord: 0.3333, complementarity: 0 },
	reasons: ['Pilote ReUse (thème\u00a0: réutilisation des eaux).', '=SOMME(A1)'],
	evidence: { nodes: [], edges: [] },
	sources: ['clusters-territoires-industrie#Brit, Inov'],
	alreadyPartner
});

describe('the partners CSV', () => {
	it('ranks new partners, leaves "déjà partenaires" unranked, and reads back', () => {
		const text = candidatesCsv([candidate('brit-inov'), candidate('dix7'), candidate('ti', true)]);
		expect(text.startsWith('\uFEFF# ')).toBe(true);
		const rows = parseCsv(text);
		expect(rows.map((row) => [row.rank, row.id, row.alreadyPartner])).toEqual([
			['1', 'brit-inov', 'false'],
			['2', 'dix7', 'false'],
			['', 'ti', 'true']
		]);
		expect(rows[0]).toMatchObject({
			name: "Brit'Inov",
			score: '0.58',
			theme: '1',
			trackRecord: '0.3333',
			sources: 'clusters-territoires-industrie#Brit, Inov'
		});
	});

	it('defuses a cell that looks like a formula', () => {
		const [row] = parseCsv(candidatesCsv([{ ...candidate('x'), name: '=HYPERLINK("http://example.org")', reasons: ['=SOMME(A1)'] }]));
		expect(row.name).toBe('\'=HYPERLINK("http://example.org")');
		expect(row.reasons).toBe("'=SOMME(A1)");
	});

	it('lists each funder’s projects with their amounts', () => {
		const funder: FunderSuggestion = {
			id: 'ademe',
			name: 'ADEME',
			kind: 'PublicBody',
			score: 0.75,
			projects: [
				{ id: 'dkarbonation', name: 'DKarbonation', amountEur: 23_600_000, sources: ['a#1'] },
				{ id: 'declyc', name: 'DECLYC', sources: ['a#2'] }
			],
			projectCount: 2,
			totalAmountEur: 23_600_000,
			reasons: ['A financé DKarbonation.']
		};
		expect(parseCsv(fundersCsv([funder]))[0]).toMatchObject({
			rank: '1',
			totalAmountEur: '23600000',
			projectCount: '2',
			projects: 'DKarbonation (23600000 €) | DECLYC',
			sources: 'a#1 | a#2'
		});
	});
});
