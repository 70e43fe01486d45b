/**
 * Whether a name stands in a parenthesised list right after another name (« tous les services de
 * l'UIMM (CFAI Mulhouse, AFPI, ADEFIM, ALEMPLOI) »): it is part of that one (relations.ts reads
 * that), not a partner of the sentence's other names, which their kinds alone would suggest.
 */
export function inParenthesisedList(
	text: string,
	names: readonly { start: number; end: number }[],
	span: { start: number; end: number }
): boolean {
	const open = text.lastIndexOf('(', span.start);
	if (open === -1 || text.lastIndexOf(')', span.start) > open) return false;
	const close = text.indexOf(')', span.end);
	const reopened = text.indexOf('(', span.end);
	if (close === -1 || (reopened !== -1 && reopened < close) || !text.slice(open, close).includes(',')) return false;
	return names.some((named) => named.end <= open && /^[\s\u00a0\u202f]*$/u.test(text.slice(named.end, open)));
}

/** Two names side by side in a list (« A, B et C », « de l’ADEME et de l’AAP X ») say nothing of each other. */
export function enumerated(between: string): boolean {
	// « A (SIGLE), l’entreprise B et le laboratoire C »: an acronym and the noun naming what each is do not break the list.
	const bare = between.replace(/\([^)]*\)/gu, ' ');
	return /^[\s\u00a0\u202f]*(?:,|[Ee]t|[Oo]u|&)[\s\u00a0\u202f,]*(?:et\s+)?(?:(?:[Dd]e|[Dd]u|[Dd]es)\s+|[Dd]['’])?(?:[Ll]['’]|[Ll]a |[Ll]e |[Ll]es )?(?:\p{Ll}+[\s\u00a0\u202f]+){0,3}$/u.test(
		bare
	);
}
