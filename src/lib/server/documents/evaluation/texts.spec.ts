import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { newEntityKinds, proposalTypes } from '$lib/domain/documents';
import { foldText } from '$lib/domain/text';
import { comparable } from './scoring';

/**
 * The invented texts of `bench:documents` and their expected answers: a slip in an expected file
 * (an end that names no entity of the file, a sentence the text does not hold, a type the reader
 * cannot propose) would silently lower or raise the measured recall, so it fails here instead.
 * That their ids exist in the seeded graph is checked by the bench itself, which has the graph.
 */

const TEXTS = 'tests/fixtures/documents/texts';

interface Expected {
	entities: { id?: string; name: string; kind?: string; aliases?: string[] }[];
	relationships: { type: string; from: string; to: string; evidence?: string; amountEur?: number; year?: number; role?: string }[];
}

const texts = readdirSync(TEXTS)
	.filter((file) => file.endsWith('.txt'))
	.sort()
	.map((file) => ({
		name: file.replace(/\.txt$/, ''),
		text: readFileSync(path.join(TEXTS, file), 'utf8'),
		expected: parse(readFileSync(path.join(TEXTS, file.replace(/\.txt$/, '.expected.yaml')), 'utf8')) as Expected
	}));

// Spaces and apostrophes vary between a text and what is copied from it; nothing else should.
const loose = (text: string) => foldText(text).replace(/[’']/g, "'").replace(/\s+/g, ' ');

describe('the invented texts of the reader evaluation', () => {
	it('are at least six of 1,500 to 6,000 characters (two press, two ANCT, two France Clusters)', () => {
		const sized = texts.filter(({ text }) => text.length >= 1500 && text.length <= 6000).map(({ name }) => name);
		expect(sized.length).toBeGreaterThanOrEqual(6);
		for (const prefix of ['presse-', 'fiche-anct-', 'france-clusters-'])
			expect(sized.filter((name) => name.startsWith(prefix)).length, prefix).toBeGreaterThanOrEqual(2);
	});

	describe.each(texts)('$name', ({ text, expected }) => {
		const ends = new Set(expected.entities.flatMap((entity) => [entity.id, entity.name].filter((end) => end !== undefined)));

		it('names every entity it expects, under its name or an alias', () => {
			for (const entity of expected.entities) {
				const names = [entity.name, ...(entity.aliases ?? [])];
				expect(
					names.some((name) => loose(text).includes(loose(name))),
					`${entity.name} is not in the text`
				).toBe(true);
			}
		});

		it('gives a kind to each new entity and no two entities the same folded name', () => {
			for (const entity of expected.entities.filter((entity) => !entity.id))
				expect(newEntityKinds, `${entity.name}'s kind`).toContain(entity.kind);
			const folded = expected.entities.map((entity) => comparable(entity.name));
			expect(new Set(folded).size).toBe(folded.length);
		});

		it('states relationships of a proposable type between entities of the file, each with a sentence of the text', () => {
			expect(expected.relationships.length).toBeGreaterThan(0);
			for (const relationship of expected.relationships) {
				const label = `${relationship.type} ${relationship.from} → ${relationship.to}`;
				expect(proposalTypes, label).toContain(relationship.type);
				expect(ends.has(relationship.from), `${label}: unknown start`).toBe(true);
				expect(ends.has(relationship.to), `${label}: unknown end`).toBe(true);
				expect(relationship.from, label).not.toBe(relationship.to);
				if (relationship.evidence !== undefined)
					expect(loose(text).includes(loose(relationship.evidence)), `${label}: evidence not in the text`).toBe(true);
			}
		});
	});
});
