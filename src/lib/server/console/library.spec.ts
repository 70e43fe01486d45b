import { describe, expect, it } from 'vitest';
import { defaultParameters, parametersSchema } from '$lib/domain/saved-query';
import { LIBRARY_FOLDER, parseSavedQuery, savedQueries, SavedQueryFormatError, usedParameters } from './library';
import { checkStatement } from './rules';

const HEADER = `// title:
//   fr: Membres d'un cluster
//   en: Members of a cluster
// description:
//   fr: Les membres.
//   en: The members.
// parameters:
//   cluster:
//     type: entity
//     label: { fr: Cluster, en: Cluster }
//     default: ecosystem-cleon-4-0
`;

describe('the saved-query library', () => {
	const library = [...savedQueries().values()];

	it(`holds at least 20 documented questions in cypher/${LIBRARY_FOLDER}`, () => {
		expect(library.length).toBeGreaterThanOrEqual(20);
		for (const query of library) {
			expect(query.title.fr, query.id).not.toBe(query.title.en);
			expect(query.description.fr.length, query.id).toBeGreaterThan(40);
			expect(query.description.en.length, query.id).toBeGreaterThan(40);
		}
	});

	it('passes the read-only word rules, and every default value fits its own parameter type', () => {
		for (const query of library) {
			expect(() => checkStatement(query.cypher), query.id).not.toThrow();
			expect(parametersSchema(query.parameters).parse(defaultParameters(query.parameters)), query.id).toEqual(
				defaultParameters(query.parameters)
			);
		}
	});

	it('names files as <verb>-<noun>', () => {
		for (const query of library) expect(query.id).toMatch(/^(list|rank|count|find|search)-[a-z0-9-]+$/);
	});
});

describe('parseSavedQuery', () => {
	it('reads the YAML of the leading comments and keeps the whole text runnable', () => {
		const text = `${HEADER}MATCH (c:Cluster {id: $cluster})<-[:MEMBER_OF]-(m) RETURN m.name AS member`;
		const query = parseSavedQuery('list-members', text);
		expect(query).toMatchObject({ id: 'list-members', title: { fr: "Membres d'un cluster" }, cypher: text });
		expect(query.parameters.cluster).toMatchObject({ type: 'entity', default: 'ecosystem-cleon-4-0' });
	});

	it('names the file and the field at fault', () => {
		expect(() => parseSavedQuery('broken', '// title: { fr: Titre }\nRETURN 1')).toThrowError(
			/cypher\/queries\/broken\.cypher: champ « title\.en » : .*description/s
		);
		expect(() => parseSavedQuery('broken', '// title: [\nRETURN 1')).toThrowError(SavedQueryFormatError);
	});

	it('wants every $parameter declared, and every declared one used', () => {
		expect(() => parseSavedQuery('q', `${HEADER}MATCH (n {id: $other}) RETURN n`)).toThrowError(
			/\$other is used but not declared; cluster is declared but not used/
		);
	});

	it('finds parameters outside strings and comments only', () => {
		expect(usedParameters("MATCH (n {id: $id}) // $commented\nWHERE n.x = '$text' AND n.y = $`odd name` RETURN $id")).toEqual([
			'id',
			'odd name'
		]);
	});
});

describe('parametersSchema', () => {
	const schema = parametersSchema({
		limit: { type: 'integer', label: { fr: 'Nombre', en: 'Number' }, default: 20, min: 1, max: 100 },
		phase: { type: 'enum', label: { fr: 'Phase', en: 'Phase' }, values: ['2019-2022', '2023-2027'], default: '2023-2027' },
		strict: { type: 'boolean', label: { fr: 'Strict', en: 'Strict' }, default: false }
	});

	it('fills defaults and reads texts from forms and command lines as their types', () => {
		expect(schema.parse({})).toEqual({ limit: 20, phase: '2023-2027', strict: false });
		expect(schema.parse({ limit: '7', strict: 'true' })).toEqual({ limit: 7, phase: '2023-2027', strict: true });
	});

	it('refuses values out of range, unknown values and unknown parameters', () => {
		expect(schema.safeParse({ limit: 0 }).success).toBe(false);
		expect(schema.safeParse({ phase: '2030' }).success).toBe(false);
		expect(schema.safeParse({ other: 1 }).success).toBe(false);
	});
});
