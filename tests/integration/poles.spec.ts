import { afterAll, describe, expect, it } from 'vitest';
import { foldedWords } from '$lib/domain/text';
import { cypher } from '$lib/server/db/cypher';
import { namesOf, poleId, readPoles } from '../../seed/open-data/poles-de-competitivite';
import { connectTestDatabase } from './database';

const database = connectTestDatabase();
afterAll(() => database.close());

const folded = (name: string) => foldedWords(name).join(' ');

describe('the pôles de compétitivité, against the list they come from', () => {
	// The test graph may keep only some of the pôles (those of its départements and of the documents):
	// each one it holds is checked, and the list must account for every one of them.
	it('seats every pôle in the région its row names: its commune lies there, or it is that région', async () => {
		const rows = new Map(
			(await readPoles('seed/open-data/poles_competitivite_phase5.csv')).map((row) => [poleId(namesOf(row.nom).name), row])
		);
		const seats = await database.read(cypher('checks/list-pole-seats'));
		expect(seats.map((seat) => seat.id)).toEqual(expect.arrayContaining(['tenerrdis', 'axelera', 'minalogic']));
		expect(seats.filter((seat) => !rows.has(seat.id as string)).map((seat) => seat.id)).toEqual([]);
		const wrong: string[] = [];
		for (const seat of seats) {
			const row = rows.get(seat.id as string)!;
			const regions = (seat.regions as string[]).map(folded);
			const expected = row.region_siege === '' ? [] : [folded(row.region_siege)];
			const places = seat.places as string[];
			const placeKind = row.commune_siege === '' ? 'region-' : 'commune-';
			if (
				regions.join() !== expected.join() ||
				places.length !== expected.length ||
				!places.every((place) => place.startsWith(placeKind))
			) {
				wrong.push(`${row.nom}: ${JSON.stringify(places)} in ${JSON.stringify(seat.regions)}, expected ${row.region_siege}`);
			}
			expect(seat.labelStatus, row.nom).toBeTruthy();
		}
		expect(wrong).toEqual([]);
	});
});
