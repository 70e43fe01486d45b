import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runCli } from '$lib/server/console';

/** The test database, as the command reads it with --test. */
function environment(): Record<string, string> {
	const { uri, user, password } = inject('neo4jTest');
	return { NEO4J_TEST_URI: uri, NEO4J_TEST_USER: user, NEO4J_TEST_PASSWORD: password };
}

async function run(...args: string[]) {
	let out = '';
	let err = '';
	const code = await runCli([...args, '--test'], environment(), { out: (text) => void (out += text), err: (text) => void (err += text) });
	return { code, out, err };
}

let folder: string;
beforeAll(async () => {
	folder = await mkdtemp(path.join(tmpdir(), 'maillage-query-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

async function file(name: string, text: string): Promise<string> {
	const at = path.join(folder, name);
	await writeFile(at, text);
	return at;
}

describe('npm run query', () => {
	it('runs a saved query with typed parameters and prints CSV', async () => {
		const { code, out, err } = await run(
			'cypher/queries/list-territory-epcis.cypher',
			'--param',
			'territory=ti-2023-2027-2802',
			'--format',
			'csv'
		);
		expect(code).toBe(0);
		const [header, ...lines] = out.trim().split('\r\n');
		expect(header).toBe('epciName,siren,population,communes,epci');
		// The EPCI node, last column, is written as its entity id for joins in R or a spreadsheet.
		expect(lines.every((line) => /,epci-\d+$/.test(line))).toBe(true);
		expect(lines.some((line) => line.startsWith('Métropole Rouen Normandie,'))).toBe(true);
		expect(err).toMatch(/^\d+ rows in \d+ ms/);
	});

	it('prints the same JSON as the API, reading untyped parameters as JSON', async () => {
		const query = await file('ids.cypher', 'MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id ORDER BY id LIMIT $limit');
		const { code, out } = await run(query, '--param', 'ids=["ademe","anct"]', '--param', 'limit=1', '--format', 'json');
		expect(code).toBe(0);
		expect(JSON.parse(out)).toMatchObject({ columns: ['id'], rows: [{ id: 'ademe' }], truncated: false });
	});

	it('prints an aligned table by default', async () => {
		const { code, out } = await run('cypher/queries/rank-funders-by-amount.cypher');
		expect(code).toBe(0);
		const lines = out.trim().split('\n');
		expect(lines[0]).toMatch(/^funderName\s+programmeName\s+amountEur\s+projects\s+projectNames$/);
		expect(lines[1]).toMatch(/^─+/);
		expect(lines[2]).toMatch(/^ADEME\s+23600000\s+1\s+DKarbonation/);
	});

	it('refuses a write with the rule that caught it, exit code 1, and changes nothing', async () => {
		const query = await file('write.cypher', "MATCH (n:Cluster) SET n.name = 'Piraté' RETURN n");
		const { code, err } = await run(query);
		expect(code).toBe(1);
		expect(err).toContain(`${query}: refused (write)`);
		const check = await run(
			await file('check.cypher', "MATCH (n:Cluster) WHERE n.name = 'Piraté' RETURN count(n) AS hacked"),
			'--format',
			'json'
		);
		expect(JSON.parse(check.out).rows).toEqual([{ hacked: 0 }]);
	});

	it('names the file and what was wrong: missing file, bad parameter, bad format (exit code 2)', async () => {
		const missing = await run(path.join(folder, 'nowhere.cypher'));
		expect(missing.code).toBe(2);
		expect(missing.err).toMatch(/nowhere\.cypher: cannot read it \(ENOENT\)/);
		const badParam = await run('cypher/queries/rank-theme-cooccurrences.cypher', '--param', 'minProjects=zero');
		expect(badParam.code).toBe(2);
		expect(badParam.err).toMatch(/rank-theme-cooccurrences\.cypher: paramètre « minProjects » : /);
		const badFormat = await run('cypher/queries/rank-theme-cooccurrences.cypher', '--format', 'xml');
		expect(badFormat).toMatchObject({ code: 2, err: expect.stringContaining('--format: "xml" is not one of table, csv, json') });
	});

	it('reports invalid Cypher in French, with Neo4j’s code and the position in the file', async () => {
		const { code, err } = await run(await file('typo.cypher', 'MATCH (n) RETRUN n'));
		expect(code).toBe(1);
		expect(err).toContain(
			"typo.cypher: Cypher invalide (Neo.ClientError.Statement.SyntaxError) — Erreur de syntaxe : « RETRUN » n'est pas attendu ici (ligne 1, colonne 11)."
		);
	});
});
