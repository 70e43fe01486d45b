import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { EntityKind } from '$lib/domain/model';
import { readCuratedSeed } from './curated';
import { formatProblem } from './problems';

const THEMES = `themes:
  - id: transition-ecologique
    fr: Transition écologique et énergétique
    en: Ecological and energy transition
  - id: decarbonation
    fr: Décarbonation
    en: Decarbonisation
    broader: transition-ecologique
`;

const DOCUMENT = `source:
  id: etude
  title: Une étude
  kind: study
nodes:
  - id: pole-a
    label: Cluster
    name: Pôle A
    properties:
      clusterKind: cluster
    sources:
      - section: Fiche 1
  - id: projet-b
    label: Project
    name: Projet B
    status: ongoing
    sources:
      - section: Fiche 1
relationships:
  - type: PARTICIPATES_IN
    from: pole-a
    to: projet-b
    role: lead
    section: Fiche 1
    evidence: Le pôle A porte le projet B.
  - type: ADDRESSES
    from: projet-b
    to: decarbonation
    section: Fiche 1
  - type: LOCATED_IN
    from: pole-a
    to: commune-76178
    section: Fiche 1
`;

const SHARED = `nodes:
  - id: ademe
    label: PublicBody
    name: ADEME
    funder: true
    sources:
      - { doc: etude, section: Fiche 1 }
`;

const openData = new Map<string, EntityKind>([
	['commune-76178', 'Commune'],
	['ti-2023-2027-0001', 'Territory']
]);
/** Every folder a test made (some make two), removed after it. */
const directories: string[] = [];

async function seedFolder(files: Record<string, string>): Promise<string> {
	const directory = await mkdtemp(path.join(tmpdir(), 'maillage-seed-'));
	directories.push(directory);
	await mkdir(path.join(directory, 'documents'));
	for (const [name, text] of Object.entries({
		'themes.yaml': THEMES,
		'documents/etude.yaml': DOCUMENT,
		'documents/shared.yaml': SHARED,
		...files
	})) {
		await writeFile(path.join(directory, name), text);
	}
	return directory;
}

async function problemsOf(files: Record<string, string>): Promise<string[]> {
	const seed = await readCuratedSeed(await seedFolder(files), 'seed', openData);
	return seed.problems.map(formatProblem);
}

afterEach(async () => {
	for (const directory of directories.splice(0)) await rm(directory, { recursive: true, force: true });
});

describe('readCuratedSeed', () => {
	it('turns valid files into rows with labels, citations and evidence', async () => {
		const seed = await readCuratedSeed(await seedFolder({}), 'seed', openData);
		expect(seed.problems).toEqual([]);
		const byId = new Map(seed.rows.entities.map((row) => [row.id, row]));
		expect(byId.get('pole-a')?.labels).toEqual(['Cluster', 'Actor']);
		expect(byId.get('ademe')?.labels).toEqual(['PublicBody', 'Actor', 'Funder']);
		expect(byId.get('pole-a')?.properties.sources).toEqual(['etude#Fiche 1']);
		expect(byId.get('etude')?.labels).toEqual(['Source']);
		expect(byId.get('decarbonation')?.properties).toMatchObject({ name: 'Décarbonation', nameEn: 'Decarbonisation' });
		const participation = seed.rows.relationships.find((row) => row.type === 'PARTICIPATES_IN');
		expect(participation).toMatchObject({
			from: 'pole-a',
			to: 'projet-b',
			properties: { role: 'lead', sources: ['etude#Fiche 1'], evidence: ['Le pôle A porte le projet B.'] }
		});
		expect(seed.rows.relationships.some((row) => row.type === 'BROADER' && row.from === 'decarbonation')).toBe(true);
		expect(seed.coverage.find((entry) => entry.sourceId === 'etude')?.entities).toContain('projet-b');
	});

	it('reports a missing id with its file, line and field', async () => {
		const problems = await problemsOf({ 'documents/etude.yaml': DOCUMENT.replace('  - id: pole-a\n', '  - \n') });
		expect(problems).toContainEqual(expect.stringMatching(/^seed\/documents\/etude\.yaml:7: nodes\[0\]\.id: /));
		// The rest of the file is still read: no knock-on "unknown node" or "unknown document" noise.
		expect(problems.filter((problem) => !problem.includes('nodes[0].id'))).toEqual([
			expect.stringMatching(/relationships\[\d\]\.from: no node has the id "pole-a"/),
			expect.stringMatching(/relationships\[\d\]\.from: no node has the id "pole-a"/)
		]);
	});

	it('reports an unknown label and lists the valid ones', async () => {
		const problems = await problemsOf({ 'documents/etude.yaml': DOCUMENT.replace('label: Cluster', 'label: Clusterr') });
		expect(problems).toContainEqual(expect.stringMatching(/etude\.yaml:7: nodes\[0\]\.label: .*Cluster/));
	});

	it('reports a dangling reference', async () => {
		const problems = await problemsOf({ 'documents/etude.yaml': DOCUMENT.replace('to: commune-76178', 'to: commune-99999') });
		expect(problems).toContainEqual(expect.stringMatching(/etude\.yaml:\d+: relationships\[2\]\.to: no node has the id "commune-99999"/));
	});

	it('reports a duplicate id across files, naming where it was first defined', async () => {
		const problems = await problemsOf({ 'documents/shared.yaml': SHARED.replace('id: ademe', 'id: pole-a') });
		expect(problems).toContainEqual(expect.stringMatching(/duplicate id "pole-a", already defined in seed\/documents\//));
	});

	it('reports a wrong type', async () => {
		const problems = await problemsOf({ 'documents/etude.yaml': DOCUMENT.replace('status: ongoing', 'startYear: "deux mille"') });
		expect(problems).toContainEqual(expect.stringMatching(/etude\.yaml:\d+: nodes\[1\]\.startYear: .*number/));
	});

	it('reports a relationship pointing at the wrong kind of node', async () => {
		const problems = await problemsOf({ 'documents/etude.yaml': DOCUMENT.replace('to: decarbonation', 'to: pole-a') });
		expect(problems).toContainEqual(expect.stringMatching(/ADDRESSES must point at Theme, but "pole-a" is a Cluster/));
	});

	it('requires evidence on stated relationships and a known participation role', async () => {
		const problems = await problemsOf({
			'documents/etude.yaml': DOCUMENT.replace('    evidence: Le pôle A porte le projet B.\n', '').replace('role: lead', 'role: chef')
		});
		expect(problems).toContainEqual(
			expect.stringMatching(/relationships\[0\]\.evidence: a PARTICIPATES_IN relationship needs an evidence excerpt/)
		);
		expect(problems).toContainEqual(expect.stringMatching(/relationships\[0\]\.role: role must be one of lead, pilot, coordinator/));
	});

	it('takes every role from a controlled list: actors on any link, people on ROLE_AT, with their title', async () => {
		const withLinks = (links: string) => ({ 'documents/etude.yaml': DOCUMENT + links });
		const person = `  - type: COLLABORATES_WITH
    from: pole-a
    to: ademe
    role: hébergeur
    section: Fiche 1
    evidence: Le pôle A porte le projet B.
  - type: ROLE_AT
    from: pole-a
    to: ademe
    role: head
    title: Président
    section: Fiche 1
    evidence: Le pôle A porte le projet B.
  - type: MEMBER_OF
    from: pole-a
    to: ademe
    role: host
    title: Hôte
    section: Fiche 1
    evidence: Le pôle A porte le projet B.
`;
		const problems = await problemsOf(withLinks(person));
		expect(problems).toContainEqual(expect.stringMatching(/relationships\[3\]\.role: role must be one of lead, pilot, .*host, initiator/));
		expect(problems).toContainEqual(expect.stringMatching(/relationships\[5\]\.title: only ROLE_AT carries a title/));
		expect(problems.filter((problem) => problem.includes('relationships[4]'))).toEqual([]);
		const wrongPerson = await problemsOf(withLinks(person.replace('role: head', 'role: partner')));
		expect(wrongPerson).toContainEqual(expect.stringMatching(/relationships\[4\]\.role: role must be one of head, deputy-head/));
	});

	it('refuses a programme that funds or is a funder: its operator funds through it', async () => {
		const programme = `  - id: programme-fictif
    label: Programme
    name: Programme fictif
    funder: true
    sources:
      - section: Fiche 1
`;
		const funds = (from: string, extra = '') => `  - type: FUNDS
    from: ${from}
    to: projet-b${extra}
    section: Fiche 1
    evidence: Le pôle A porte le projet B.
`;
		const document =
			DOCUMENT.replace('relationships:\n', `${programme}relationships:\n`) +
			funds('programme-fictif') +
			funds('ademe', '\n    programme: pole-a');
		expect(await problemsOf({ 'documents/etude.yaml': document })).toContainEqual(
			expect.stringMatching(/nodes\[2\]\.funder: a programme is not a funder/)
		);
		const problems = await problemsOf({ 'documents/etude.yaml': document.replace('    funder: true\n', '') });
		expect(problems).toContainEqual(
			expect.stringMatching(/relationships\[3\]\.from: a programme does not fund: "programme-fictif" is a Programme/)
		);
		expect(problems).toContainEqual(expect.stringMatching(/relationships\[4\]\.programme: "pole-a" is not a Programme/));
		const fine =
			DOCUMENT.replace('relationships:\n', `${programme.replace('    funder: true\n', '')}relationships:\n`) +
			funds('ademe', '\n    programme: programme-fictif');
		expect(await problemsOf({ 'documents/etude.yaml': fine })).toEqual([]);
	});

	it('keeps the status of a link the source states as not in effect, and refuses one outside the list', async () => {
		const prospect = DOCUMENT.replace(
			'    evidence: Le pôle A porte le projet B.\n',
			'    evidence: Le pôle A porte le projet B.\n    status: prospect\n'
		);
		const seed = await readCuratedSeed(await seedFolder({ 'documents/etude.yaml': prospect }), 'seed', openData);
		expect(seed.problems).toEqual([]);
		expect(seed.rows.relationships.find((row) => row.type === 'PARTICIPATES_IN')?.properties.status).toBe('prospect');
		const problems = await problemsOf({ 'documents/etude.yaml': prospect.replace('status: prospect', 'status: envisagé') });
		expect(problems).toContainEqual(expect.stringMatching(/relationships\[0\]\.status: .*prospect.*not-in-effect/));
	});

	it('lets a document add a stated fact to a Territoire d’industrie of the open data', async () => {
		const territory = `  - id: ti-2023-2027-0001\n    label: Territory\n    name: Territoire fictif\n    properties:\n      epciCount: 17\n    sources:\n      - section: Fiche 1\n`;
		const seed = await readCuratedSeed(
			await seedFolder({ 'documents/etude.yaml': DOCUMENT.replace('relationships:\n', `${territory}relationships:\n`) }),
			'seed',
			openData
		);
		expect(seed.problems).toEqual([]);
		expect(seed.rows.entities.find((row) => row.id === 'ti-2023-2027-0001')?.properties).toMatchObject({
			epciCount: 17,
			sources: ['etude#Fiche 1']
		});
	});

	it('reports YAML syntax errors with their line', async () => {
		const problems = await problemsOf({ 'documents/etude.yaml': DOCUMENT.replace('name: Pôle A', 'name: [Pôle A') });
		expect(problems[0]).toMatch(/etude\.yaml:\d+: \(syntax\): /);
	});

	it('reports every problem at once', async () => {
		const problems = await problemsOf({
			'documents/etude.yaml': DOCUMENT.replace('label: Cluster', 'label: X').replace('to: commune-76178', 'to: nulle-part'),
			'documents/shared.yaml': SHARED.replace('doc: etude', 'doc: inconnu')
		});
		expect(problems.length).toBeGreaterThanOrEqual(3);
	});

	it('merges one link stated by two documents into one relationship with two citations', async () => {
		const second = `source:\n  id: article\n  title: Un article\n  kind: article\nrelationships:\n  - type: PARTICIPATES_IN\n    from: pole-a\n    to: projet-b\n    role: lead\n    section: §2\n    evidence: Pôle A mène B.\n`;
		const seed = await readCuratedSeed(await seedFolder({ 'documents/article.yaml': second }), 'seed', openData);
		expect(seed.problems).toEqual([]);
		const links = seed.rows.relationships.filter((row) => row.type === 'PARTICIPATES_IN');
		expect(links).toHaveLength(1);
		expect(links[0].properties.sources).toEqual(['article#§2', 'etude#Fiche 1']);
		expect(links[0].properties.evidence).toEqual(['Pôle A mène B.', 'Le pôle A porte le projet B.']);
	});
});

describe('readCuratedSeed on randomly broken files (property-based)', () => {
	const valid = parse(DOCUMENT) as { nodes: Record<string, unknown>[]; relationships: Record<string, unknown>[] };
	const wrongValues = fc.oneof(
		fc.integer(),
		fc.boolean(),
		fc.constant(null),
		fc.array(fc.integer(), { maxLength: 2 }),
		fc.constant('Not A Slug!')
	);
	const breakage = fc.record({
		part: fc.constantFrom('nodes', 'relationships') as fc.Arbitrary<'nodes' | 'relationships'>,
		index: fc.nat(),
		field: fc.constantFrom('id', 'label', 'name', 'sources', 'type', 'from', 'to', 'section', 'evidence', 'role'),
		value: fc.option(wrongValues, { nil: undefined })
	});

	it('always reports precise problems (file, line, field) and never throws', async () => {
		await fc.assert(
			fc.asyncProperty(breakage, async ({ part, index, field, value }) => {
				const broken = structuredClone(valid);
				const entries = broken[part];
				const entry = entries[index % entries.length];
				if (!(field in entry) && value === undefined) return; // nothing to remove
				// Free-text fields accept any string: only a non-string breaks them.
				const freeText = ['name', 'section', 'evidence'].includes(field) || (field === 'role' && entry.type !== 'PARTICIPATES_IN');
				if (freeText && typeof value === 'string') return;
				if (value === undefined) delete entry[field];
				else entry[field] = value;
				const problems = await problemsOf({ 'documents/etude.yaml': stringify(broken) });
				if (field === 'evidence' && value === undefined && entry.type !== 'PARTICIPATES_IN') return; // optional there
				if (field === 'role' && value === undefined) return; // roles are optional
				expect(problems.length).toBeGreaterThan(0);
				for (const problem of problems) expect(problem).toMatch(/^seed\/documents\/\w+\.yaml:\d+: \S+: .+/);
			}),
			{ numRuns: 60 }
		);
	});
});
