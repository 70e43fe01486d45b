/**
 * Whether a name stands in a byline: a line that opens on « Par » (« Par Christel Estragnat,
 * chargée d'études - 01.09.2023 »). It names who wrote the text, who took part in nothing it tells:
 * a byline under a heading is no subject of the part (relations.ts).
 */
export function inByline(text: string, span: { start: number }): boolean {
	const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
	return /^[\s\u00a0]*(?:[Pp]ar|[Pp]ropos recueillis par)[\s\u00a0]+$/u.test(text.slice(lineStart, span.start));
}
