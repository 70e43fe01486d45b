import { describe, expect, it } from 'vitest';
import { DOCUMENT_MAX_CHARACTERS } from '$lib/domain/documents';
import { checkDocumentText, DocumentInputError } from '.';
import { foreignLanguage, functionWordCounts } from './language';

const FRENCH =
	'La société Fictivia Composites est membre du cluster Exemplia Méca depuis 2019. Elle fabrique des pièces pour l’aéronautique et emploie quarante personnes dans la vallée fictive. Le cluster accompagne ses membres avec un programme de formation et par des projets collaboratifs.';
const ENGLISH =
	'The Example Mechanics Cluster brings together eighty companies of the fictitious valley, and it supports their projects with the regional agency. This year the members have worked on the recycling of fibres, which is a priority for the industry.';
const GERMAN =
	'Der Cluster Exemplia Mechanik ist ein Netzwerk von achtzig Unternehmen, die sich mit dem Recycling von Fasern beschäftigen. Die Mitglieder werden von der Region unterstützt und arbeiten auch mit den Hochschulen zusammen, um neue Verfahren für die Industrie zu entwickeln.';
const SPANISH =
	'El clúster Exemplia Mecánica reúne a ochenta empresas del valle ficticio y apoya sus proyectos con la agencia regional. Este año los miembros han trabajado en el reciclaje de las fibras, que es una prioridad para la industria, y han formado a cuarenta aprendices con el apoyo de las escuelas.';

/** The refusal a text gets. */
function refusal(text: string): DocumentInputError {
	try {
		checkDocumentText(text);
	} catch (caught) {
		expect(caught).toBeInstanceOf(DocumentInputError);
		return caught as DocumentInputError;
	}
	throw new Error('the text was accepted');
}

describe('checkDocumentText', () => {
	it('accepts a French text, and a French one that quotes an English sentence', () => {
		expect(() => checkDocumentText(FRENCH)).not.toThrow();
		expect(() => checkDocumentText(`${FRENCH} Son slogan : « the future of the industry is here ». ${FRENCH}`)).not.toThrow();
	});

	it('refuses a text in English, German or Spanish, 422, naming the language', () => {
		for (const [text, language] of [
			[ENGLISH, 'anglais'],
			[GERMAN, 'allemand'],
			[SPANISH, 'espagnol']
		]) {
			const error = refusal(text);
			expect([error.field, error.status]).toEqual(['text', 422]);
			expect(error.message).toBe(`le texte semble être en ${language} : Maillage lit les documents en français`);
		}
	});

	it('accepts a short text whatever its language: under 30 words, it cannot be judged', () => {
		expect(() => checkDocumentText('The cluster of the valley is a network of the companies of the region.')).not.toThrow();
	});

	it('refuses a text under 20 characters, 400', () => {
		const error = refusal('  Fictivia SAS  ');
		expect([error.field, error.status, error.message]).toEqual([
			'text',
			400,
			'le texte est trop court pour être lu (20 caractères au moins)'
		]);
	});

	it('refuses a text longer than the longest read, 413', () => {
		const error = refusal('Le cluster Exemplia. '.repeat(Math.ceil(DOCUMENT_MAX_CHARACTERS / 20)));
		expect([error.field, error.status]).toEqual(['text', 413]);
		expect(error.message).toMatch(/^le texte dépasse 1\s000\s000 caractères/);
	});

	it('refuses a text made of control characters', () => {
		expect(refusal(`Exemplia ${'\u0001\u0002\uFFFD'.repeat(10)}`).message).toBe('le texte ne contient pas de texte lisible');
	});
});

describe('functionWordCounts', () => {
	it('counts French elisions as French function words, and words two languages share for none', () => {
		const { words, counts } = functionWordCounts('l’entreprise d’Exemplia la de en que');
		expect(words).toBe(6);
		expect(counts).toEqual({ fr: 2, en: 0, de: 0, es: 0, it: 0 });
	});

	it('tells Italian', () => {
		expect(
			foreignLanguage(
				'Il cluster Exemplia Meccanica riunisce ottanta imprese della valle fittizia e sostiene i loro progetti con la regione. Questo anno i membri hanno lavorato sul riciclo delle fibre, che è una priorità per la industria, e sono stati formati quaranta apprendisti nella scuola.'
			)
		).toBe('it');
	});
});
