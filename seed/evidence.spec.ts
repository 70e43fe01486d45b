import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findEvidenceMismatches } from './evidence';
import type { GraphRows } from './rows';

const rows = (excerpt: string): GraphRows => ({
	entities: [],
	relationships: [{ type: 'ANIMATES', from: 'a', to: 'b', properties: { sources: ['doc#§1'], evidence: [excerpt] } }]
});

const directories: string[] = [];
async function folder(): Promise<string> {
	const directory = await mkdtemp(path.join(tmpdir(), 'maillage-evidence-'));
	directories.push(directory);
	return directory;
}
afterEach(async () => {
	for (const directory of directories.splice(0)) await rm(directory, { recursive: true, force: true });
});

describe('findEvidenceMismatches', () => {
	it('accepts excerpts cut with "…" and typographic quotes or spaces that differ', async () => {
		const directory = await folder();
		await writeFile(
			path.join(directory, 'doc.txt'),
			'Créé en 2017, l’Ecosystem Cléon 4.0,\nun projet né de l’initiative de Renault Cléon.'
		);
		const documents = new Map([['doc', 'doc.txt']]);
		expect(await findEvidenceMismatches(rows("Créé en 2017, l'Ecosystem Cléon 4.0…de Renault Cléon"), documents, directory)).toEqual([]);
	});

	it('reports an excerpt the document does not contain', async () => {
		const directory = await folder();
		await writeFile(path.join(directory, 'doc.txt'), 'Le pôle anime le projet.');
		const mismatches = await findEvidenceMismatches(rows('Le pôle finance le projet.'), new Map([['doc', 'doc.txt']]), directory);
		expect(mismatches).toEqual([{ relationship: 'a -ANIMATES-> b', sourceId: 'doc', excerpt: 'Le pôle finance le projet.' }]);
	});
});
