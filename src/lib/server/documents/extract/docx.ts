import JSZip from 'jszip';
import mammoth from 'mammoth';
import { DocumentInputError } from './errors';

/**
 * A Word document's text with mammoth: its raw text gives each paragraph (and so each heading)
 * on its own, followed by a blank line, which is how the text is kept. Formatting is of no use
 * to the reader. Its title is the one Word keeps in the file's properties (`docProps/core.xml`,
 * read with jszip), when the author gave one.
 */
export async function extractDocx(fileName: string, bytes: Uint8Array): Promise<{ text: string; title?: string }> {
	try {
		const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
		const title = await titleOf(bytes);
		return { text: value, ...(title ? { title } : {}) };
	} catch {
		throw new DocumentInputError(
			'file',
			`le document Word « ${fileName} » est abîmé : il ne peut pas être lu (essayez de l’enregistrer à nouveau en .docx)`
		);
	}
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** `<dc:title>` of the core properties, its XML entities decoded; none when the file has no such part or an empty title. */
async function titleOf(bytes: Uint8Array): Promise<string | undefined> {
	const core = await (await JSZip.loadAsync(bytes)).file('docProps/core.xml')?.async('string');
	const raw = core && /<dc:title>([^<]*)<\/dc:title>/u.exec(core)?.[1];
	const title = raw
		?.replace(/&(amp|lt|gt|quot|apos);|&#(\d+);|&#x([0-9a-f]+);/giu, (_, name: string, decimal: string, hex: string) =>
			name ? ENTITIES[name] : String.fromCodePoint(decimal ? Number(decimal) : parseInt(hex, 16))
		)
		.trim();
	return title || undefined;
}
