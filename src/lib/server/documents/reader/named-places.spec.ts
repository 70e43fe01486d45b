import { describe, expect, it } from 'vitest';
import { buildGazetteer } from './gazetteer';
import { readDocument } from './read';
import { entries, proposals } from './spec-fixtures';

describe('places in names', () => {
	it('read where an organisation is when its name ends with a commune the text also names, or with a département', () => {
		expect(proposals('Ampérix Fictibourg recrute des soudeurs. Son usine de Fictibourg tourne en trois-huit.')).toContain(
			'LOCATED_IN amperix-fictibourg → commune-fictibourg'
		);
		expect(proposals('La CCI Seine-Fictive accompagne les entreprises.')).toContain('LOCATED_IN cci-seine-fictive → departement-76');
	});

	it('leave a one-word commune the text names nowhere else, and the end of a pair of places', () => {
		// « Copeaux » is a commune and a word: a sawmill named « Imaginor Copeaux » is not there for it.
		expect(proposals('La société Imaginor Copeaux fabrique des panneaux.').filter((line) => line.startsWith('LOCATED_IN'))).toEqual([]);
		expect(proposals('Ampérix Fictibourg recrute des soudeurs.').filter((line) => line.startsWith('LOCATED_IN'))).toEqual([]);
		// « UIMM Valfictif-Fictibourg » serves both: it is not in Fictibourg alone.
		expect(proposals('L’UIMM Valfictif-Fictibourg ouvre ses portes. Le salon a lieu à Fictibourg.')).not.toContain(
			'LOCATED_IN uimm-duo → commune-fictibourg'
		);
	});

	it('read the place at the first mention that gives it, not only the first mention', () => {
		const gazetteer = buildGazetteer([
			...entries,
			{ id: 'forge', name: 'Forge fictive', aliases: ['Forge fictive Fictibourg'], kind: 'Company' }
		]);
		const text = 'La Forge fictive recrute. La ville de Fictibourg s’en réjouit. La Forge fictive Fictibourg tourne en trois-huit.';
		const located = readDocument(text, gazetteer).proposals.filter((proposal) => proposal.type === 'LOCATED_IN');
		expect(located.map((proposal) => `${proposal.from.entityId} → ${proposal.to.entityId}`)).toContain('forge → commune-fictibourg');
	});
});
