import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadText } from './download';

describe('downloadText', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
		vi.useRealTimers();
	});

	it('clicks a temporary link to an object URL of the text, then frees the URL', async () => {
		vi.useFakeTimers();
		const link = { href: '', download: '', rel: '', click: vi.fn(), remove: vi.fn() };
		const append = vi.fn();
		vi.stubGlobal('document', { createElement: vi.fn(() => link), body: { append } });
		let saved: Blob | undefined;
		const revoke = vi.spyOn(URL, 'revokeObjectURL');
		vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
			saved = blob as Blob;
			return 'blob:maillage';
		});

		downloadText('maillage.csv', 'text/csv;charset=utf-8', '\uFEFFid,name\r\n');

		expect(link).toMatchObject({ href: 'blob:maillage', download: 'maillage.csv' });
		expect(append).toHaveBeenCalledWith(link);
		expect(link.click).toHaveBeenCalledOnce();
		expect(link.remove).toHaveBeenCalledOnce();
		expect(saved?.type).toBe('text/csv;charset=utf-8');
		expect([...new Uint8Array(await saved!.arrayBuffer())].slice(0, 3)).toEqual([0xef, 0xbb, 0xbf]);
		expect(revoke).not.toHaveBeenCalled();
		vi.runAllTimers();
		expect(revoke).toHaveBeenCalledWith('blob:maillage');
	});
});
