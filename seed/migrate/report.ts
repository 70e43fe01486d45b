import { totalChanges, type MigrationReport } from './migrate';

const count = (value: number) => value.toLocaleString('fr');
const plural = (value: number, one: string, many: string) => `${count(value)} ${value > 1 ? many : one}`;

/** The French report printed after `npm run migrate`, one line each. */
export function formatReport(report: MigrationReport): string[] {
	const lines = [
		report.dryRun
			? `Simulation (--dry-run) de la migration du modèle ${report.fromVersion} vers le modèle ${report.toVersion} : rien n’a été écrit.`
			: `Migration du modèle ${report.fromVersion} vers le modèle ${report.toVersion} :`
	];
	for (const step of report.steps) lines.push(`  ${count(step.count)} ${step.title}`);
	lines.push(
		`  Semis appliqué à nouveau : ${plural(report.seed.entities, 'entité ajoutée ou mise à jour', 'entités ajoutées ou mises à jour')}, ` +
			`${plural(report.seed.relationships, 'relation ajoutée ou mise à jour', 'relations ajoutées ou mises à jour')}`
	);
	lines.push(
		`  Faits que le semis n’affirme plus, retirés : ${plural(report.retracted.relationships, 'relation', 'relations')}, ` +
			`${plural(report.retracted.entities, 'entité', 'entités')}`
	);
	const total = totalChanges(report);
	if (total === 0) lines.push(`Aucun changement : le graphe est déjà au modèle ${report.toVersion}.`);
	else lines.push(`${plural(total, 'changement', 'changements')}${report.dryRun ? ' seraient faits' : ' en une seule transaction'}.`);
	return lines;
}
