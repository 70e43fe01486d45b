import { describe, expect, it } from 'vitest';
import { amountsIn, datesIn, yearsIn } from './values';

describe('amounts, dates and years', () => {
	const text =
		"Le projet de 23,6 millions d'euros reçoit 42 M€, puis 850 000 € et 1,2 Md€ ; le 12 juin 2024, le 03/02/2025, en 2023 et sur 2019-2022, pour 1 100 t et 130 membres.";

	it('reads French amounts in euros, with their scale', () => {
		expect(amountsIn(text).map((amount) => [amount.text, amount.value])).toEqual(
			expect.arrayContaining([
				["23,6 millions d'euros", 23_600_000],
				['42 M€', 42_000_000],
				['850 000 €', 850_000],
				['1,2 Md€', 1_200_000_000]
			])
		);
		expect(amountsIn('1 100 t de CO2 et 130 membres')).toEqual([]);
	});

	it('reads dates, and years outside dates and amounts', () => {
		const dates = datesIn(text);
		expect(dates.map((date) => date.text)).toEqual(['12 juin 2024', '03/02/2025']);
		expect(yearsIn(text, dates).map((year) => year.value)).toEqual([2023, 2019, 2022]);
	});
});
