import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, normaliseText, unreadableShare } from './text';

describe('decodeText', () => {
	it('reads UTF-8, with or without its BOM', () => {
		const bytes = new TextEncoder().encode('Société Fictivia');
		expect(decodeText(bytes)).toEqual({ text: 'Société Fictivia', encoding: 'utf-8' });
		expect(decodeText(Uint8Array.of(0xef, 0xbb, 0xbf, ...bytes)).text).toBe('Société Fictivia');
	});

	it('falls back to Windows-1252 when the bytes are not UTF-8, with its € and curly apostrophe', () => {
		expect(decodeText(Uint8Array.of(0x6c, 0x92, 0xe9, 0x74, 0xe9, 0x20, 0x80))).toEqual({ text: 'l’été €', encoding: 'windows-1252' });
	});

	it('reads UTF-16 by its BOM', () => {
		expect(decodeText(Uint8Array.of(0xff, 0xfe, 0xe9, 0x00, 0x74, 0x00)).text).toBe('ét');
	});
});

describe('normaliseText', () => {
	it('composes accents (NFC), turns CRLF into LF, trims line ends, collapses blank lines, keeps no-break spaces', () => {
		expect(normaliseText('Me\u0301ca  \r\n\r\n\r\n\r\nprix\u00A0: 12\u202F000\u00A0€\t\r\n')).toBe(
			'Méca\n\nprix\u00A0: 12\u202F000\u00A0€'
		);
	});

	it('unfolds ligatures and removes control characters and soft hyphens', () => {
		expect(normaliseText('\uFB01lière\u0007 re\u00ADcyclage')).toBe('filière recyclage');
	});

	it('is stable, and leaves no CR, no trailing space, no three line breaks, whatever the text', () => {
		fc.assert(
			fc.property(
				fc.string({ unit: fc.constantFrom('a', 'é', 'e\u0301', ' ', 'a\u00A0a', '12\u202F000', '\t', '\n', '\r', '\r\n', '\u0000', 'ﬁ') }),
				(raw) => {
					const text = normaliseText(raw);
					expect(normaliseText(text)).toBe(text);
					expect(text).not.toMatch(/\r|[ \t]\n|[ \t]$|\n\n\n/);
					// A no-break space between two characters is French typography, never a space to trim.
					expect(text.split(/[\u00A0\u202F]/).length).toBe(raw.split(/[\u00A0\u202F]/).length);
				}
			)
		);
	});
});

describe('unreadableShare', () => {
	it('counts controls and replacement characters over the characters that are not spaces', () => {
		expect(unreadableShare('Exemplia Méca\n')).toBe(0);
		expect(unreadableShare('ab\u0001\uFFFD')).toBe(0.5);
		expect(unreadableShare('   ')).toBe(0);
	});
});
