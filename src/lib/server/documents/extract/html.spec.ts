import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blocksOf, declaredEncoding, decodeHtml, extractHtml } from './html';

const latin1 = (text: string) => Uint8Array.from([...text], (character) => character.charCodeAt(0));

describe('the encoding of a page', () => {
	it('is the one its <meta charset> or Content-Type declares', () => {
		expect(declaredEncoding(latin1('<html><head><meta charset="ISO-8859-1">'))).toBe('iso-8859-1');
		expect(declaredEncoding(latin1('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'))).toBe('windows-1252');
		expect(decodeHtml(latin1('<meta charset=windows-1252><p>Méca l\u0092été</p>'))).toContain('Méca l’été');
	});

	it('is UTF-8 when nothing is declared, or a label is unknown', () => {
		expect(declaredEncoding(latin1('<p>rien</p>'))).toBeNull();
		expect(declaredEncoding(latin1('<meta charset="klingon">'))).toBeNull();
		expect(decodeHtml(new TextEncoder().encode('<p>Société</p>'))).toBe('<p>Société</p>');
	});
});

describe('blocksOf', () => {
	it('sets blocks apart by a blank line, <br> as a line break, cells by a tab; collapses spaces but no-break ones', () => {
		const { document } = parseHTML(
			'<html><body><h2>Axe  1</h2><p>Une   ligne<br>une autre\u00A0!</p><ul><li>un</li><li>deux</li></ul><table><tr><td>A</td><td>B</td></tr></table><script>x()</script></body></html>'
		);
		expect(blocksOf(document.body)).toBe('Axe 1\n\nUne ligne\nune autre\u00A0!\n\nun\n\ndeux\n\nA\tB');
	});
});

describe('extractHtml', () => {
	it('reads a page with no article, without its menu, footer and cookie banner', () => {
		const page = new TextEncoder().encode(
			'<html><head><title>Exemplia</title></head><body><nav>Accueil Contact</nav><div class="cookie-consent">Acceptez les cookies</div><p>Le cluster Exemplia Méca réunit des entreprises.</p><footer>Mentions légales</footer></body></html>'
		);
		expect(extractHtml(page)).toEqual({ text: 'Le cluster Exemplia Méca réunit des entreprises.', title: 'Exemplia' });
	});
});
