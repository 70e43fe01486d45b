import { DocumentInputError } from './errors';
import { linesOf, paragraphsOf, withoutRunningLines, type TextRun } from './pdf-layout';

/**
 * A PDF's text with pdf.js (Mozilla's reader, the one Firefox shows PDFs with). In Node, pdf.js
 * runs its parser in the same thread (its « fake worker »); importing the worker module first
 * hands it the parser directly, instead of letting pdf.js import it by a path computed at run
 * time, which a bundled server does not have. (pdf.js 6 evaluates no code from the PDF: the
 * `isEvalSupported` option of older versions is gone.)
 */

async function pdfjs() {
	await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
	return import('pdfjs-dist/legacy/build/pdf.mjs');
}

/** Letters below which a PDF is taken as having no text: a scan, or pictures of pages. */
const MIN_LETTERS = 20;

function refusalOf(fileName: string, caught: unknown): DocumentInputError {
	const name = caught instanceof Error || (caught && typeof caught === 'object') ? (caught as { name?: string }).name : undefined;
	if (name === 'PasswordException')
		return new DocumentInputError(
			'file',
			`le PDF « ${fileName} » est protégé par un mot de passe : enregistrez-en une copie sans protection, puis déposez-la`
		);
	return new DocumentInputError(
		'file',
		`le PDF « ${fileName} » est abîmé ou incomplet : il ne peut pas être lu (essayez de l’enregistrer à nouveau en PDF)`
	);
}

/** The text of every page, headers and footers dropped, and the title the PDF's properties give. */
export async function extractPdf(fileName: string, bytes: Uint8Array): Promise<{ text: string; title?: string }> {
	const { getDocument } = await pdfjs();
	// pdf.js takes ownership of the buffer it is given: a copy keeps the caller's bytes intact.
	const task = getDocument({ data: bytes.slice(), useSystemFonts: false, disableFontFace: true, verbosity: 0 });
	try {
		const document = await task.promise.catch((caught: unknown) => {
			throw refusalOf(fileName, caught);
		});
		const pages: TextRun[][] = [];
		for (let number = 1; number <= document.numPages; number += 1) {
			const page = await document.getPage(number);
			const content = await page.getTextContent();
			pages.push(content.items.filter((item): item is typeof item & TextRun => 'str' in item));
			page.cleanup();
		}
		const text = paragraphsOf(withoutRunningLines(pages.map(linesOf)));
		if ((text.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS)
			throw new DocumentInputError(
				'file',
				`ce PDF ne contient pas de texte (document scanné ?) : il faudrait d’abord le passer à la reconnaissance de caractères (« ${fileName} »)`
			);
		const { info } = await document.getMetadata();
		const title = (info as { Title?: unknown } | undefined)?.Title;
		return { text, ...(typeof title === 'string' && title.trim() ? { title: title.trim() } : {}) };
	} catch (caught) {
		throw caught instanceof DocumentInputError ? caught : refusalOf(fileName, caught);
	} finally {
		await task.destroy();
	}
}
