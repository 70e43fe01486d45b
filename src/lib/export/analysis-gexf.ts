import type { AnalysisResult } from '$lib/domain/analysis';
import { kindColour } from '$lib/ui/palette';
import { exportAttribution, rgb } from './export-graph';
import { attributes, escapeText } from './xml';

/**
 * The network `/analyse` measured, as GEXF 1.3 for Gephi: its nodes only (not the whole graph),
 * each with the measures the page shows and its Louvain community as typed attributes, and its
 * undirected links weighted as the measures weighed them. `degree` is declared `integer`, the
 * type of Gephi's own Degree column, so that running Gephi's statistics again updates it.
 */

const nodeAttributes = [
	{ id: 'type', type: 'string' },
	{ id: 'labels', type: 'string' },
	{ id: 'degree', type: 'integer' },
	{ id: 'weightedDegree', type: 'double' },
	{ id: 'betweenness', type: 'double' },
	{ id: 'closeness', type: 'double' },
	{ id: 'pagerank', type: 'double' },
	{ id: 'community', type: 'integer' }
] as const;

/** What the file says it holds: the projection and its scope, then the attribution of the sources. */
function description(result: AnalysisResult): string {
	const scope = [result.region ? `région ${result.region}` : '', result.theme ? `thème ${result.theme}` : ''].filter(Boolean).join(', ');
	return `Réseau analysé : ${result.projection}${scope ? ` (${scope})` : ''} — ${result.nodes.length} nœuds, ${result.edges.length} liens. ${exportAttribution}`;
}

/** The analysed network of `result` as a GEXF document; `now` is the date written in `<meta>`. */
export function analysisToGEXF(result: AnalysisResult, now = new Date()): string {
	const lines = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
			' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
		`  <meta lastmodifieddate="${now.toISOString().slice(0, 10)}">`,
		'    <creator>Maillage</creator>',
		`    <description>${escapeText(description(result))}</description>`,
		'  </meta>',
		'  <graph mode="static" defaultedgetype="undirected">',
		'    <attributes class="node">',
		...nodeAttributes.map(
			(attribute) => `      <attribute${attributes({ id: attribute.id, title: attribute.id, type: attribute.type })}/>`
		),
		'    </attributes>',
		'    <attributes class="edge">',
		'      <attribute id="via" title="via" type="string"/>',
		'    </attributes>',
		'    <nodes>'
	];
	for (const node of result.nodes) {
		const [r, g, b] = rgb(kindColour[node.kind]);
		const values: Record<(typeof nodeAttributes)[number]['id'], string | number> = {
			type: node.kind,
			labels: JSON.stringify(node.labels),
			degree: node.degree,
			weightedDegree: node.weightedDegree,
			betweenness: node.betweenness,
			closeness: node.closeness,
			pagerank: node.pagerank,
			community: node.community
		};
		lines.push(
			`      <node${attributes({ id: node.id, label: node.name })}>`,
			'        <attvalues>',
			...nodeAttributes.map((attribute) => `          <attvalue${attributes({ for: attribute.id, value: values[attribute.id] })}/>`),
			'        </attvalues>',
			`        <viz:color${attributes({ r, g, b })}/>`,
			'      </node>'
		);
	}
	lines.push('    </nodes>', '    <edges>');
	result.edges.forEach((edge, index) => {
		lines.push(
			`      <edge${attributes({ id: String(index), source: edge.source, target: edge.target, weight: edge.weight })}>`,
			`        <attvalues><attvalue${attributes({ for: 'via', value: JSON.stringify(edge.via) })}/></attvalues>`,
			'      </edge>'
		);
	});
	lines.push('    </edges>', '  </graph>', '</gexf>');
	return lines.map((line) => `${line}\n`).join('');
}
