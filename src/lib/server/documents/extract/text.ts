/**
 * Bytes to text, and the text every format ends as: the reader finds names and quotes sentences
 * by offset, so the same document must always give the same characters.
 */

const utf8 = new TextDecoder('utf-8', { fatal: true });
const windows1252 = new TextDecoder('windows-1252');

/**
 * Text of unknown encoding: a byte order mark says it; else UTF-8 when the bytes are valid UTF-8
 * (they almost never are by chance), else Windows-1252, what Word and Excel save in France.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decodeAs('utf-8', bytes.subarray(3)), encoding: 'utf-8' };
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeAs('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeAs('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
	try {
		return { text: utf8.decode(bytes), encoding: 'utf-8' };
	} catch {
		return { text: windows1252.decode(bytes), encoding: 'windows-1252' };
	}
}

/** Bytes in a known encoding (see `knownEncoding`). */
export function decodeAs(label: string, bytes: Uint8Array): string {
	// The BOM is dropped here, once, whatever the encoding: it is no character of the text.
	return new TextDecoder(label, { ignoreBOM: false }).decode(bytes);
}

/** Whether TextDecoder knows an encoding label (`windows-1252`, `iso-8859-1`, `utf-8`…). */
export function knownEncoding(label: string): boolean {
	try {
		new TextDecoder(label);
		return true;
	} catch {
		return false;
	}
}

/** Typographic ligatures (ﬁ, ﬂ…) that PDF fonts map to one character: the reader looks for letters. */
const LIGATURES: Readonly<Record<string, string>> = {
	'\uFB00': 'ff',
	'\uFB01': 'fi',
	'\uFB02': 'fl',
	'\uFB03': 'ffi',
	'\uFB04': 'ffl',
	'\uFB05': 'st',
	'\uFB06': 'st'
};

/**
 * The text as kept: NFC, LF line ends, no trailing spaces, no run of blank lines longer than
 * one (paragraphs are separated by "\n\n"), no control character but tab and line feed.
 * No-break and narrow no-break spaces stay: French puts them before « : ; ! ? » and in numbers,
 * and the reader reads amounts by them.
 */
export function normaliseText(text: string): string {
	return (
		text
			.replace(/^\uFEFF/, '')
			.replace(/\r\n?/g, '\n')
			// A form feed is a page break in a text file: a paragraph break is what it means to a reader.
			.replace(/[\f\v\u2028\u2029]/g, '\n')
			.replace(/[\uFB00-\uFB06]/g, (ligature) => LIGATURES[ligature] ?? ligature)
			// eslint-disable-next-line no-control-regex -- the control characters are what is removed
			.replace(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u00AD]/g, '')
			.normalize('NFC')
			.replace(/[ \t]+$/gm, '')
			.replace(/\n{3,}/g, '\n\n')
			.trim()
	);
}

/**
 * The share of characters that are no text: controls (but tab and line ends), the replacement
 * character a decoder puts for bytes it cannot read, private-use glyphs of fonts without a
 * Unicode map. Over the characters that are not spaces; 0 for an empty text.
 */
export function unreadableShare(text: string): number {
	let shown = 0;
	let unreadable = 0;
	for (const character of text) {
		if (/\s/u.test(character)) continue;
		shown += 1;
		// eslint-disable-next-line no-control-regex -- counting control characters is the point
		if (/[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uFFFD\uE000-\uF8FF]/u.test(character)) unreadable += 1;
	}
	return shown === 0 ? 0 : unreadable / shown;
}
