import { describe, expect, it } from 'vitest';
import { proposals } from './spec-fixtures';

/** Which names a cue joins, clause by clause. */
describe('clauses', () => {
	it('relate a cue set off by a comma (« , avec le soutien de ») to the sentence’s subject, not to the nearest name', () => {
		const text =
			'La Boucle de chaleur fictive est menée par la CCI Fictiville Métropole et la CCI Seine-Fictive, avec le soutien financier de l’Agence Exemple de la transition.';
		expect(proposals(text)).toContain('FUNDS agence-exemple → projet-boucle');
		expect(proposals(text)).not.toContain('FUNDS agence-exemple → cci-seine-fictive');
	});
});
