const two = (value: number) => String(value).padStart(2, '0');

/**
 * `maillage-<kind>-<yyyy-mm-dd-hhmm>.<extension>` in local time, so that successive exports sort
 * by date and never overwrite each other within a minute's work; an empty kind is left out.
 * The browser's downloads and the server's whole-graph exports name their files alike.
 */
export function fileName(kind: string, extension: string, now = new Date()): string {
	const stamp = `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}-${two(now.getHours())}${two(now.getMinutes())}`;
	return ['maillage', kind, stamp].filter((part) => part !== '').join('-') + `.${extension}`;
}
