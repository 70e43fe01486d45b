import mammoth from 'mammoth';
import { DocumentInputError } from './errors';

/**
 * A Word document's text with mammoth: its raw text gives each paragraph (and so each heading)
 * on its own, followed by a blank line, which is how the text is kept. Formatting is of no use
 * to the reader.
 */
export async function extractDocx(fileName: string, bytes: Uint8Array): Promise<{ text: string }> {
	try {
		const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
		return { text: value };
	} catch {
		throw new DocumentInputError(
			'file',
			`le document Word « ${fileName} » est abîmé : il ne peut pas être lu (essayez de l’enregistrer à nouveau en .docx)`
		);
	}
}
