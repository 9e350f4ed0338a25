import { beforeAll, describe, expect, it } from 'vitest';
import { getJson, loadApiFixture, postJson, type ApiFixture } from './api-app.js';

/** The example body of yente's /match documentation, with a person who is on our lists (EU, OFAC, UK). */
const YENTE_EXAMPLE = { queries: { q1: { schema: 'Person', properties: { name: ['Arkadiii Romanovich Rotenberg'], birthDate: ['1951'] } } } };

describe('POST /match/{dataset} on every real list', () => {
  let api: ApiFixture;
  beforeAll(async () => {
    api = await loadApiFixture();
  });

  it("answers yente's documented example in yente's response shape, field by field", async () => {
    const { status, json } = await postJson(api.app, '/match/default', YENTE_EXAMPLE);
    expect(status).toBe(200);
    expect(Object.keys(json).sort()).toEqual(['algorithm', 'limit', 'responses', 'threshold']);
    expect(json.limit).toBe(5);
    expect(json.threshold).toBe(0.7);
    expect(Object.keys(json.responses)).toEqual(['q1']);
    const q1 = json.responses.q1;
    expect(q1.status).toBe(200);
    expect(q1.query).toEqual({ schema: 'Person', properties: { name: ['Arkadiii Romanovich Rotenberg'], birthDate: ['1951'] } });
    expect(q1.total).toEqual({ value: expect.any(Number), relation: 'eq' });
    expect(q1.total.value).toBeGreaterThanOrEqual(q1.results.length);
    expect(q1.results.length).toBeLessThanOrEqual(5);
    const top = q1.results[0];
    expect(Object.keys(top).sort()).toEqual(
      ['caption', 'datasets', 'explanations', 'features', 'first_seen', 'id', 'last_change', 'last_seen', 'match', 'properties', 'referents', 'schema', 'score', 'target'].sort(),
    );
    expect(top).toMatchObject({ id: 'eu-32014R0269-I.PERSONS-92', caption: 'Arkady Romanovich ROTENBERG', schema: 'Person', datasets: ['eu_journal_sanctions'], referents: [], target: true, match: true });
    expect(top.properties.birthDate).toEqual(['1951-12-15']);
    expect(top.first_seen).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(top.score).toBeGreaterThan(0.9);
    expect(top.features).toEqual({ name: expect.any(Number), birthDate: 0.04 });
    expect(top.explanations.birthDate).toEqual({ score: 0.04, explanation: '"1951" ~ "1951-12-15": same year of birth' });
    // The same man on OFAC (16669) and on the UK list is also a match.
    const matched = q1.results.filter((r: { match: boolean }) => r.match).map((r: { id: string }) => r.id);
    expect(matched).toContain('ofac-16669');
    // Scores come best first.
    const scores = q1.results.map((r: { score: number }) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('finds the Wagner Group (Organization) on the OFAC, EU and UK lists', async () => {
    const { json } = await postJson(api.app, '/match/default?limit=20', { queries: { w: { schema: 'Organization', properties: { name: 'Wagner Group' } } } });
    const matched = json.responses.w.results.filter((r: { match: boolean }) => r.match).map((r: { id: string }) => r.id);
    // OFAC 22543 is "PRIVATE MILITARY COMPANY 'WAGNER'" in the 2024-05-03 file we load ("Wagner Group"
    // became its alias only in 2025): it matches on Wagner, the descriptors on either side weighing little.
    expect(matched).toEqual(expect.arrayContaining(['gb-RUS1090', 'eu-32020R1998-I.B-5', 'ofac-22543']));
    const person = await postJson(api.app, '/match/default?limit=20', { queries: { w: { schema: 'Person', properties: { name: 'Wagner Group' } } } });
    expect(person.json.responses.w.results.map((r: { id: string }) => r.id)).not.toContain('ofac-22543');
    const ofac = await postJson(api.app, '/match/default', { queries: { w: { schema: 'Organization', properties: { name: "Private Military Company 'Wagner'" } } } });
    expect(ofac.json.responses.w.results[0]).toMatchObject({ id: 'ofac-22543', match: true });
  });

  it('restricts /match/us_ofac_sdn to OFAC, and include/exclude_dataset filter results', async () => {
    const ofac = await postJson(api.app, '/match/us_ofac_sdn?limit=20', YENTE_EXAMPLE);
    const datasets = new Set(ofac.json.responses.q1.results.flatMap((r: { datasets: string[] }) => r.datasets));
    expect([...datasets]).toEqual(['us_ofac_sdn']);
    expect(ofac.json.responses.q1.results[0].id).toBe('ofac-16669');
    const excluded = await postJson(api.app, '/match/default?exclude_dataset=us_ofac_sdn&exclude_dataset=eu_journal_sanctions', YENTE_EXAMPLE);
    for (const r of excluded.json.responses.q1.results) expect(r.datasets).not.toContain('us_ofac_sdn');
    const ids = excluded.json.responses.q1.results.map((r: { id: string }) => r.id);
    expect(ids).not.toContain('ofac-16669');
    expect(ids).not.toContain('eu-32014R0269-I.PERSONS-92');
    const skipped = await postJson(api.app, '/match/default?exclude_entity_ids=ofac-16669', YENTE_EXAMPLE);
    expect(skipped.json.responses.q1.results.map((r: { id: string }) => r.id)).not.toContain('ofac-16669');
  });

  it("accepts yente's algorithm names and rejects others with the list", async () => {
    for (const name of ['logic-v1', 'logic-v2', 'name-based', 'name-qualified', 'regression-v1', 'best']) {
      expect((await postJson(api.app, `/match/default?algorithm=${name}`, YENTE_EXAMPLE)).status).toBe(200);
    }
    const bad = await postJson(api.app, '/match/default?algorithm=magic', YENTE_EXAMPLE);
    expect(bad.status).toBe(400);
    expect(bad.json.detail).toMatch(/^query\.algorithm: unknown algorithm "magic"; use one of .*logic-v2/);
  });

  it('keeps an innocent name below the threshold (negative)', async () => {
    const { json } = await postJson(api.app, '/match/default', { queries: { k: { schema: 'Person', properties: { name: ['Kathryn Barr'] } } } });
    expect(json.responses.k.results.filter((r: { match: boolean }) => r.match)).toEqual([]);
  });

  it('answers a batch of 1,000 queries, each under its own key', async () => {
    const queries = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`c${i}`, { schema: 'Person', properties: { name: [`Customer Number${i} Smith`] } }]));
    queries['c7'] = YENTE_EXAMPLE.queries.q1;
    const { status, json } = await postJson(api.app, '/match/default?limit=1', { queries });
    expect(status).toBe(200);
    expect(Object.keys(json.responses)).toHaveLength(1000);
    expect(json.responses.c7.results[0].match).toBe(true);
  });

  it('GET /search/default finds parties by name, with facets and paging', async () => {
    const { status, json } = await getJson(api.app, '/search/default?q=Wagner%20Group&limit=5');
    expect(status).toBe(200);
    expect(json.limit).toBe(5);
    expect(json.offset).toBe(0);
    expect(json.results).toHaveLength(5);
    expect(json.results.map((r: { id: string }) => r.id)).toEqual(expect.arrayContaining(['gb-RUS1090', 'eu-32020R1998-I.B-5']));
    expect(json.results[0].score).toBeGreaterThan(0.9);
    expect(Object.keys(json.facets).sort()).toEqual(['countries', 'datasets', 'topics']);
    expect(json.facets.datasets.values).toEqual(expect.arrayContaining([{ name: 'gb_fcdo_sanctions', label: 'UK Sanctions List (normalised tables, 2026-05)', count: expect.any(Number) }]));
    expect(json.facets.topics.values[0]).toMatchObject({ name: 'sanction', label: 'Sanctioned entity' });
    const page2 = await getJson(api.app, '/search/default?q=Wagner%20Group&limit=2&offset=3');
    expect(page2.json.results.map((r: { id: string }) => r.id)).toEqual(json.results.slice(3, 5).map((r: { id: string }) => r.id));
    const uk = await getJson(api.app, '/search/default?q=Wagner%20Group&datasets=gb_fcdo_sanctions');
    expect(new Set(uk.json.results.flatMap((r: { datasets: string[] }) => r.datasets))).toEqual(new Set(['gb_fcdo_sanctions']));
    expect((await getJson(api.app, '/search/default?q=')).status).toBe(400);
  });
});
