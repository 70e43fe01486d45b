import { DOCUMENT_MAX_BYTES } from '$lib/domain/documents';
import { checkReadable, checkText } from './check';
import { extractDocx } from './docx';
import { DocumentInputError } from './errors';
import { checkSignature, formatOfName, type DocumentFormat } from './formats';
import { extractHtml } from './html';
import { extractPdf } from './pdf';
import { decodeText, normaliseText } from './text';

/**
 * A document file into clean French text (issue 15): PDF, web page, Word or plain text, checked
 * to be what its name says, its text extracted by the library made for its format, normalised
 * the same way whatever the format, and refused with a French reason when it cannot be read.
 * Nothing is stored here: the caller keeps the file only once its text is accepted.
 */

export { DocumentInputError } from './errors';
export { titleOfFileName } from './formats';

export interface ExtractedDocument {
	text: string;
	/** The title the file gives itself (PDF or Word properties, the page's title), when it gives one. */
	title?: string;
	format: DocumentFormat;
}

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 1 });

async function rawText(fileName: string, format: DocumentFormat, bytes: Uint8Array): Promise<{ text: string; title?: string }> {
	switch (format) {
		case 'pdf':
			return extractPdf(fileName, bytes);
		case 'html':
			return extractHtml(bytes);
		case 'docx':
			return extractDocx(fileName, bytes);
		case 'txt':
			return { text: decodeText(bytes).text };
	}
}

/** A file's text, title and format; a DocumentInputError (field `file`) when it cannot be read. */
export async function extractDocument(fileName: string, bytes: Uint8Array): Promise<ExtractedDocument> {
	const format = formatOfName(fileName);
	if (bytes.length === 0) throw new DocumentInputError('file', `le fichier « ${fileName} » est vide`);
	if (bytes.length > DOCUMENT_MAX_BYTES)
		throw new DocumentInputError(
			'file',
			`le fichier « ${fileName} » fait ${megabytes(bytes.length)} Mo : la limite est de ${megabytes(DOCUMENT_MAX_BYTES)} Mo`,
			413
		);
	checkSignature(fileName, format, bytes);
	const raw = await rawText(fileName, format, bytes);
	const origin = { field: 'file', fileName } as const;
	// Before normalising, which removes control characters: their share is what tells bytes from text.
	checkReadable(raw.text, origin);
	const text = normaliseText(raw.text);
	checkText(text, origin);
	const title = raw.title ? normaliseText(raw.title).replace(/[ \t\n]+/g, ' ') : '';
	return { text, ...(title ? { title } : {}), format };
}

/** Refuses a pasted text that cannot be read (field `text`): too short, too long, unreadable, not French. */
export function checkDocumentText(text: string): void {
	checkText(normaliseText(text), { field: 'text' });
}
