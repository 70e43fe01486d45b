import { describe, expect, it } from 'vitest';
import type { MigrationReport } from './migrate';
import { formatReport } from './report';

const report = (change: Partial<MigrationReport> = {}): MigrationReport => ({
	fromVersion: 1,
	toVersion: 2,
	dryRun: false,
	steps: [{ id: 'institutions', title: 'institutions fusionnées avec le territoire qu’elles gouvernent', count: 21 }],
	seed: { entities: 3, relationships: 1_204 },
	retracted: { relationships: 4, entities: 1 },
	...change
});

describe('the migration report', () => {
	it('says in French what each step, the seed and the retraction changed, and the total', () => {
		expect(formatReport(report())).toEqual([
			'Migration du modèle 1 vers le modèle 2 :',
			'  21 institutions fusionnées avec le territoire qu’elles gouvernent',
			'  Semis appliqué à nouveau : 3 entités ajoutées ou mises à jour, 1\u202f204 relations ajoutées ou mises à jour',
			'  Faits que le semis n’affirme plus, retirés : 4 relations, 1 entité',
			'1\u202f233 changements en une seule transaction.'
		]);
	});

	it('says that nothing changed when the graph is already in the model', () => {
		const lines = formatReport(
			report({
				fromVersion: 2,
				steps: [{ id: 'institutions', title: 'institutions fusionnées', count: 0 }],
				seed: { entities: 0, relationships: 0 },
				retracted: { relationships: 0, entities: 0 }
			})
		);
		expect(lines).toContain('  0 institutions fusionnées');
		expect(lines.at(-1)).toBe('Aucun changement : le graphe est déjà au modèle 2.');
	});

	it('says that a dry run wrote nothing and what it would have changed', () => {
		const lines = formatReport(report({ dryRun: true }));
		expect(lines[0]).toBe('Simulation (--dry-run) de la migration du modèle 1 vers le modèle 2 : rien n’a été écrit.');
		expect(lines.at(-1)).toBe('1\u202f233 changements seraient faits.');
	});
});
