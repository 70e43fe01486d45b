import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { PoleLabelStatus } from '$lib/domain/model';
import { foldedWords, slugify } from '$lib/domain/text';
import { definedProperties, type EntityRow, type GraphRows, type RelationshipRow } from '../rows';
import type { DecoupageAdministratif } from './decoupage-administratif';
import { communeId, regionId } from './ids';
import { cite, openDataSourceIds } from './open-data-sources';
import { themesOfDomain } from './pole-themes';
import { readCsvFile } from './read-open-data-files';

/** One row of `poles_competitivite_phase5.csv` (see seed/open-data/SOURCES.md). */
export const poleRowSchema = z.object({
	nom: z.string().trim().min(1, 'nom est vide'),
	region_siege: z.string().trim(),
	commune_siege: z.string().trim(),
	themes: z.string().trim(),
	site_web: z.string().trim(),
	statut_phase5: z.string().trim().min(1, 'statut_phase5 est vide'),
	source_url: z
		.string()
		.trim()
		.min(1, 'source_url est vide')
		.transform((urls) => urls.split('|').map((url) => url.trim()))
		.pipe(z.array(z.url()))
});
export type PoleRow = z.output<typeof poleRowSchema>;

export async function readPoles(file: string): Promise<PoleRow[]> {
	return readCsvFile(file, poleRowSchema);
}

/** "Agri Sud-Ouest Innovation (Agri SOI)" → its name and the other names the row gives, without « ex- » or « fusion ». */
export function namesOf(nom: string): { name: string; aliases: string[] } {
	const match = /^(.*?)\s*\((.*)\)\s*$/.exec(nom);
	if (!match) return { name: nom, aliases: [] };
	const aliases = match[2]
		.split(/,|\s\+\s/)
		.map((alias) =>
			alias
				.trim()
				.replace(/^(ex-|fusion\s+)/i, '')
				.trim()
		)
		.filter((alias) => alias.length > 0);
	return { name: match[1], aliases };
}

/** Ids read well and stay stable: « Team² » → `team2`, « Infr@2050 » → `infra2050`; Tenerrdis is `tenerrdis`. */
export function poleId(name: string): string {
	return slugify(name.replace(/²/g, '2').replace(/@/g, 'a'));
}

/** The phase-V labelling the row states: probation, absorbed into another pôle, or labelled. */
export function labelStatusOf(statut: string): PoleLabelStatus {
	const text = statut.toLowerCase();
	if (text.includes('absorbé')) return 'absorbe';
	if (text.startsWith('probation') && !text.includes('renouvelé')) return 'probation';
	return 'labellise';
}

/** A cited web page, one `:Source` per address, shared by every row that cites it. */
function webPageRow(url: string): EntityRow {
	const address = new URL(url);
	const host = address.hostname.replace(/^www\./, '');
	const id = `page-${slugify(host).slice(0, 40).replace(/-+$/, '')}-${createHash('sha1').update(url).digest('hex').slice(0, 8)}`;
	const last = address.pathname.split('/').filter(Boolean).pop();
	return {
		id,
		labels: ['Source'],
		properties: definedProperties({
			id,
			name: last ? `${host} — ${decodeURIComponent(last)}` : host,
			url,
			publisher: host,
			kind: 'web-page'
		})
	};
}

const same = (a: string, b: string) => foldedWords(a).join(' ') === foldedWords(b).join(' ');

/**
 * The pôles de compétitivité of phase V as graph rows: each a `:Cluster:Actor` of kind pôle with its
 * labelling, `LOCATED_IN` its head-office commune (or its région when the row gives no commune),
 * `ADDRESSES` the themes its domains map to, and every fact citing the row and its web pages.
 * Throws, naming the row, when a région or commune cannot be resolved unambiguously.
 */
export function poleRows(rows: readonly PoleRow[], cog: DecoupageAdministratif): GraphRows {
	const entities: EntityRow[] = [];
	const relationships: RelationshipRow[] = [];
	const pages = new Map<string, EntityRow>();
	const ids = new Set<string>();
	rows.forEach((row, index) => {
		const where = `poles_competitivite_phase5.csv:${index + 2} (${row.nom})`;
		const { name, aliases } = namesOf(row.nom);
		const id = poleId(name);
		if (ids.has(id)) throw new Error(`${where}: a second pôle with the id ${id}`);
		ids.add(id);
		const rowPages = row.source_url.map((url) => {
			const page = pages.get(url) ?? webPageRow(url);
			pages.set(url, page);
			return page.id;
		});
		const sources = [cite(openDataSourceIds.poles, row.nom), ...rowPages];
		const domains = row.themes
			.split(';')
			.map((domain) => domain.trim())
			.filter(Boolean);
		entities.push({
			id,
			labels: ['Cluster', 'Actor'],
			properties: definedProperties({
				id,
				name,
				aliases,
				description: `Pôle de compétitivité de la phase V (2023-2026)${domains.length > 0 ? ` : ${domains.join(', ')}` : ''}.`,
				clusterKind: 'pole-de-competitivite',
				labelPhase: 'V (2023-2026)',
				labelStatus: labelStatusOf(row.statut_phase5),
				labelStatusText: row.statut_phase5,
				website: row.site_web || undefined,
				domains,
				sources
			})
		});
		const place = headOffice(row, cog, where);
		if (place) relationships.push({ type: 'LOCATED_IN', from: id, to: place, properties: { sources } });
		for (const theme of new Set(domains.flatMap(themesOfDomain))) {
			relationships.push({ type: 'ADDRESSES', from: id, to: theme, properties: { sources } });
		}
	});
	return { entities: [...entities, ...pages.values()], relationships };
}

/** The id of the head office's commune in the row's région, or of the région alone; undefined when neither is given. */
function headOffice(row: PoleRow, cog: DecoupageAdministratif, where: string): string | undefined {
	if (!row.region_siege) return undefined;
	const region = cog.regions.find((candidate) => same(candidate.nom, row.region_siege));
	if (!region) throw new Error(`${where}: unknown région « ${row.region_siege} »`);
	if (!row.commune_siege) return regionId(region.code);
	const communes = cog.communes.filter(
		(commune) => commune.type === 'commune-actuelle' && commune.region === region.code && same(commune.nom, row.commune_siege)
	);
	if (communes.length !== 1) {
		throw new Error(`${where}: ${communes.length === 0 ? 'no' : 'several'} commune(s) named « ${row.commune_siege} » in ${region.nom}`);
	}
	return communeId(communes[0].code);
}
