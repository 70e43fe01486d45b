import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toParameters, toPlain } from './records';

const { Node, Relationship, Path, PathSegment, Point, Date: Neo4jDate, DateTime, Duration } = neo4j.types;

describe('toPlain', () => {
	it('turns driver integers into numbers, and beyond 2^53 into exact strings', () => {
		expect(toPlain(neo4j.int(42))).toBe(42);
		expect(toPlain(neo4j.int('9007199254740993'))).toBe('9007199254740993');
	});

	it('maps nested lists and maps recursively', () => {
		expect(toPlain({ counts: [neo4j.int(1), neo4j.int(2)], nested: { year: neo4j.int(2024) } })).toEqual({
			counts: [1, 2],
			nested: { year: 2024 }
		});
	});

	it('turns temporal values into ISO strings', () => {
		expect(toPlain(new Neo4jDate(2024, 6, 12))).toBe('2024-06-12');
		expect(toPlain(new DateTime(2024, 6, 12, 9, 30, 0, 0, 0))).toBe('2024-06-12T09:30:00Z');
		const duration = new Duration(0, 3, 0, 0);
		expect(toPlain(duration)).toBe(duration.toString());
		expect(toPlain(duration)).toMatch(/^P3D/);
	});

	it('turns a point into its coordinates', () => {
		expect(toPlain(new Point(neo4j.int(4326), 1.08, 49.29))).toEqual({ srid: 4326, x: 1.08, y: 49.29 });
	});

	it('turns a node and a relationship into plain objects keyed by elementId', () => {
		const node = new Node(neo4j.int(1), ['Entity', 'Cluster'], { id: 'ecosystem-cleon-4-0', memberCount: neo4j.int(130) }, '4:x:1');
		expect(toPlain(node)).toEqual({
			elementId: '4:x:1',
			labels: ['Entity', 'Cluster'],
			properties: { id: 'ecosystem-cleon-4-0', memberCount: 130 }
		});
		const relationship = new Relationship(
			neo4j.int(7),
			neo4j.int(1),
			neo4j.int(2),
			'ANIMATES',
			{ since: neo4j.int(2017) },
			'5:x:7',
			'4:x:1',
			'4:x:2'
		);
		expect(toPlain(relationship)).toEqual({
			elementId: '5:x:7',
			type: 'ANIMATES',
			startElementId: '4:x:1',
			endElementId: '4:x:2',
			properties: { since: 2017 }
		});
	});

	it('turns a path into its segments', () => {
		const start = new Node(neo4j.int(1), ['Entity'], { id: 'a' }, '4:x:1');
		const end = new Node(neo4j.int(2), ['Entity'], { id: 'b' }, '4:x:2');
		const link = new Relationship(neo4j.int(3), neo4j.int(1), neo4j.int(2), 'FUNDS', {}, '5:x:3', '4:x:1', '4:x:2');
		const plain = toPlain(new Path(start, end, [new PathSegment(start, link, end)])) as { segments: { relationship: { type: string } }[] };
		expect(plain.segments).toHaveLength(1);
		expect(plain.segments[0].relationship.type).toBe('FUNDS');
	});

	it('keeps null for missing values and non-finite numbers', () => {
		expect(toPlain(undefined)).toBeNull();
		expect(toPlain(Number.NaN)).toBeNull();
	});
});

describe('toParameters', () => {
	it('sends whole numbers as Neo4j integers and keeps fractions as floats, deep inside rows', () => {
		const converted = toParameters({ limit: 5, rows: [{ properties: { year: 2023, lat: 49.29, tags: ['a'] } }] }) as {
			limit: unknown;
			rows: { properties: { year: unknown; lat: unknown; tags: unknown } }[];
		};
		expect(neo4j.isInt(converted.limit)).toBe(true);
		expect(neo4j.isInt(converted.rows[0].properties.year)).toBe(true);
		expect(converted.rows[0].properties.lat).toBe(49.29);
		expect(converted.rows[0].properties.tags).toEqual(['a']);
	});
});
