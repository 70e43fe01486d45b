import { describe, expect, it } from 'vitest';
import { ExportFormatError } from '../../../tests/support/readers/fields';
import { parseXml } from '../../../tests/support/readers/xml';
import { attributes, escapeAttribute, escapeText, xmlSafe } from './xml';

describe('escaping', () => {
	it('escapes markup in text and also quotes and whitespace in attributes', () => {
		expect(escapeText('<a & b>\r')).toBe('&lt;a &amp; b&gt;&#13;');
		expect(escapeAttribute('"x"\n\ty')).toBe('&quot;x&quot;&#10;&#9;y');
		expect(attributes({ id: 'a"b', skipped: undefined, n: 2 })).toBe(' id="a&quot;b" n="2"');
	});

	it('drops the characters XML 1.0 cannot hold, keeping emoji', () => {
		expect(xmlSafe('a\u0001b\uFFFEc\uD800d🏭')).toBe('abcd🏭');
	});
});

describe('parseXml', () => {
	it('reads elements, attributes, text, CDATA and references, skipping the prolog and comments', () => {
		const root = parseXml(
			'\uFEFF<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY x "y">]><!-- c --><r a="1 &amp; &#x41;&#66;" b=\'&quot;\'>t&lt;<![CDATA[<raw>]]><c/><!-- n --><d e="f">g</d></r>\n'
		);
		expect(root.name).toBe('r');
		expect(root.attributes).toEqual({ a: '1 & AB', b: '"' });
		expect(root.text).toBe('t<<raw>');
		expect(root.children.map((child) => child.name)).toEqual(['c', 'd']);
		expect(root.children[1]).toEqual({ name: 'd', attributes: { e: 'f' }, children: [], text: 'g' });
	});

	it('normalises line ends and attribute whitespace as XML 1.0 does, keeping references', () => {
		const root = parseXml('<r a="x\ny\tz" b="x&#10;y">1\r\n2\r3&#13;</r>');
		expect(root.attributes).toEqual({ a: 'x y z', b: 'x\ny' });
		expect(root.text).toBe('1\n2\n3\r');
	});

	it('refuses malformed documents with a line number', () => {
		for (const bad of ['<r>', '<r></s>', '<r a=1/>', '<r>&nope;</r>', '<r>a & b</r>', '<r/><s/>', 'text', '<r a="1" a="2"/>']) {
			expect(() => parseXml(bad), bad).toThrow(ExportFormatError);
		}
		expect(() => parseXml('<r>\n\n<s></r>')).toThrow(/line 3/);
	});
});
