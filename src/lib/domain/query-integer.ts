import { z } from 'zod';

/**
 * A whole number read from a query string, written in decimal digits only, `fallback` when empty
 * or absent. `z.coerce.number()` took « 0x10 » for 16 and « %205 » (a space, then 5) for 5: the
 * OpenAPI description says integer, so anything else is refused with 400, naming the field.
 */
export function queryInteger(min: number, max: number, fallback: number) {
	return z
		.preprocess(
			(value) =>
				value === '' || value === undefined ? fallback : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value,
			z.number({ error: 'doit être un nombre entier écrit en chiffres' }).int().min(min).max(max)
		)
		.default(fallback);
}
