import { describe, expect, it } from 'vitest';
import data from './cues.json';
import { readDocument } from './read';
import { gazetteer } from './spec-fixtures';

/** Every organisation cue of cues.json reads its own example: a new name of the cue's kind. */
describe('cue examples', () => {
	const cases = [...data.organisations, ...data.afterName].map((cue) => [cue.cue, cue.example, cue.kind] as const);
	it.each(cases)('« %s » finds a new name in « %s »', (_cue, example, kind) => {
		const found = readDocument(`${example}.`, gazetteer).mentions.filter((mention) => mention.category === 'new');
		expect(found.map((mention) => mention.kind)).toContain(kind);
	});
});
