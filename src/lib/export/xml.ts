/**
 * Just enough XML to write GraphML and GEXF, the same in the browser and in Node: escaping, and
 * the characters XML cannot hold. The tests read the files back with their own parser
 * (`tests/support/readers/xml.ts`).
 */

/** Characters XML 1.0 cannot carry at all, not even as references: C0 controls, U+FFFE/FFFF, lone surrogates. */
const forbidden =
	// eslint-disable-next-line no-control-regex -- finding control characters is the point
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Drops the characters an XML file cannot hold (they never occur in real names and descriptions). */
export function xmlSafe(text: string): string {
	return text.replace(forbidden, '');
}

/** Text content: `&`, `<`, `>` escaped, and `\r` as a reference so that it survives line-end normalisation. */
export function escapeText(text: string): string {
	return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** An attribute value in double quotes: also `"` and the whitespace a parser would turn into spaces. */
export function escapeAttribute(text: string): string {
	return escapeText(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/** `name="value"` pairs for the attributes that are set, escaped. */
export function attributes(values: Record<string, string | number | undefined>): string {
	return Object.entries(values)
		.filter(([, value]) => value !== undefined)
		.map(([name, value]) => ` ${name}="${escapeAttribute(String(value))}"`)
		.join('');
}
