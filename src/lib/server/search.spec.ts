import { describe, expect, it } from 'vitest';
import { buildFulltextQuery } from '$lib/server/search';

describe('buildFulltextQuery', () => {
	it('folds accents and case so that "Cléon" and "cleon" give the same query', () => {
		expect(buildFulltextQuery('Cléon')).toBe(buildFulltextQuery('cleon'));
		expect(buildFulltextQuery('cleon')).toBe("(cleon^3 OR cleon* OR ?'cleon*)");
	});

	it('matches each word exactly or as a prefix, so "ecosysteme d" reaches "ÉcosystèmeD"', () => {
		expect(buildFulltextQuery('ecosysteme d')).toBe("(ecosysteme^3 OR ecosysteme* OR ?'ecosysteme*) d ecosystemed*^10");
	});

	it('drops every Lucene operator a person could type', () => {
		const query = buildFulltextQuery('name:"x" OR (a* AND b~) [1 TO 2] \\ ^3 -c +d');
		expect(query).not.toMatch(/[:"[\]\\~+-]/);
		expect(query?.startsWith("(name^3 OR name* OR ?'name*) x (or^3 OR or* OR ?'or*) a (and^3 OR and* OR ?'and*) b 1")).toBe(true);
	});

	it('returns null when nothing searchable is left', () => {
		expect(buildFulltextQuery('  ?!* ')).toBeNull();
	});

	it('keeps at most twelve distinct words', () => {
		const words = Array.from({ length: 20 }, (_, index) => `mot${index}`).join(' ');
		expect(buildFulltextQuery(`${words} mot0`)?.match(/\^3/g)).toHaveLength(12);
		expect(buildFulltextQuery(`${words} mot0`)).not.toContain('mot12');
	});
});
