import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { gather, missingEnds, toGraph, toRows } from './result';

const { Node, Relationship, Path, PathSegment, Record } = neo4j.types;

const cleon = new Node(neo4j.int(1), ['Entity', 'Actor', 'Cluster'], { id: 'ecosystem-cleon-4-0', name: 'Ecosystem Cléon 4.0' }, '4:x:1');
const cci = new Node(neo4j.int(2), ['Entity', 'Actor', 'Support'], { id: 'cci-rouen-metropole', name: 'CCI Rouen Métropole' }, '4:x:2');
const animates = new Relationship(
	neo4j.int(9),
	neo4j.int(2),
	neo4j.int(1),
	'ANIMATES',
	{ sources: ['cleon-4-0-bilan#§1'], evidence: ['…animé par la CCI…'] },
	'5:x:9',
	'4:x:2',
	'4:x:1'
);

describe('query results', () => {
	it('turns records into rows keyed by column, nodes as plain objects', () => {
		const record = new Record(['name', 'n', 'count'], ['Cléon', cleon, neo4j.int(3)]);
		expect(toRows(['name', 'n', 'count'], [record])).toEqual([
			{
				name: 'Cléon',
				n: {
					elementId: '4:x:1',
					labels: ['Entity', 'Actor', 'Cluster'],
					properties: { id: 'ecosystem-cleon-4-0', name: 'Ecosystem Cléon 4.0' }
				},
				count: 3
			}
		]);
	});

	it('gathers the nodes and relationships of paths and nested lists into the explorer graph', () => {
		const path = new Path(cci, cleon, [new PathSegment(cci, animates, cleon)]);
		const records = [new Record(['p'], [path]), new Record(['list'], [[{ inner: [cleon] }]])];
		const graph = toGraph(gather(records));
		expect(graph?.nodes.map((node) => [node.id, node.kind])).toEqual([
			['cci-rouen-metropole', 'Support'],
			['ecosystem-cleon-4-0', 'Cluster']
		]);
		expect(graph?.edges).toEqual([
			expect.objectContaining({ id: 'ANIMATES:cci-rouen-metropole->ecosystem-cleon-4-0', evidence: ['…animé par la CCI…'] })
		]);
	});

	it('names the ends a lone relationship needs, and draws nothing for results without entities', () => {
		const gathered = gather([new Record(['r'], [animates])]);
		expect(missingEnds(gathered).sort()).toEqual(['4:x:1', '4:x:2']);
		expect(toGraph(gathered)).toBeUndefined();
		const schemaNode = new Node(neo4j.int(-1), ['Cluster'], { name: 'Cluster' }, '-1');
		expect(toGraph(gather([new Record(['n'], [schemaNode])]))).toBeUndefined();
	});
});
