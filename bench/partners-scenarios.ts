import { partnersRequestSchema } from '$lib/domain/partners';
import type { Database } from '$lib/server/db/neo4j';
import * as partners from '$lib/server/partners';

/**
 * Requests written as a cluster manager writes them, with the answers a person of the trade
 * expects and those that lose her trust, judged from what the seeded graph says of each actor (its
 * themes, its projects, its kind). Precision at 5: the share of the first five new partners that
 * are among the expected ones; a rejected one in the first five is counted apart. The first four
 * are the requests of issue 16, whose answers did not make sense; the last two name no theme.
 */
export interface Scenario {
	name: string;
	request: { text: string; self?: string; kinds?: string[] };
	/** Actors a person would be glad to see among the first five. */
	expected: string[];
	/** Actors that must not be among the first five (no theme in common, a place taken for a partner…). */
	rejected: string[];
	/** Rejected too: any geographic unit (EPCI, commune…) suggested as a partner without public bodies asked. */
	rejectPlaces?: boolean;
}

/** Clusters whose stated themes are the energy transition: the good answers for energy projects. */
const ENERGY = ['tenerrdis', 'derbi', 'capenergies', 'pole-avenia', 's2e2', 'nuclear-valley'];
/** Clusters of materials and of the circular economy, for recycling composites. */
const MATERIALS = [
	'emc2',
	'euramaterials',
	'polymeris',
	'techtera',
	'xylofutur',
	'materalia',
	'pole-europeen-de-la-ceramique',
	'qualitropic'
];
const CIRCULAR = ['fibres-energivie', 'team2', 'axelera'];
const NAUTICAL = ['atlantic-cluster', 'pole-mer-bretagne-atlantique', 'pole-mer-mediterranee'];
const MOBILITY = ['i-trans', 'id4mobility', 'cara', 'nextmove', 'pole-vehicule-du-futur', 'campus-industrie-4-0', 's2e2'];

export const scenarios: Scenario[] = [
	{
		name: 'composites nautiques en Nouvelle-Aquitaine',
		request: { text: 'Recyclage des matériaux composites pour la filière nautique en Nouvelle-Aquitaine' },
		expected: [...NAUTICAL, ...MATERIALS, ...CIRCULAR],
		// Explained before by « pharmacie » and « agroalimentaire », sibling sectors of « nautique et naval ».
		rejected: ['ecosystem-cleon-4-0', 'brit-inov'],
		rejectPlaces: true
	},
	{
		name: 'vélos-cargos',
		request: { text: 'Vélos-cargos et mobilité douce pour la logistique urbaine' },
		expected: MOBILITY,
		// Explained before by « biodiversité et ressources marines ».
		rejected: ['brit-inov'],
		rejectPlaces: true
	},
	{
		name: 'autoconsommation en Isère, avec Tenerrdis',
		request: { text: 'Autoconsommation collective photovoltaïque dans une zone d’activités en Isère', self: 'tenerrdis' },
		expected: ENERGY.filter((id) => id !== 'tenerrdis'),
		// The first picks before, with no theme in common: Clermont-Ferrand mechanics, Lyon chemistry, Grenoble electronics.
		rejected: ['cimes', 'axelera', 'minalogic'],
		rejectPlaces: true
	},
	{
		name: 'étude d’opportunité énergétique d’une intercommunalité',
		request: { text: 'Étude d’opportunité pour un projet énergétique porté par une intercommunalité Territoire d’industrie' },
		expected: ENERGY,
		rejected: []
	},
	{
		name: 'école de production à Dieppe',
		request: { text: 'Une école de production pour la mécanique à Dieppe' },
		expected: [
			'dieppe-meca-energies',
			'uimm-rouen-dieppe',
			'cmq-production-industrielle-de-demain',
			'hall-32',
			'uimm',
			'mecanic-vallee',
			'cimes',
			'emc2',
			'materalia',
			'pmt'
		],
		rejected: [],
		rejectPlaces: true
	},
	{
		name: 'hydrogène dans la Vallée de la chimie',
		request: { text: 'Hydrogène vert et décarbonation dans la Vallée de la Chimie' },
		expected: [...ENERGY, 'axelera', 'ecosystemed', 'fibres-energivie', 'pays-basque-industrie', 'i-trans'],
		rejected: [],
		rejectPlaces: true
	},
	// No theme of the vocabulary in these two: the words are read in the graph's descriptions.
	{
		name: 'pièces en caoutchouc (aucun thème)',
		request: { text: 'Pièces techniques en caoutchouc pour nos clients' },
		expected: MATERIALS,
		rejected: [],
		rejectPlaces: true
	},
	{
		name: 'céramique technique (aucun thème)',
		request: { text: 'Céramique technique et fours de cuisson' },
		expected: MATERIALS,
		rejected: [],
		rejectPlaces: true
	}
];

const GEOGRAPHIC_KINDS = new Set(['EPCI', 'Commune', 'Department', 'Region']);

export interface ScenarioResult {
	name: string;
	top5: string[];
	precisionAt5: number;
	rejectedInTop5: string[];
	/** New partners suggested at all (a description must never return nothing when the graph knows related facts). */
	suggested: number;
}

/** Each scenario asked of the finder, its first five new partners judged. */
export async function judgeScenarios(
	database: Database
): Promise<{ results: ScenarioResult[]; meanPrecisionAt5: number; rejectedInTop5: number }> {
	const results: ScenarioResult[] = [];
	for (const scenario of scenarios) {
		const response = await partners.suggestPartners(database, partnersRequestSchema.parse({ ...scenario.request, limit: 10 }), {
			locale: 'fr'
		});
		const fresh = response.candidates.filter((candidate) => !candidate.alreadyPartner);
		const top5 = fresh.slice(0, 5);
		const rejected = top5.filter(
			(candidate) => scenario.rejected.includes(candidate.id) || (scenario.rejectPlaces === true && GEOGRAPHIC_KINDS.has(candidate.kind))
		);
		results.push({
			name: scenario.name,
			top5: top5.map((candidate) => candidate.id),
			precisionAt5: Math.round((top5.filter((candidate) => scenario.expected.includes(candidate.id)).length / 5) * 1000) / 1000,
			rejectedInTop5: rejected.map((candidate) => candidate.id),
			suggested: fresh.length
		});
	}
	const mean = results.reduce((sum, result) => sum + result.precisionAt5, 0) / results.length;
	return {
		results,
		meanPrecisionAt5: Math.round(mean * 1000) / 1000,
		rejectedInTop5: results.reduce((sum, result) => sum + result.rejectedInTop5.length, 0)
	};
}
