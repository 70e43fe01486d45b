import type { Operation, Properties } from '$lib/domain/changesets';
import type { ImportPreset } from '$lib/domain/imports';
import { citeExisting, entityChanges, labelsOf, slugOf } from '$lib/server/contributions/plan';
import { randomBytes } from 'node:crypto';
import { kindOf, roleOf, type AnalysedRow } from './analyse';

/**
 * The operations of an import, from its analysed rows and the graph as it is: new entities (one per
 * organisation or project the file introduces, however many rows name it), missing identifiers
 * added to known ones, and links — a link the graph already states gains the file as a source
 * instead of being duplicated, and one that already cites it is left alone, so that importing the
 * same file twice changes nothing. Pure: what the graph holds comes in as arguments.
 */

export interface GraphState {
	/** Links from the entities the rows name: type, ends, properties. */
	links: readonly { from: string; type: string; to: string; properties: Properties }[];
	/** Properties of the entities the rows recognised, by id. */
	properties: ReadonlyMap<string, Properties>;
	/** Ids the graph already holds among those a new entity could take. */
	taken: ReadonlySet<string>;
}

export interface ImportPlanInput {
	preset: ImportPreset;
	clusterId?: string;
	sourceId: string;
	rows: readonly AnalysedRow[];
	graph: GraphState;
}

export interface RowOutcome {
	status: 'ready' | 'unchanged' | 'duplicate';
	effects: string[];
}

export interface ImportPlan {
	operations: Operation[];
	outcomes: Map<number, RowOutcome>;
	/** Entity ids of the rows' ends: recognised (in the graph) and created. */
	matched: Set<string>;
	created: Set<string>;
	projectsMatched: Set<string>;
	projectsCreated: Set<string>;
	newLinks: Record<string, number>;
	citedLinks: number;
}

const linkKey = (type: string, from: string, to: string, properties: Properties) =>
	`${type}|${from}|${to}|${properties.role ?? ''}|${properties.amountEur ?? ''}|${properties.year ?? ''}`;

export function planImport(input: ImportPlanInput): ImportPlan {
	const { graph, sourceId } = input;
	const plan: ImportPlan = {
		operations: [],
		outcomes: new Map(),
		matched: new Set(),
		created: new Set(),
		projectsMatched: new Set(),
		projectsCreated: new Set(),
		newLinks: {},
		citedLinks: 0
	};
	const taken = new Set(graph.taken);
	const newIds = new Map<number, string>();
	const creations = new Map<string, Operation & { op: 'create-entity' }>();
	const updates = new Map<string, Record<string, string>>();
	const updateCitations = new Map<string, { reference: string; excerpt: string }>();
	const existing = new Map(graph.links.map((link) => [linkKey(link.type, link.from, link.to, link.properties), link]));
	const located = new Set(graph.links.filter((link) => link.type === 'LOCATED_IN').map((link) => link.from));
	const planned = new Map<string, { op: Operation; row: number }>();
	const linkOps: Operation[] = [];

	const newId = (name: string) => {
		let id = slugOf(name);
		while (taken.has(id)) id = `${slugOf(name)}-${randomBytes(2).toString('hex')}`;
		taken.add(id);
		return id;
	};

	for (const row of input.rows) {
		if (row.status !== 'ready') continue;
		const reference = `${sourceId}#ligne-${row.row}`;
		const evidence = row.excerpt || `Ligne ${row.row}`;
		const effects: string[] = [];
		let wrote = false;
		let repeated = false;

		/** The id of a row's end, creating its entity at its first row. */
		const endId = (end: AnalysedRow['actor'], properties: () => Properties, labels: string[], projects = false): string | undefined => {
			if (!end || end.outcome === 'ambiguous') return undefined;
			if (end.outcome === 'found') {
				(projects ? plan.projectsMatched : plan.matched).add(end.id);
				return end.id;
			}
			const first = end.sameAsRow ?? row.row;
			const known = newIds.get(first * (projects ? -1 : 1));
			if (known) {
				const creation = creations.get(known)!;
				const aliases = (creation.properties.aliases as string[] | undefined) ?? [];
				if (end.name !== creation.properties.name && !aliases.includes(end.name)) creation.properties.aliases = [...aliases, end.name];
				return known;
			}
			const id = newId(end.name);
			newIds.set(first * (projects ? -1 : 1), id);
			const creation = {
				op: 'create-entity' as const,
				id,
				labels,
				properties: { id, name: end.name, ...properties(), sources: [reference], evidence: [evidence] }
			};
			creations.set(id, creation);
			(projects ? plan.projectsCreated : plan.created).add(id);
			effects.push(`nouvelle entité « ${end.name} »`);
			wrote = true;
			return id;
		};

		const link = (type: string, from: string, to: string, properties: Properties, label: string) => {
			const key = linkKey(type, from, to, properties);
			if (planned.has(key)) {
				repeated = true;
				return;
			}
			const stated = existing.get(key);
			if (stated) {
				// A link that cites this file already (from any of its rows) is left as it is: the same file again changes nothing.
				const sources = stated.properties.sources;
				if ((Array.isArray(sources) ? sources : [sources]).some((cited) => String(cited).startsWith(`${sourceId}#`))) return;
				const cited = citeExisting(stated.properties, reference, evidence);
				if (!cited) return;
				const op: Operation = { op: 'update-relationship', type, from, to, before: stated.properties, after: cited };
				planned.set(key, { op, row: row.row });
				linkOps.push(op);
				plan.citedLinks++;
				effects.push(`lien « ${label} » déjà connu, cité`);
			} else {
				const op: Operation = {
					op: 'create-relationship',
					type,
					from,
					to,
					properties: { ...properties, sources: [reference], evidence: [evidence] }
				};
				planned.set(key, { op, row: row.row });
				linkOps.push(op);
				plan.newLinks[type] = (plan.newLinks[type] ?? 0) + 1;
				effects.push(`lien « ${label} »`);
			}
			wrote = true;
		};

		const values = row.values;
		const actorId = endId(
			row.actor,
			() => ({
				...(values['actor.siren'] || values['actor.siret']
					? { siren: String(values['actor.siren'] ?? String(values['actor.siret']).slice(0, 9)) }
					: {}),
				...(values['actor.siret'] ? { siret: String(values['actor.siret']) } : {}),
				...(values['actor.website'] ? { website: String(values['actor.website']) } : {}),
				...(values['actor.description'] ? { description: String(values['actor.description']) } : {}),
				...((values['actor.aliases'] as string[] | undefined)?.length ? { aliases: values['actor.aliases'] as string[] } : {})
			}),
			labelsOf(kindOf(values))
		);
		if (actorId && row.actor?.outcome === 'found') {
			// Identifiers the graph lacks are added, never overwritten.
			const current = graph.properties.get(actorId) ?? {};
			const missing: Record<string, string> = { ...updates.get(actorId) };
			if (values['actor.siret'] && !current.siret) missing.siret = String(values['actor.siret']);
			const siren = values['actor.siren'] ?? (values['actor.siret'] ? String(values['actor.siret']).slice(0, 9) : undefined);
			if (siren && !current.siren) missing.siren = String(siren);
			if (values['actor.website'] && !current.website) missing.website = String(values['actor.website']);
			if (Object.keys(missing).length > Object.keys(updates.get(actorId) ?? {}).length) {
				updates.set(actorId, missing);
				if (!updateCitations.has(actorId)) updateCitations.set(actorId, { reference, excerpt: evidence });
				effects.push('identifiants complétés');
				wrote = true;
			}
		}
		if (actorId && row.place && !located.has(actorId)) {
			located.add(actorId);
			link('LOCATED_IN', actorId, row.place.communeId, {}, `situé à ${row.place.commune}`);
		}
		if (actorId && input.preset === 'membres' && input.clusterId) link('MEMBER_OF', actorId, input.clusterId, {}, 'membre de');
		const projectId = endId(
			row.project,
			() => ({
				...(values['project.description'] ? { description: String(values['project.description']) } : {}),
				...(values['project.budget'] !== undefined ? { budgetEur: Number(values['project.budget']) } : {}),
				...(values['project.startYear'] !== undefined ? { startYear: Number(values['project.startYear']) } : {}),
				...(values['project.endYear'] !== undefined ? { endYear: Number(values['project.endYear']) } : {})
			}),
			['Project'],
			true
		);
		if (input.preset === 'projets' && actorId && projectId) {
			const role = roleOf(values);
			link('PARTICIPATES_IN', actorId, projectId, role ? { role } : {}, 'participe à');
		}
		if (input.preset === 'financements' && row.funder?.outcome === 'found') {
			const beneficiary = projectId ?? actorId;
			if (beneficiary) {
				const properties: Properties = {
					amountEur: Number(values['funding.amount']),
					...(values['funding.year'] !== undefined ? { year: Number(values['funding.year']) } : {}),
					...(row.programmeId ? { programme: row.programmeId } : {})
				};
				link('FUNDS', row.funder.id, beneficiary, properties, 'finance');
			}
		}
		plan.outcomes.set(row.row, { status: wrote ? 'ready' : repeated ? 'duplicate' : 'unchanged', effects });
	}

	for (const [id, missing] of updates) {
		const citation = updateCitations.get(id)!;
		const changes = entityChanges(graph.properties.get(id) ?? {}, missing, citation.reference, citation.excerpt);
		if (changes) plan.operations.push({ op: 'update-entity', id, ...changes });
	}
	plan.operations.unshift(...creations.values());
	// Links of one type together: a large import's links are then applied (and reverted) in a few statements.
	const order = (operation: Operation) => `${operation.op === 'create-relationship' ? 0 : 1}:${'type' in operation ? operation.type : ''}`;
	plan.operations.push(...[...linkOps].sort((a, b) => order(a).localeCompare(order(b))));
	return plan;
}
