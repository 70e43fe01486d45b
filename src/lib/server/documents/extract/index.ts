/**
 * PLACEHOLDER until the extraction module lands: plain text only. Replaced by the real one.
 */
export class DocumentInputError extends Error {
	override name = 'DocumentInputError';
	constructor(
		readonly field: string,
		message: string,
		readonly status = 400
	) {
		super(message);
	}
}

export async function extractDocument(
	fileName: string,
	bytes: Uint8Array
): Promise<{ text: string; title?: string; format: 'pdf' | 'html' | 'docx' | 'txt' }> {
	if (!fileName.toLowerCase().endsWith('.txt')) throw new DocumentInputError('file', 'seuls les fichiers texte sont lus pour l’instant');
	return { text: new TextDecoder().decode(bytes), format: 'txt' };
}

export function checkDocumentText(text: string): void {
	if (text.trim().length < 20) throw new DocumentInputError('text', 'le texte est trop court pour être lu (20 caractères au moins)');
}
