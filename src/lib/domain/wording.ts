import type { EntityDetail, Source } from './entity';
import type { EntityKind } from './model';
import { regionNames } from './regions';

/**
 * A message lookup by dotted key, returning `defaultValue` for a key without a message. The
 * translator of `$lib/i18n/translator` is one; domain/ names only the part it calls, so that it
 * imports nothing of the app.
 */
export type MessageLookup = (key: string, options?: { defaultValue?: string }) => string;

/** Properties that hold a year or a code: shown as written, never with a thousands separator. */
export const verbatimNumberProperties = new Set(['foundedYear', 'startYear', 'endYear', 'year', 'since', 'openingYear', 'code', 'siren']);

/** Properties that hold a share between 0 and 1: shown as a percentage. */
const shareProperties = new Set(['shareOfPredecessor', 'shareOfSuccessor']);

/**
 * Properties whose values are codes, with the message prefix that words them: `status.ongoing`,
 * `propertyValue.kind.territoire-d-industrie`. A value without a message (free text) stays as written.
 */
const codedProperties: Readonly<Record<string, string>> = {
	// A project's status and a link's status (prospect, not in effect) share the `status` messages.
	status: 'status',
	kind: 'propertyValue.kind',
	clusterKind: 'clusterKind',
	labelStatus: 'labelStatus'
};

/** What formats a value for the page: a translator and the locale's way of writing numbers. */
export interface Wording {
	t: MessageLookup;
	number(value: number): string;
}

/** The label of a property key ("anctId" → "Identifiant ANCT"); an unknown key is shown as it is. */
export function propertyLabel(t: MessageLookup, key: string): string {
	return t(`property.${key}`, { defaultValue: key });
}

/** One property value in words: régions by name, codes by their label, numbers the locale's way. */
export function propertyText({ t, number }: Wording, key: string, value: unknown): string {
	if (typeof value === 'number' && shareProperties.has(key)) return `${number(Math.round(value * 100))} %`;
	if (typeof value === 'number') return verbatimNumberProperties.has(key) ? String(value) : number(value);
	if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
	const text = String(value);
	// When a contribution was written: the day is what a reader wants, not the millisecond.
	if ((key === 'createdAt' || key === 'updatedAt') && /^\d{4}-\d{2}-\d{2}T/.test(text)) return text.slice(0, 10);
	if (key === 'regionCode') return regionNames[text] ?? text;
	const prefix = codedProperties[key];
	// i18next reads dots as nesting and colons as namespaces: such values are free text, never codes.
	return prefix && !/[.:]/.test(text) ? t(`${prefix}.${text}`, { defaultValue: text }) : text;
}

/**
 * The section of a citation as a person reads it. Open-data rows cite the file they were read
 * from (`centroide-4326_epci-ept.geojson`): a file name says nothing to a reader, the source's
 * title already names the dataset, so it is left out.
 */
export function citationSection(section: string | undefined): string | undefined {
	if (!section || /^[\w.-]+\.(txt|json|geojson|csv|tsv|ya?ml|xlsx?|pdf)$/i.test(section.trim())) return undefined;
	return section;
}

/** The anchor of a source's entry on the about page. */
export function sourceAnchor(sourceId: string): string {
	return `source-${encodeURIComponent(sourceId)}`;
}

/**
 * The name of an entity in the page's language. Themes form a bilingual vocabulary whose names
 * are messages keyed by theme id; every other name is a proper name, the same in every language.
 */
export function entityName(t: MessageLookup, entity: { id: string; kind: EntityKind | string; name: string }): string {
	return entity.kind === 'Theme' ? t(`theme.${entity.id}`, { defaultValue: entity.name }) : entity.name;
}

/** The sources an entity's page cites, by id: what a relationship's stored citations are resolved against. */
export function sourcesById(detail: EntityDetail | undefined): ReadonlyMap<string, Source> {
	const citations = [...(detail?.citations ?? []), ...(detail?.relationships.flatMap((link) => link.citations) ?? [])];
	return new Map(citations.flatMap((citation) => (citation.source ? [[citation.sourceId, citation.source] as const] : [])));
}

/** A graph payload whose nodes carry their names in the page's language (see `entityName`). */
export function namedInLanguage<Payload extends { nodes: { id: string; kind: EntityKind | string; name: string }[] }>(
	t: MessageLookup,
	payload: Payload
): Payload {
	return { ...payload, nodes: payload.nodes.map((node) => ({ ...node, name: entityName(t, node) })) };
}

/**
 * What tells an entity apart from others of the same name, in a list: a Territoire d'industrie's
 * phase (« Axe Seine » exists in 2019-2022 and in 2023-2027), then where it is. The kind comes
 * first unless the list already says it (grouped or badged by kind).
 */
export function entitySubtitle(
	t: MessageLookup,
	entity: { kind: EntityKind | string; phase?: string; context?: string },
	{ withKind = true }: { withKind?: boolean } = {}
): string {
	const parts = [withKind ? t(`kind.${entity.kind}.one`, { defaultValue: '' }) : '', entity.phase ?? '', entity.context ?? ''];
	return parts.filter((part) => part !== '').join(' · ');
}
