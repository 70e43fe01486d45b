import { z } from 'zod';
import type { ActorKind } from '$lib/domain/model';
import type { EntityRow, GraphRows, PropertyValue, RelationshipRow } from '../rows';
import { createRandom, shuffled, weightedSampler } from './random';

/** Every synthetic id starts with this, so that no synthetic id can ever equal a real one. */
export const SYNTHETIC_ID_PREFIX = 'synth-';
/** The one `Source` node every synthetic node and relationship cites instead of a document. */
export const SYNTHETIC_SOURCE_ID = 'synth-graphe-maillage';
/** Project statuses are drawn relative to this year, not to the clock: the same seed, the same graph. */
export const REFERENCE_YEAR = 2026;

/** How many entities of each kind to make. Relationships follow from the distributions below. */
export const syntheticScaleSchema = z.object({
	name: z.string().regex(/^[a-z0-9-]+$/, 'must be a slug'),
	companies: z.number().int().min(1),
	clusters: z.number().int().min(1),
	projects: z.number().int().min(0),
	funders: z.number().int().min(1),
	academics: z.number().int().min(0),
	supports: z.number().int().min(0),
	associations: z.number().int().min(0)
});
export type SyntheticScale = z.infer<typeof syntheticScaleSchema>;

/** The two scales of `npm run synth`: national (issue 7's figures) and a tenth of it for quick runs. */
export const syntheticScales = {
	national: {
		name: 'national',
		companies: 60_000,
		clusters: 600,
		projects: 12_000,
		funders: 400,
		academics: 1_500,
		supports: 1_200,
		associations: 800
	},
	regional: {
		name: 'regional',
		companies: 6_000,
		clusters: 60,
		projects: 1_200,
		funders: 40,
		academics: 150,
		supports: 120,
		associations: 80
	}
} as const satisfies Record<string, SyntheticScale>;

/** A real commune the generator may place actors in (read from the database). */
export interface SyntheticCommune {
	id: string;
	population: number;
	regionId: string;
	/** A Territoire d'industrie 2023-2027 that includes the commune (directly or through its EPCI), if any. */
	territoryId: string | null;
}

/** A theme of the real vocabulary; `broader` is the id of its parent theme. */
export interface SyntheticTheme {
	id: string;
	name: string;
	broader: string | null;
}

/** The real graph the synthetic one is built on. */
export interface SyntheticBase {
	communes: SyntheticCommune[];
	territories: { id: string; regionId: string }[];
	themes: SyntheticTheme[];
	/** Ids of real programmes that synthetic projects may be SELECTED_BY. */
	programmes: string[];
}

/** Communes in a Territoire d'industrie draw this many times more companies and clusters per inhabitant. */
const INDUSTRIAL_WEIGHT = 3;
/** Cluster sizes: Pareto(20, 1.6), so the median is about 31, ~83 % have at most 60 members and ~2.5 % more than 200. */
const CLUSTER_SIZE = { minimum: 20, alpha: 1.6, cap: 1_500 };
/** Project sizes: Pareto(3, 1.25) clipped to 2–40 participants: half have 5 or fewer, a few 40. */
const PROJECT_SIZE = { minimum: 3, alpha: 1.25, floor: 2, cap: 40 };
/** Share of a cluster's members, and of a project's partners, drawn from the same région. */
const LOCAL_SHARE = 0.85;
/** Share of a project's partners drawn among the members of a cluster its lead belongs to. */
const CLUSTER_PARTNER_SHARE = 0.4;

type Placed = { id: string; kind: ActorKind; commune: number };

/**
 * Generates the synthetic graph on top of `base`: pure (no database), and the same
 * (`base`, `scale`, `seed`) always gives the same rows in the same order. Every node and every
 * relationship carries `synthetic: true` and cites the one synthetic `Source` node; every id starts
 * with `synth-`. Node labels are given without `:Entity`, which the loader adds as for the real seed.
 */
export function generateSyntheticGraph(base: SyntheticBase, scale: SyntheticScale, seed: number): GraphRows {
	if (base.communes.length === 0) throw new Error('the synthetic graph needs the real communes: none was given');
	if (base.themes.length === 0) throw new Error('the synthetic graph needs the real theme vocabulary: none was given');
	const random = createRandom(seed);
	const entities: EntityRow[] = [];
	const relationships: RelationshipRow[] = [];
	const description = `Entité fictive du graphe synthétique de Maillage (graine ${seed}, échelle ${scale.name}) : elle ne décrit aucune organisation réelle.`;
	const nodeProvenance = { synthetic: true, sources: [SYNTHETIC_SOURCE_ID], description };
	const linkProvenance = {
		synthetic: true,
		sources: [SYNTHETIC_SOURCE_ID],
		evidence: [`Relation synthétique tirée au hasard (graine ${seed}) : aucun document ne l'établit.`]
	};
	const addEntity = (id: string, labels: string[], properties: Record<string, PropertyValue>) =>
		entities.push({ id, labels, properties: { id, ...properties, ...nodeProvenance } });
	const link = (type: RelationshipRow['type'], from: string, to: string, properties: Record<string, PropertyValue> = {}) =>
		relationships.push({ type, from, to, properties: { ...properties, ...linkProvenance } });

	entities.push({
		id: SYNTHETIC_SOURCE_ID,
		labels: ['Source'],
		properties: {
			id: SYNTHETIC_SOURCE_ID,
			name: `Graphe synthétique Maillage (graine ${seed}, échelle ${scale.name})`,
			publisher: 'Maillage (npm run synth)',
			kind: 'synthetic',
			description: 'Données inventées pour mesurer et éprouver Maillage à grande échelle ; aucun fait de ce graphe n’est réel.',
			seed,
			scale: scale.name,
			synthetic: true
		}
	});

	const communes = base.communes;
	const industrialCommune = weightedSampler(communes.map((c) => c.population * (c.territoryId ? INDUSTRIAL_WEIGHT : 1)));
	const populatedCommune = weightedSampler(communes.map((c) => c.population));
	// A few themes are far more common than others, as in the real documents; which ones depends on the seed.
	const themes = shuffled(base.themes, random);
	const theme = weightedSampler(themes.map((_, rank) => 1 / Math.pow(rank + 1, 0.7)));
	// Companies get a sector among the vocabulary's filières (Mécanique, Chimie…), which also names them.
	const sectors = themes.filter((t) => t.broader === 'filieres');
	const sectorThemes = sectors.length > 0 ? sectors : themes;
	const themesOf = (first: SyntheticTheme, extra: number) => {
		const chosen = new Set([first.id]);
		for (let attempt = 0; chosen.size < extra + 1 && attempt < extra * 5; attempt++) chosen.add(themes[theme(random)].id);
		return [...chosen];
	};

	const actors: Placed[] = [];
	const byKind = new Map<ActorKind, number[]>();
	const byRegion = new Map<string, number[]>();
	const place = (id: string, kind: ActorKind, commune: number, local = true) => {
		const index = actors.push({ id, kind, commune }) - 1;
		if (!byKind.has(kind)) byKind.set(kind, []);
		byKind.get(kind)!.push(index);
		// Clusters and funders are not drawn as members or partners: only organisations that join them.
		if (local) {
			const region = communes[commune].regionId;
			if (!byRegion.has(region)) byRegion.set(region, []);
			byRegion.get(region)!.push(index);
		}
		link('LOCATED_IN', id, communes[commune].id);
		return index;
	};

	for (let n = 1; n <= scale.companies; n++) {
		const id = `${SYNTHETIC_ID_PREFIX}entreprise-${pad(n, 6)}`;
		const sector = random.pick(sectorThemes);
		const sectorName = sector.name;
		addEntity(id, ['Company', 'Actor'], {
			name: `Société synthétique ${pad(n, 6)} — ${sectorName}`,
			sector: sectorName,
			employees: Math.min(20_000, Math.round(random.pareto(5, 1.1)))
		});
		place(id, 'Company', industrialCommune(random));
		for (const themeId of themesOf(sector, random.int(1, 4))) link('ADDRESSES', id, themeId);
	}
	const others: [ActorKind, number, string, string][] = [
		['Academic', scale.academics, 'laboratoire', 'Laboratoire synthétique'],
		['Support', scale.supports, 'appui', 'Agence d’appui synthétique'],
		['Association', scale.associations, 'association', 'Association synthétique']
	];
	for (const [kind, count, slug, label] of others) {
		for (let n = 1; n <= count; n++) {
			const id = `${SYNTHETIC_ID_PREFIX}${slug}-${pad(n, 4)}`;
			const main = themes[theme(random)];
			addEntity(id, [kind, 'Actor'], { name: `${label} ${pad(n, 4)} — ${main.name}` });
			place(id, kind, populatedCommune(random));
			for (const themeId of themesOf(main, random.int(0, 2))) link('ADDRESSES', id, themeId);
		}
	}
	const allMembers = actors.map((_, index) => index);
	const localOrAnywhere = (region: string, localShare: number) => {
		const local = byRegion.get(region);
		return local && random.chance(localShare) ? random.pick(local) : random.pick(allMembers);
	};

	const territoriesByRegion = groupBy(base.territories, (t) => t.regionId);
	const supportsByRegion = groupBy(byKind.get('Support') ?? [], (index) => communes[actors[index].commune].regionId);
	const clusterMembers: number[][] = [];
	const clustersOf = new Map<number, number[]>();
	for (let n = 1; n <= scale.clusters; n++) {
		const id = `${SYNTHETIC_ID_PREFIX}cluster-${pad(n, 4)}`;
		const pole = random.chance(0.2);
		const main = themes[theme(random)];
		const size = Math.min(allMembers.length, CLUSTER_SIZE.cap, Math.round(random.pareto(CLUSTER_SIZE.minimum, CLUSTER_SIZE.alpha)));
		const foundedYear = random.int(1995, 2022);
		addEntity(id, ['Cluster', 'Actor'], {
			name: `${pole ? 'Pôle synthétique' : 'Cluster synthétique'} ${pad(n, 4)} — ${main.name}`,
			clusterKind: pole ? 'pole-de-competitivite' : 'cluster',
			foundedYear,
			memberCount: size
		});
		const clusterIndex = place(id, 'Cluster', industrialCommune(random), false);
		const region = communes[actors[clusterIndex].commune].regionId;
		for (const themeId of themesOf(main, random.int(1, 3))) link('ADDRESSES', id, themeId);
		const members = new Set<number>();
		for (let attempt = 0; members.size < size && attempt < size * 20; attempt++) members.add(localOrAnywhere(region, LOCAL_SHARE));
		for (const member of members) {
			link('MEMBER_OF', actors[member].id, id, { since: random.int(Math.max(foundedYear, 2000), REFERENCE_YEAR - 1) });
			if (!clustersOf.has(member)) clustersOf.set(member, []);
			clustersOf.get(member)!.push(clusterMembers.length);
		}
		clusterMembers.push([...members]);
		const territories = territoriesByRegion.get(region) ?? [];
		const partners = new Set<string>();
		for (let k = random.int(0, 3); k > 0 && territories.length > 0; k--) partners.add(random.pick(territories).id);
		for (const territory of partners) link('COLLABORATES_WITH', territory, id, { since: random.int(2019, REFERENCE_YEAR - 1) });
		const animators = supportsByRegion.get(region);
		if (animators && random.chance(0.6)) link('ANIMATES', actors[random.pick(animators)].id, id);
	}
	const clusterIds = (byKind.get('Cluster') ?? []).map((index) => actors[index].id);

	const funderTypes: [ActorKind, string, string[]][] = [
		['PublicBody', 'Financeur public synthétique', ['région', 'département', 'intercommunalité', 'agence de l’État', 'opérateur public']],
		['Support', 'Financeur privé synthétique', ['fonds d’investissement', 'fondation', 'banque', 'réseau consulaire']]
	];
	const funders: { id: string; region: string }[] = [];
	for (let n = 1; n <= scale.funders; n++) {
		const id = `${SYNTHETIC_ID_PREFIX}financeur-${pad(n, 4)}`;
		const [kind, label, types] = random.chance(0.65) ? funderTypes[0] : funderTypes[1];
		const funderType = random.pick(types);
		addEntity(id, [kind, 'Actor', 'Funder'], { name: `${label} ${pad(n, 4)} — ${funderType}`, funderType });
		const index = place(id, kind, populatedCommune(random), false);
		funders.push({ id, region: communes[actors[index].commune].regionId });
	}
	// A few funders back many projects (heavy tail), most a handful.
	const funder = weightedSampler(funders.map(() => random.pareto(1, 1.2)));
	const fundersByRegion = groupBy(funders, (f) => f.region);

	const leads: [number, ActorKind][] = [
		[0.7, 'Company'],
		[0.9, 'Academic'],
		[0.97, 'Support'],
		[1, 'Association']
	];
	for (let n = 1; n <= scale.projects; n++) {
		const id = `${SYNTHETIC_ID_PREFIX}projet-${pad(n, 6)}`;
		const main = themes[theme(random)];
		const startYear = random.int(2014, REFERENCE_YEAR + 1);
		const endYear = startYear + random.int(1, 5);
		const status = random.chance(0.03)
			? 'unknown'
			: startYear > REFERENCE_YEAR
				? 'planned'
				: endYear < REFERENCE_YEAR
					? 'completed'
					: 'ongoing';
		const budgetEur = Math.min(50_000_000, Math.round(random.pareto(50_000, 1.1) / 1_000) * 1_000);
		addEntity(id, ['Project'], { name: `Projet synthétique ${pad(n, 6)} — ${main.name}`, status, startYear, endYear, budgetEur });

		const roll = random.next();
		const leadKind = leads.find(([threshold]) => roll < threshold)![1];
		const lead = random.pick(byKind.get(leadKind) ?? byKind.get('Company')!);
		const region = communes[actors[lead].commune].regionId;
		const leadClusters = clustersOf.get(lead) ?? [];
		// A cluster that animates the project and a territory that benefits count among its participants.
		const animator = leadClusters.length > 0 && random.chance(0.3) ? clusterIds[random.pick(leadClusters)] : null;
		const territories = territoriesByRegion.get(region);
		const beneficiary = territories && random.chance(0.05) ? random.pick(territories).id : null;
		const extras = (animator ? 1 : 0) + (beneficiary ? 1 : 0);
		const size = Math.max(
			PROJECT_SIZE.floor - extras,
			Math.min(PROJECT_SIZE.cap - extras, allMembers.length, Math.round(random.pareto(PROJECT_SIZE.minimum, PROJECT_SIZE.alpha)))
		);
		const participants = new Set([lead]);
		for (let attempt = 0; participants.size < size && attempt < size * 20; attempt++) {
			participants.add(
				leadClusters.length > 0 && random.chance(CLUSTER_PARTNER_SHARE)
					? random.pick(clusterMembers[random.pick(leadClusters)])
					: localOrAnywhere(region, LOCAL_SHARE)
			);
		}
		for (const participant of participants) {
			link('PARTICIPATES_IN', actors[participant].id, id, { role: participant === lead ? 'lead' : 'partner' });
		}
		if (animator) link('PARTICIPATES_IN', animator, id, { role: 'animator' });
		if (beneficiary) link('PARTICIPATES_IN', beneficiary, id, { role: 'beneficiary' });

		for (const themeId of themesOf(main, random.int(0, 2))) link('ADDRESSES', id, themeId);
		link('LOCATED_IN', id, communes[actors[lead].commune].id);
		const backers = new Set<string>();
		const funderCount = 1 + (random.chance(0.6) ? 1 : 0) + (random.chance(0.3) ? 1 : 0);
		for (let attempt = 0; backers.size < funderCount && attempt < funderCount * 10; attempt++) {
			const local = fundersByRegion.get(region);
			backers.add(local && random.chance(0.5) ? random.pick(local).id : funders[funder(random)].id);
		}
		for (const backer of backers) {
			const amountEur = Math.max(1_000, Math.round((budgetEur * (0.1 + random.next() * 0.5)) / 1_000) * 1_000);
			link('FUNDS', backer, id, { amountEur, year: startYear });
		}
		if (base.programmes.length > 0 && random.chance(0.25)) link('SELECTED_BY', id, random.pick(base.programmes));
	}
	return { entities, relationships };
}

function pad(n: number, width: number): string {
	return String(n).padStart(width, '0');
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		const k = key(item);
		if (!groups.has(k)) groups.set(k, []);
		groups.get(k)!.push(item);
	}
	return groups;
}
