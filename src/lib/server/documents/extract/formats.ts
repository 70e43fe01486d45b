import { DocumentInputError } from './errors';

/**
 * Which format a file is, by its name, and whether its bytes are what the name claims: a PNG
 * renamed .pdf or a spreadsheet renamed .docx is refused with what it is, before any library
 * tries to read it and fails with a message nobody understands.
 */

export type DocumentFormat = 'pdf' | 'html' | 'docx' | 'txt';

const FORMAT_OF_EXTENSION: Readonly<Record<string, DocumentFormat>> = {
	pdf: 'pdf',
	html: 'html',
	htm: 'html',
	docx: 'docx',
	txt: 'txt'
};

export const ACCEPTED = 'PDF (.pdf), page web (.html, .htm), Word (.docx) ou texte (.txt)';

const quoted = (fileName: string) => `« ${fileName} »`;

/** The format a file's name says, or a refusal listing the accepted ones. */
export function formatOfName(fileName: string): DocumentFormat {
	const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
	const format = extension ? FORMAT_OF_EXTENSION[extension] : undefined;
	if (format) return format;
	if (extension === 'doc')
		throw new DocumentInputError(
			'file',
			`le fichier ${quoted(fileName)} est un document Word ancien (.doc) : enregistrez-le en .docx ou en PDF, puis déposez-le`
		);
	const kind = extension ? `les fichiers .${extension} ne sont pas lus` : 'un fichier sans extension n’est pas lu';
	throw new DocumentInputError('file', `${kind} (${quoted(fileName)}) : les formats acceptés sont ${ACCEPTED}`);
}

/** A file's name as a title, for a file that gives none: « rapport_annuel-2025.pdf » → « rapport annuel 2025 ». */
export function titleOfFileName(fileName: string): string {
	const bare = fileName
		.replace(/^.*[\\/]/u, '')
		.replace(/\.[a-z0-9]+$/iu, '')
		.replace(/[_\s]+/gu, ' ')
		.replace(/(?<=\S)-(?=\S)/gu, (dash, at: number, whole: string) =>
			/\d/u.test(whole[at - 1] ?? '') && /\d/u.test(whole[at + 1] ?? '') ? dash : ' '
		)
		.replace(/\s+/gu, ' ')
		.trim();
	return (bare || fileName).slice(0, 300);
}

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
	signature.every((byte, index) => bytes[at + index] === byte);
const ascii = (text: string) => [...text].map((character) => character.charCodeAt(0));

/** What a file is by its first bytes, said in French, when it is a kind that is not text. */
export function binaryKind(bytes: Uint8Array): string | null {
	if (indexOf(bytes, ascii('%PDF-'), 1024) >= 0) return 'un PDF';
	if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'une archive zip';
	if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'une image PNG';
	if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'une image JPEG';
	if (startsWith(bytes, ascii('GIF8'))) return 'une image GIF';
	if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'une image WebP';
	if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'un document Office ancien (.doc, .xls)';
	return null;
}

/** Where `needle` starts in the first `within` bytes, or -1. */
function indexOf(bytes: Uint8Array, needle: readonly number[], within = bytes.length): number {
	const last = Math.min(bytes.length, within) - needle.length;
	for (let start = 0; start <= last; start += 1) if (startsWith(bytes, needle, start)) return start;
	return -1;
}

const whatItIs = (bytes: Uint8Array) => {
	const kind = binaryKind(bytes);
	return kind ? ` ; c’est ${kind}` : '';
};

/**
 * Refuses a file whose bytes are not what its name says. A PDF may carry a few bytes before
 * `%PDF-` (readers accept up to 1 024); a DOCX is a zip holding `word/document.xml`, a name a
 * zip writes in clear in its directory; a page has markup within its first kilobytes.
 */
export function checkSignature(fileName: string, format: DocumentFormat, bytes: Uint8Array): void {
	const refuse = (message: string) => {
		throw new DocumentInputError('file', `le fichier ${quoted(fileName)} ${message}`);
	};
	if (format === 'pdf' && indexOf(bytes, ascii('%PDF-'), 1024) < 0)
		refuse(`n’est pas un PDF (son contenu ne commence pas par %PDF${whatItIs(bytes)})`);
	if (format === 'docx') {
		if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]))
			refuse(`n’est pas un document Word .docx (son contenu ne commence pas par la signature d’une archive zip${whatItIs(bytes)})`);
		if (indexOf(bytes, ascii('word/document.xml')) < 0)
			refuse('n’est pas un document Word .docx : c’est une archive zip sans texte Word (pas de word/document.xml)');
	}
	if (format === 'html' && !looksLikeMarkup(bytes))
		refuse(`n’est pas une page web (son contenu ne ressemble pas à du HTML${whatItIs(bytes)})`);
	if (format === 'txt') {
		const kind = binaryKind(bytes);
		if (kind) refuse(`n’est pas un fichier texte : c’est ${kind}`);
	}
}

/** Markup: after spaces, a BOM and comments, a tag; or an <html>/<body> tag early in the file. */
function looksLikeMarkup(bytes: Uint8Array): boolean {
	if (binaryKind(bytes)) return false;
	// Latin-1 keeps one character per byte: enough to look for ASCII tags whatever the encoding.
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
	const start = head.replace(/^(\uFEFF|ï»¿)?\s*(<!--[\s\S]*?-->\s*)*/, '');
	return (
		/^<(!doctype\s+html|html|head|body|meta|title|\?xml|article|main|section|div|p|h[1-6])[\s>/]/i.test(start) ||
		/<(html|body)[\s>]/i.test(head)
	);
}
