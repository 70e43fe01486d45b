import fc from 'fast-check';
import { edgeId, type GraphEdge, type GraphNode } from '$lib/domain/graph';
import { entityKinds, relationshipTypes } from '$lib/domain/model';
import type { ExportGraph } from './export-graph';
import { xmlSafe } from './xml';

/**
 * Graphs for the export tests: one written by hand with everything that breaks careless writers
 * (markup, quotes, commas, line breaks, accents, emoji, formula-like text, empty and missing
 * fields), and fast-check arbitraries for random ones.
 */
export function trickyGraph(): ExportGraph {
	const nodes: GraphNode[] = [
		{
			id: 'ecosystem-cleon-4-0',
			name: 'Ecosystem Cléon 4.0 — « industrie » 🏭',
			kind: 'Cluster',
			labels: ['Entity', 'Cluster', 'Actor'],
			description: 'Ligne 1, avec virgule\nLigne 2 "citée" & <b>gras</b>\r\nfin ]]> et \ttabulation',
			degree: 6,
			fundingReceivedEur: 250_000.5
		},
		{
			id: 'script-injecte',
			name: '<script>alert("x")</script>',
			kind: 'Company',
			labels: ['Entity', 'Company', 'Actor', 'Funder'],
			description: '=HYPERLINK("http://example.org","clic")',
			lat: 49.3125,
			lon: -1.0433
		},
		{ id: 'commune-76178', name: 'Cléon', kind: 'Commune', labels: ['Entity', 'Commune'], lat: 49.3125, lon: 1.0433, degree: 3 },
		{ id: 'ti-2023-2027-8411', name: "Pays d'Évian", kind: 'Territory', labels: ['Entity', 'Territory'], phase: '2023-2027' },
		{
			id: 'projet-autoconsommation',
			name: 'Projet d’« autoconsommation », phase 2',
			kind: 'Project',
			labels: ['Entity', 'Project'],
			status: 'ongoing',
			startYear: 2021,
			endYear: 2024,
			description: ''
		},
		{ id: 'decarbonation', name: '-moins, +plus, @arobase', kind: 'Theme', labels: ['Entity', 'Theme'] },
		{ id: 'cote-formule', name: "'=deja protege", kind: 'Association', labels: [], description: '  espaces  ' },
		{ id: 'diese', name: '#commentaire ? non', kind: 'Source', labels: ['Entity', 'Source'], degree: 0 }
	];
	const edges: GraphEdge[] = [
		{
			id: edgeId('FUNDS', 'script-injecte', 'ecosystem-cleon-4-0'),
			source: 'script-injecte',
			target: 'ecosystem-cleon-4-0',
			type: 'FUNDS',
			amountEur: 250_000.5,
			year: 2022,
			sources: ['ademe-2022#p. 3, §2'],
			evidence: ['« 250 000 € » versés, "en 2022"\nligne 2']
		},
		{
			id: edgeId('ANIMATES', 'ecosystem-cleon-4-0', 'commune-76178'),
			source: 'ecosystem-cleon-4-0',
			target: 'commune-76178',
			type: 'ANIMATES',
			role: 'animator',
			since: 2019,
			sources: ['france-clusters-2024#Fiche 3', 'cci-2023'],
			evidence: ['animé par la CCI', '<i>site</i> & presse']
		},
		{
			id: edgeId('IN', 'commune-76178', 'ti-2023-2027-8411'),
			source: 'commune-76178',
			target: 'ti-2023-2027-8411',
			type: 'IN',
			sources: [],
			evidence: []
		},
		{
			id: edgeId('COLLABORATES_WITH', 'cote-formule', 'diese'),
			source: 'cote-formule',
			target: 'diese',
			type: 'COLLABORATES_WITH',
			role: 'partner, "principal"',
			sources: [],
			evidence: []
		}
	];
	return {
		nodes,
		edges,
		positions: { 'ecosystem-cleon-4-0': { x: 0, y: 0 }, 'commune-76178': { x: -120.25, y: 340 }, decarbonation: { x: 1e6, y: -0.5 } }
	};
}

const specials = [
	'<script>',
	'</script>',
	'&',
	'&amp;',
	'"',
	"'",
	',',
	';',
	'\n',
	'\r\n',
	'\r',
	'\t',
	']]>',
	'é',
	'Œ',
	'’',
	'«\u00a0',
	'🏭',
	'#',
	'=',
	' | '
];

/** Text mixing random graphemes with the characters formats must escape; `xml` keeps only what XML 1.0 can hold. */
export function textArbitrary({ xml = false } = {}): fc.Arbitrary<string> {
	return fc
		.array(fc.oneof(fc.string({ unit: xml ? 'grapheme' : 'binary', maxLength: 8 }), fc.constantFrom(...specials)), { maxLength: 6 })
		.map((parts) => (xml ? xmlSafe(parts.join('')) : parts.join('')));
}

export const slugArbitrary = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/);

const finite = fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => (Object.is(value, -0) ? 0 : value));

/** A node with random text and numbers; optional fields present or missing at random. */
export function nodeArbitrary(options: { xml?: boolean } = {}): fc.Arbitrary<GraphNode> {
	const text = textArbitrary(options);
	return fc.record(
		{
			id: slugArbitrary,
			name: text,
			kind: fc.constantFrom(...entityKinds),
			labels: fc.array(text, { maxLength: 3 }),
			description: text,
			lat: finite,
			lon: finite,
			phase: fc.constantFrom('2019-2022', '2023-2027'),
			status: text,
			startYear: fc.integer({ min: -3000, max: 3000 }),
			endYear: fc.integer(),
			degree: fc.nat(),
			fundingReceivedEur: finite
		},
		{ requiredKeys: ['id', 'name', 'kind', 'labels'] }
	);
}

/** An edge with random text and numbers. */
export function edgeArbitrary(options: { xml?: boolean } = {}): fc.Arbitrary<GraphEdge> {
	const text = textArbitrary(options);
	return fc
		.record(
			{
				source: slugArbitrary,
				target: slugArbitrary,
				type: fc.constantFrom(...relationshipTypes),
				role: text,
				amountEur: finite,
				year: fc.integer({ min: 1900, max: 2100 }),
				since: fc.integer({ min: 1900, max: 2100 }),
				sources: fc.array(text, { maxLength: 3 }),
				evidence: fc.array(text, { maxLength: 3 })
			},
			{ requiredKeys: ['source', 'target', 'type', 'sources', 'evidence'] }
		)
		.map((edge) => ({ id: edgeId(edge.type, edge.source, edge.target), ...edge }));
}

/** A whole graph: unique node ids, some placed. */
export function graphArbitrary(options: { xml?: boolean } = {}): fc.Arbitrary<ExportGraph> {
	return fc
		.record({
			placed: fc.uniqueArray(
				fc.record({ node: nodeArbitrary(options), at: fc.option(fc.record({ x: finite, y: finite }), { nil: undefined }) }),
				{
					selector: (entry) => entry.node.id,
					maxLength: 8
				}
			),
			edges: fc.array(edgeArbitrary(options), { maxLength: 8 }),
			attribution: textArbitrary(options)
		})
		.map(({ placed, edges, attribution }) => {
			const positions = Object.fromEntries(placed.flatMap(({ node, at }) => (at ? [[node.id, at]] : [])));
			return {
				nodes: placed.map(({ node }) => node),
				edges,
				attribution,
				...(Object.keys(positions).length > 0 ? { positions } : {})
			};
		});
}
