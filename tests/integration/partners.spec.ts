import { isHttpError } from '@sveltejs/kit';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { partnersRequestSchema, partnersResponseSchema, type PartnersResponse } from '$lib/domain/partners';
import { cypher } from '$lib/server/db/cypher';
import * as partners from '$lib/server/partners';
import { connectTestDatabase } from './database';

// The routes read the app's database: here, the test one.
vi.mock('$lib/server/db/database', async () => {
	const { connectTestDatabase } = await import('./database');
	const shared = connectTestDatabase();
	return { database: () => shared, closeDatabase: () => shared.close() };
});
const { POST: postPartners } = await import('../../src/routes/api/partners/+server');
const { POST: postRecognise } = await import('../../src/routes/api/partners/recognise/+server');

const database = connectTestDatabase();
afterAll(async () => {
	await database.close();
	await (await import('$lib/server/db/database')).closeDatabase();
});

const suggest = async (
	input: Record<string, unknown>,
	options: { locale?: 'fr' | 'en'; ignored?: string[] } = {}
): Promise<PartnersResponse> =>
	partnersResponseSchema.parse(
		await partners.suggestPartners(database, partnersRequestSchema.parse(input), { locale: options.locale ?? 'fr', ...options })
	);

const fresh = (response: PartnersResponse) => response.candidates.filter((candidate) => !candidate.alreadyPartner);

let calls = 0;

/** Calls a route handler as SvelteKit would; returns the status and the JSON body, errors included. */
async function call(
	handler: (event: never) => Response | Promise<Response>,
	body: string
): Promise<{ status: number; body: Record<string, unknown> }> {
	const request = new Request('http://localhost/api/partners', { method: 'POST', body, headers: { 'content-type': 'application/json' } });
	try {
		// Each call from its own address: these tests are about the answers, not the per-client rate limit.
		const client = `192.0.2.${++calls % 250}`;
		const response = await handler({ request, locals: { locale: 'fr' }, getClientAddress: () => client } as never);
		return { status: response.status, body: await response.json() };
	} catch (caught) {
		if (isHttpError(caught)) return { status: caught.status, body: caught.body as unknown as Record<string, unknown> };
		throw caught;
	}
}

describe('reading a description', () => {
	it('recognises water reuse and Bretagne in a French sentence, with the words that named them', async () => {
		const { status, body } = await call(postRecognise, JSON.stringify({ text: 'Réutilisation des eaux industrielles en Bretagne' }));
		expect(status).toBe(200);
		expect(body.themes).toEqual([
			expect.objectContaining({ id: 'reutilisation-des-eaux', kind: 'Theme', matched: ['Réutilisation des eaux'] })
		]);
		expect(body.places).toEqual([expect.objectContaining({ id: 'region-53', kind: 'Region', matched: ['Bretagne'] })]);
	});

	it('finds a commune through the full-text index, accents aside', async () => {
		const found = await partners.recognise(database, 'Un atelier de décarbonation à Cleon', 'fr');
		expect(found.places.map((place) => place.id)).toEqual(['commune-76178']);
		expect(found.themes.map((theme) => theme.id)).toEqual(['decarbonation']);
	});
});

describe('suggesting partners', () => {
	it('puts Brit’Inov first for water reuse: it pilots ReUse, which the study names', async () => {
		const response = await suggest({ text: 'réutilisation des eaux de l’industrie' });
		const [first] = fresh(response);
		expect(first.id).toBe('brit-inov');
		expect(first.reasons.join(' ')).toContain('ReUse');
		expect(first.evidence.edges).toContainEqual(
			expect.objectContaining({ id: 'PARTICIPATES_IN:brit-inov->reuse-baie-d-armor', role: 'pilot' })
		);
		expect(first.evidence.nodes[0].id).toBe('brit-inov');
		expect(first.sources.some((source) => source.startsWith('clusters-territoires-industrie#'))).toBe(true);
		expect(response.documents).toContainEqual(
			expect.objectContaining({ id: 'clusters-territoires-industrie', title: expect.stringContaining('OSER') })
		);
	});

	it('finds the hydrogen actors the documents name, and ADEME’s 23.6 M€ for DKarbonation among the funders', async () => {
		const response = await suggest({ themes: ['hydrogene'], limit: 30 });
		const ids = fresh(response).map((candidate) => candidate.id);
		expect(ids).toEqual(expect.arrayContaining(['tenerrdis', 'h2v', 'axelera']));
		expect(ids.indexOf('tenerrdis')).toBeLessThan(
			ids.indexOf('ecosystem-cleon-4-0') === -1 ? Infinity : ids.indexOf('ecosystem-cleon-4-0')
		);
		const ademe = response.funders.find((funder) => funder.id === 'ademe');
		expect(ademe?.projects).toContainEqual(expect.objectContaining({ id: 'dkarbonation', amountEur: 23_600_000 }));
		expect(ademe?.totalAmountEur).toBe(23_600_000);
		expect(ademe?.reasons.join(' ')).toMatch(/DKarbonation \(23,6\s?M€\s?; thème\s?: hydrogène\)/);
	});

	it('gives every score as the weighted sum of its breakdown', async () => {
		const response = await suggest({ text: 'hydrogène et décarbonation', self: 'tenerrdis' });
		expect(response.candidates.length).toBeGreaterThan(3);
		for (const candidate of response.candidates) {
			const sum = Object.entries(partners.scoreWeights).reduce(
				(total, [component, weight]) => total + weight * candidate.breakdown[component as keyof typeof candidate.breakdown],
				0
			);
			expect(candidate.score, candidate.id).toBeCloseTo(sum, 4);
		}
		const scores = fresh(response).map((candidate) => candidate.score);
		expect(scores).toEqual([...scores].sort((a, b) => b - a));
	});

	it('sets apart the actors that already work with "who we are", after the others', async () => {
		const response = await suggest({ themes: ['autoconsommation-photovoltaique'], self: 'tenerrdis' });
		const bievre = response.candidates.find((candidate) => candidate.id === 'epci-200059392');
		expect(bievre).toMatchObject({ alreadyPartner: true });
		expect(bievre?.reasons[0]).toMatch(/^Déjà partenaire : .*Autoconsommation collective/);
		const firstKnown = response.candidates.findIndex((candidate) => candidate.alreadyPartner);
		expect(response.candidates.slice(firstKnown).every((candidate) => candidate.alreadyPartner)).toBe(true);
		expect(response.candidates.some((candidate) => candidate.id === 'tenerrdis')).toBe(false);
	});

	it('measures closeness through Dix7, not through the Brit’Inov–Baie d’Armor collaboration the source says is not in effect', async () => {
		// An intercommunalité is a partner when public bodies are asked for; without themes asked,
		// one sharing none with Brit'Inov is listed for its network.
		const response = await suggest({ self: 'brit-inov', kinds: ['PublicBody', 'Cluster'], limit: 50 });
		const territoryPartner = response.candidates.find((candidate) => candidate.id === 'epci-200069391');
		expect(territoryPartner?.breakdown.network).toBeGreaterThan(0);
		expect(territoryPartner?.reasons.join(' ')).not.toMatch(/Relié à Brit'Inov par Baie d'Armor Industrie/);
		expect(territoryPartner?.alreadyPartner).toBe(false);
	});

	it('keeps to the pôles de compétitivité when only pôles are asked for, each named as a pôle', async () => {
		const response = await suggest({ themes: ['hydrogene', 'energies-renouvelables'], kinds: ['Pole'] });
		expect(response.candidates.length).toBeGreaterThan(0);
		expect(
			response.candidates.every((candidate) => candidate.kind === 'Cluster' && candidate.clusterKind === 'pole-de-competitivite')
		).toBe(true);
		const clusters = await suggest({ themes: ['hydrogene', 'energies-renouvelables'], kinds: ['Cluster'] });
		expect(clusters.candidates.length).toBeGreaterThanOrEqual(response.candidates.length);
	});

	it('keeps to the kinds of partner asked for', async () => {
		const response = await suggest({ themes: ['hydrogene', 'decarbonation'], kinds: ['Company'] });
		expect(response.candidates.length).toBeGreaterThan(0);
		expect(response.candidates.every((candidate) => candidate.kind === 'Company')).toBe(true);
	});

	it('scores the place asked for: in the Territoire d’industrie Baie d’Armor Industrie', async () => {
		const response = await suggest({ themes: ['innovation'], place: 'ti-2023-2027-5301', kinds: ['PublicBody'] });
		const lamballe = response.candidates.find((candidate) => candidate.id === 'epci-200069391');
		expect(lamballe?.breakdown.geography).toBe(1);
		expect(response.recognised.places).toEqual([expect.objectContaining({ id: 'ti-2023-2027-5301', matched: [] })]);
	});

	it('speaks English when asked', async () => {
		const [first] = fresh(await suggest({ themes: ['reutilisation-des-eaux'] }, { locale: 'en' }));
		expect(first.reasons.join(' ')).toMatch(/ReUse \(theme: water reuse\)/);
	});

	it('leaves out the relationships it is told to ignore, without touching the graph', async () => {
		const [participation] = await database.read(
			"MATCH (:Entity {id: 'brit-inov'})-[link:PARTICIPATES_IN]->(:Entity {id: 'reuse-baie-d-armor'}) RETURN elementId(link) AS id"
		);
		const hidden = await suggest(
			{ themes: ['reutilisation-des-eaux'], self: 'reuse-baie-d-armor' },
			{ ignored: [String(participation.id)] }
		);
		const britInov = hidden.candidates.find((candidate) => candidate.id === 'brit-inov');
		expect(britInov?.alreadyPartner).toBe(false);
		expect(britInov?.evidence.edges.map((edge) => edge.id)).not.toContain('PARTICIPATES_IN:brit-inov->reuse-baie-d-armor');
		const shown = await suggest({ themes: ['reutilisation-des-eaux'], self: 'reuse-baie-d-armor' });
		expect(shown.candidates.find((candidate) => candidate.id === 'brit-inov')?.alreadyPartner).toBe(true);
	});
});

describe('POST /api/partners', () => {
	it('answers 200 with candidates and funders', async () => {
		const { status, body } = await call(postPartners, JSON.stringify({ text: 'Hydrogène vert', limit: 5 }));
		expect(status).toBe(200);
		expect(partnersResponseSchema.parse(body).candidates.length).toBeGreaterThan(0);
	});

	it('answers 400 naming an unknown theme', async () => {
		const { status, body } = await call(postPartners, JSON.stringify({ themes: ['hydrogene', 'hydrogene-lunaire'] }));
		expect(status).toBe(400);
		expect(body).toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/champ « themes\[1\] » : .*hydrogene-lunaire/) });
	});

	it('answers 400 naming an unknown place, and one that is not a place', async () => {
		for (const place of ['commune-00000', 'hydrogene']) {
			const { status, body } = await call(postPartners, JSON.stringify({ themes: ['hydrogene'], place }));
			expect(status).toBe(400);
			expect(body.message).toMatch(new RegExp(`champ « place » : .*${place}`));
		}
	});

	it('answers 400 naming an unknown "who we are", and one that cannot be', async () => {
		const unknown = await call(postPartners, JSON.stringify({ self: 'nexiste-pas' }));
		expect(unknown.status).toBe(400);
		expect(unknown.body.message).toMatch(/champ « self » : .*nexiste-pas/);
		const theme = await call(postPartners, JSON.stringify({ self: 'hydrogene' }));
		expect(theme.body.message).toMatch(/champ « self » : .*hydrogene/);
	});

	it('answers 400 naming the field of a bad body, and a body that is not JSON', async () => {
		const bad = await call(postPartners, JSON.stringify({ themes: ['hydrogene'], limit: 0, kinds: ['Startup'] }));
		expect(bad.status).toBe(400);
		expect(bad.body.message).toMatch(/limit/);
		expect(bad.body.message).toMatch(/champ « kinds\[0\] »/);
		const empty = await call(postPartners, JSON.stringify({}));
		expect(empty.body.message).toMatch(/champ « text » : décrivez le projet/);
		const broken = await call(postPartners, '{"themes": [');
		expect(broken).toMatchObject({ status: 400, body: { code: 'invalid-input' } });
	});

	it('answers 400 to an empty text to recognise', async () => {
		const { status, body } = await call(postRecognise, JSON.stringify({ text: '   ' }));
		expect(status).toBe(400);
		expect(body.message).toMatch(/text/);
	});
});

describe('the evaluation’s statements', () => {
	it('list every participation of an actor with its element id, and the curated links', async () => {
		const participations = await database.read(cypher('partners/list-participations'));
		expect(participations).toContainEqual(expect.objectContaining({ actor: 'brit-inov', project: 'reuse-baie-d-armor', role: 'pilot' }));
		expect(participations.every((row) => typeof row.link === 'string')).toBe(true);
		const [curated] = await database.read(cypher('partners/list-curated-links'));
		const links = curated.links as { source: string; target: string }[];
		expect(links).toContainEqual(expect.objectContaining({ source: 'brit-inov', target: 'reuse-baie-d-armor' }));
		expect(links.some((link) => link.source.startsWith('commune-') || link.target.startsWith('commune-'))).toBe(false);
	});
});

describe('where the projects took place', () => {
	it('says a project was only replicated in the territory asked for, read from the facts ranking uses', async () => {
		const response = await suggest({ themes: ['autoconsommation-photovoltaique'], place: 'ti-2023-2027-8411' });
		const tenerrdis = response.candidates.find((candidate) => candidate.id === 'tenerrdis');
		expect(tenerrdis?.breakdown.geography).toBeGreaterThan(0);
		expect(tenerrdis?.reasons.join(' ')).toMatch(/Autoconsommation collective[^.]*, répliqué /);
	});
});

describe('answers that make sense to a person of the trade', () => {
	it('lists no new partner without a theme in common, nor an intercommunalité unless public bodies are asked for', async () => {
		const response = await suggest({
			text: 'Recyclage des matériaux composites pour la filière nautique en Nouvelle-Aquitaine',
			limit: 20
		});
		const listed = fresh(response);
		expect(listed.length).toBeGreaterThan(0);
		expect(listed.every((candidate) => candidate.breakdown.theme > 0)).toBe(true);
		expect(listed.filter((candidate) => ['EPCI', 'Commune', 'Department', 'Region'].includes(candidate.kind))).toEqual([]);
		// First before, explained by « pharmacie » and « agroalimentaire », siblings of « nautique et naval ».
		const firstFive = listed.slice(0, 5).map((candidate) => candidate.id);
		expect(firstFive).not.toContain('ecosystem-cleon-4-0');
		expect(firstFive).not.toContain('brit-inov');
		const publicBodies = fresh(
			await suggest({
				text: 'Recyclage des matériaux composites pour la filière nautique en Nouvelle-Aquitaine',
				kinds: ['PublicBody'],
				limit: 20
			})
		);
		expect(publicBodies.every((candidate) => candidate.breakdown.theme > 0)).toBe(true);
	});

	it('reads the words of a description that names no theme in the descriptions of the graph, and says so', async () => {
		const response = await suggest({ text: 'Pièces techniques en caoutchouc', limit: 10 });
		expect(response.recognised.themes).toEqual([]);
		const listed = fresh(response);
		// The pôle whose description speaks of rubber, found by that word alone.
		expect(listed[0]).toMatchObject({ id: 'polymeris' });
		expect(listed[0].breakdown.theme).toBe(1);
		expect(listed[0].reasons).toContain('Sa description parle de «\u00a0caoutchouc\u00a0».');
		// Only those the words found: a description names its partners, it does not list everyone.
		expect(
			listed.every((candidate) => candidate.breakdown.theme > 0 && candidate.reasons.some((reason) => reason.includes('description')))
		).toBe(true);
		// Words found nowhere: nothing, rather than anyone.
		expect(fresh(await suggest({ text: 'Fabrication de xylophones fictivissimes', limit: 10 }))).toEqual([]);
		// The page sends the words apart from its chips: the same search.
		expect(fresh(await suggest({ words: 'Pièces techniques en caoutchouc', limit: 10 }))[0]).toMatchObject({ id: 'polymeris' });
	});
});
