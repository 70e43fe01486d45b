import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_MAX_BYTES } from '$lib/domain/documents';
import { DocumentInputError, extractDocument, titleOfFileName } from '.';

// The files come from tests/fixtures/documents/files/make-files.ts, which says what each holds.
const FILES = path.resolve('tests/fixtures/documents/files');
const file = (name: string) => new Uint8Array(readFileSync(path.join(FILES, name)));

/** Every sentence is in the text, each after the one before. */
function expectInOrder(text: string, sentences: string[]): void {
	let from = 0;
	for (const sentence of sentences) {
		const at = text.indexOf(sentence, from);
		expect(at, `« ${sentence} » after offset ${from} in:\n${text}`).toBeGreaterThanOrEqual(0);
		from = at + sentence.length;
	}
}

/** The refusal a file gets: extraction must fail with a DocumentInputError. */
async function refusal(name: string, bytes = file(name)): Promise<DocumentInputError> {
	const caught = await extractDocument(name, bytes).then(
		() => null,
		(error: unknown) => error
	);
	expect(caught).toBeInstanceOf(DocumentInputError);
	return caught as DocumentInputError;
}

describe('a PDF of two pages', async () => {
	const pdf = await extractDocument('rapport-exemplia.pdf', file('rapport-exemplia.pdf'));

	it('gives the text of both pages in reading order, one paragraph after the other', () => {
		expect(pdf.format).toBe('pdf');
		expectInOrder(pdf.text, [
			'La société Fictivia Composites est membre du cluster Exemplia Méca depuis 2019. Elle fabrique des pièces en matériaux composites pour des équipementiers et emploie quarante personnes à Villefictive-sur-Loire.',
			'\n\nLe cluster accompagne',
			'La région fictive Exemplie finance le projet Composite Avenir à hauteur de 250 000 euros sur trois ans.',
			'\n\nLe cluster Exemplia Méca anime aussi un groupe de travail sur le recyclage des fibres, avec l’université fictive de Villefictive.'
		]);
	});

	it('keeps each heading as a line of its own', () => {
		const lines = pdf.text.split('\n');
		expect(lines[0]).toBe('Le cluster Exemplia Méca');
		expect(lines).toContain('Les financements');
		expect(pdf.text).toContain('formation.\n\nLes financements\n\nLa région');
	});

	it('joins the word a hyphen cut at the end of a line', () => {
		expect(pdf.text).toContain('le développement de ses membres');
		expect(pdf.text).not.toMatch(/dévelop-/);
	});

	it('drops the header and the numbered footer repeated on every page', () => {
		expect(pdf.text).not.toContain('Observatoire');
		expect(pdf.text).not.toMatch(/Page \d sur 2/);
	});

	it('takes the title from the PDF properties', () => {
		expect(pdf.title).toBe('Rapport fictif sur le cluster Exemplia Méca');
	});
});

describe('a web page', async () => {
	const page = await extractDocument('article-journal-fictif.html', file('article-journal-fictif.html'));

	it('reads the Windows-1252 its meta declares', () => {
		expect(page.text).toContain('au début de l’année');
		expect(page.text).toContain('a reçu 250 000 € de la région');
	});

	it('keeps the article, its heading first and on its own line, paragraphs apart', () => {
		expect(page.format).toBe('html');
		expectInOrder(page.text, [
			'Fictivia Composites rejoint le cluster Exemplia Méca\n\n',
			'La société Fictivia Composites, installée à Villefictive-sur-Loire, a rejoint le cluster Exemplia Méca',
			'\n\nPour sa directrice, Camille Exemple,',
			'\n\nUn projet de recyclage des fibres\n\n',
			'Avec le laboratoire fictif Fibres & Matériaux, Fictivia Composites participe au projet Composite Avenir',
			'\n\nDurée du projet : trois ans\n\nPartenaires : quatre entreprises et un laboratoire'
		]);
	});

	it('drops the menu, the cookie banner, the aside and the footer', () => {
		for (const chrome of ['Accueil', 'cookies', 'Accepter', 'À lire aussi', 'salon fictif', 'Mentions légales'])
			expect(page.text).not.toContain(chrome);
	});

	it('takes its Open Graph title, without the site’s name', () => {
		expect(page.title).toBe('Fictivia Composites rejoint le cluster Exemplia Méca');
	});
});

describe('a Word document', () => {
	it('gives its headings and paragraphs as blocks, in order, runs of a paragraph joined', async () => {
		const word = await extractDocument('plan-action-exemplia.docx', file('plan-action-exemplia.docx'));
		expect(word.format).toBe('docx');
		expect(word.text.split('\n\n')).toEqual([
			'Plan d’action 2025 du cluster Exemplia Méca',
			'Le cluster Exemplia Méca réunit les entreprises de la mécanique de la vallée fictive de l’Exemple.',
			'Axe 1 : la formation',
			'La société Fictivia Composites accueille des apprentis avec le lycée fictif Jean Exemple.',
			'Axe 2 : le recyclage',
			'Le projet Composite Avenir est financé par la région fictive Exemplie.'
		]);
	});

	it('takes the title Word keeps in its properties, its entities decoded', async () => {
		const word = await extractDocument('plan-action-exemplia.docx', file('plan-action-exemplia.docx'));
		expect(word.title).toBe('Plan d’action 2025 & feuille de route du cluster Exemplia Méca');
	});
});

describe('a text file', () => {
	it('is read as Windows-1252 when its bytes are not UTF-8', async () => {
		const note = await extractDocument('compte-rendu-windows-1252.txt', file('compte-rendu-windows-1252.txt'));
		expect(note.format).toBe('txt');
		expect(note.text).toContain('son projet d’atelier de recyclage : « un cœur de filière »');
		expect(note.text).toContain('120 000 € ; la décision est attendue à l’été.');
		expect(note.text).not.toContain('\r');
	});

	it('loses its BOM, CRLF, trailing spaces and extra blank lines, and keeps its no-break spaces', async () => {
		const { text } = await extractDocument('note-utf8-bom.txt', file('note-utf8-bom.txt'));
		expect(text).toBe(
			'Note sur Exemplia Méca\n\nLe cluster Exemplia Méca compte quatre-vingts membres\u00A0: des entreprises et des laboratoires.\nIl est animé par l’association fictive Méca Exemple\u202F!'
		);
	});
});

describe('files that are refused', () => {
	it.each([
		['image-renommee.pdf', /n’est pas un PDF \(son contenu ne commence pas par %PDF ; c’est une image PNG\)/],
		['archive.docx', /« archive\.docx » n’est pas un document Word \.docx : c’est une archive zip sans texte Word/],
		[
			'scan-sans-texte.pdf',
			/^ce PDF ne contient pas de texte \(document scanné \?\) : il faudrait d’abord le passer à la reconnaissance de caractères/
		],
		['chiffre.pdf', /« chiffre\.pdf » est protégé par un mot de passe/],
		['tronque.pdf', /« tronque\.pdf » est abîmé ou incomplet/],
		['donnees.txt', /« donnees\.txt » ne contient pas de texte lisible/]
	])('%s, with its reason in French', async (name, message) => {
		const error = await refusal(name);
		expect(error.field).toBe('file');
		expect(error.status).toBe(400);
		expect(error.message).toMatch(message);
	});

	it('a text in English, 422, saying so', async () => {
		const error = await refusal('english-report.txt');
		expect([error.field, error.status]).toEqual(['file', 422]);
		expect(error.message).toBe('le fichier « english-report.txt » semble être en anglais : Maillage lit les documents en français');
	});

	it('a file larger than the limit, 413, before reading it', async () => {
		const error = await refusal('enorme.pdf', new Uint8Array(DOCUMENT_MAX_BYTES + 1));
		expect([error.field, error.status]).toEqual(['file', 413]);
		expect(error.message).toMatch(/« enorme\.pdf » fait 10 Mo : la limite est de 10 Mo/);
	});

	it('an empty file', async () => {
		expect((await refusal('vide.txt', new Uint8Array())).message).toBe('le fichier « vide.txt » est vide');
	});

	it('an extension no reader knows, listing those accepted', async () => {
		const error = await refusal('classeur.xlsx', file('archive.docx'));
		expect(error.message).toBe(
			'les fichiers .xlsx ne sont pas lus (« classeur.xlsx ») : les formats acceptés sont PDF (.pdf), page web (.html, .htm), Word (.docx) ou texte (.txt)'
		);
	});

	it('an old Word file, saying to save it as .docx', async () => {
		expect((await refusal('ancien.doc', Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0))).message).toMatch(
			/Word ancien \(\.doc\) : enregistrez-le en \.docx/
		);
	});

	it('a page that is no markup, and a text file that is a PDF', async () => {
		expect((await refusal('page.html', file('compte-rendu-windows-1252.txt'))).message).toMatch(/« page\.html » n’est pas une page web/);
		expect((await refusal('rapport.txt', file('rapport-exemplia.pdf'))).message).toBe(
			'le fichier « rapport.txt » n’est pas un fichier texte : c’est un PDF'
		);
	});
});

describe('a file name as a title', () => {
	it('drops the folder and the extension, and reads underscores and dashes between words as spaces', () => {
		expect(titleOfFileName('rapport_annuel-cluster-2025.pdf')).toBe('rapport annuel cluster 2025');
		expect(titleOfFileName('C:\\Documents\\plan-action-exemplia.docx')).toBe('plan action exemplia');
		// A date or a range keeps its dash.
		expect(titleOfFileName('bilan 2023-2027.txt')).toBe('bilan 2023-2027');
		expect(titleOfFileName('.pdf')).toBe('.pdf');
	});
});
