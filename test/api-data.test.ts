import { beforeAll, describe, expect, it } from 'vitest';
import { createApp, rebuildMatcher } from '../src/api/index.js';
import { getJson, loadApiFixture, postJson, type ApiFixture } from './api-app.js';

describe('entities, catalog, health, docs and updates over HTTP', () => {
  let api: ApiFixture;
  beforeAll(async () => {
    api = await loadApiFixture({ build: false });
  });

  it('/readyz is 503 until the matcher is built, /healthz answers all along', async () => {
    expect(await getJson(api.app, '/healthz')).toEqual({ status: 200, json: { status: 'ok' } });
    const before = await getJson(api.app, '/readyz');
    expect(before.status).toBe(503);
    expect(before.json.detail).toMatch(/not loaded yet/);
    expect((await postJson(api.app, '/match/default', { queries: { q: { schema: 'Person', properties: { name: ['A B'] } } } })).status).toBe(503);
    await rebuildMatcher(api.ctx);
    expect(await getJson(api.app, '/readyz')).toEqual({ status: 200, json: { status: 'ok' } });
  });

  it('/entities/ofac-22543 is the Wagner entry, nested with its sanction and links', async () => {
    const { status, json } = await getJson(api.app, '/entities/ofac-22543');
    expect(status).toBe(200);
    expect(json).toMatchObject({ id: 'ofac-22543', schema: 'Organization', caption: "PRIVATE MILITARY COMPANY 'WAGNER'", datasets: ['us_ofac_sdn'], target: true });
    expect(json.properties.program).toEqual(['TCO', 'UKRAINE-EO13660', 'CAR', 'RUSSIA-EO14024']);
    expect(json.properties.sanctions).toHaveLength(1);
    expect(json.properties.sanctions[0]).toMatchObject({ id: 'ofac-22543-sanction', schema: 'Sanction', properties: { authority: ['Office of Foreign Assets Control'], entity: ['ofac-22543'] } });
    // "Linked To: PRIVATE MILITARY COMPANY 'WAGNER'" records point at it; each shows who is at the other end.
    const links = json.properties.unknownLinkObject;
    expect(links.map((l: { id: string }) => l.id)).toContain('ofac-link-22544-22543');
    const link = links.find((l: { id: string }) => l.id === 'ofac-link-22544-22543');
    expect(link.properties.subject[0]).toMatchObject({ id: 'ofac-22544', schema: expect.any(String) });
    expect(link.properties.object).toEqual(['ofac-22543']);
    const flat = await getJson(api.app, '/entities/ofac-22543?nested=false');
    expect(flat.json.properties.sanctions).toBeUndefined();
    expect((await getJson(api.app, '/entities/ofac-22543?nested=maybe')).status).toBe(422);
  });

  it('an id merged into another entity (FtM referents) redirects to it', async () => {
    // zala/entities.ftm.json: NK-2Tbri3s6GgNtAwsSXh4qpL lists ua-nsdc-26852-zaharova-maria-oleksandrivna among its referents.
    const res = await api.app.request('/entities/ua-nsdc-26852-zaharova-maria-oleksandrivna?nested=false');
    expect(res.status).toBe(308);
    expect(res.headers.get('location')).toBe('/entities/NK-2Tbri3s6GgNtAwsSXh4qpL?nested=false');
    const { json } = await getJson(api.app, '/entities/NK-2Tbri3s6GgNtAwsSXh4qpL?nested=false');
    expect(json.referents).toContain('ua-nsdc-26852-zaharova-maria-oleksandrivna');
  });

  it('unknown entities are 404 with a detail, on every entity route', async () => {
    for (const path of ['/entities/ofac-0', '/entities/ofac-0/adjacent', '/entities/ofac-0/history']) {
      const { status, json } = await getJson(api.app, path);
      expect(status).toBe(404);
      expect(json).toEqual({ detail: 'entity: no entity with id "ofac-0"' });
    }
    expect((await getJson(api.app, '/no/such/route')).status).toBe(404);
  });

  it('/entities/{id}/adjacent groups neighbours by property, paged', async () => {
    const { json } = await getJson(api.app, '/entities/ofac-22543/adjacent?limit=1');
    expect(json.entity.id).toBe('ofac-22543');
    expect(json.adjacent.sanctions).toMatchObject({ total: { value: 1, relation: 'eq' }, limit: 1, offset: 0 });
    expect(json.adjacent.unknownLinkObject.results).toHaveLength(1);
    expect(json.adjacent.unknownLinkObject.total.value).toBeGreaterThanOrEqual(3);
  });

  it('/entities/{id}/history lists the first load', async () => {
    const { json } = await getJson(api.app, '/entities/ofac-22543/history');
    expect(json.entity_id).toBe('ofac-22543');
    expect(json.changes).toHaveLength(1);
    expect(json.changes[0]).toMatchObject({ source: 'us_ofac_sdn', kind: 'added', entity_id: 'ofac-22543', schema: 'Organization' });
  });

  it('/catalog lists default, sanctions and every source with counts', async () => {
    const { json } = await getJson(api.app, '/catalog');
    const names = json.datasets.map((d: { name: string }) => d.name);
    expect(names).toEqual(['default', 'sanctions', 'eu_journal_sanctions', 'gb_fcdo_sanctions', 'ru_zala_ftm', 'un_sc_sanctions', 'us_ofac_cons', 'us_ofac_sdn']);
    const sdn = json.datasets.find((d: { name: string }) => d.name === 'us_ofac_sdn');
    expect(sdn).toMatchObject({ title: 'OFAC SDN List (2024-05-03 sdn.csv; alt.csv and add.csv of 2026-06)', type: 'source', target_count: 14965, load: true, index_current: true });
    const sanctions = json.datasets.find((d: { name: string }) => d.name === 'sanctions');
    expect(sanctions.children).not.toContain('ru_zala_ftm');
    expect(json.datasets[0].target_count).toBe(json.datasets.slice(2).reduce((n: number, d: { target_count: number }) => n + d.target_count, 0));
  });

  it('/algorithms has yente\'s shape and names', async () => {
    const { json } = await getJson(api.app, '/algorithms');
    expect(json.default).toBe('logic-v2');
    expect(json.best).toBe('logic-v2');
    expect(json.algorithms.map((a: { name: string }) => a.name)).toEqual(expect.arrayContaining(['logic-v1', 'logic-v2', 'name-based', 'regression-v1']));
    expect(json.algorithms[0].features.birthDate).toMatchObject({ coefficient: 0.08 });
  });

  it('/changes needs a date; only later changes come back', async () => {
    expect((await getJson(api.app, '/changes')).status).toBe(422);
    expect((await getJson(api.app, '/changes?since=yesterday')).json.detail).toMatch(/^query\.since: a date/);
    // Every source was loaded once: first loads are left out unless all=true.
    expect((await getJson(api.app, '/changes?since=2000-01-01')).json.changes).toEqual([]);
    const all = await getJson(api.app, '/changes?since=2000-01-01&all=true&limit=5');
    expect(all.json.changes).toHaveLength(5);
    expect((await getJson(api.app, '/changes?since=2999-01-01&all=true')).json.changes).toEqual([]);
  });

  it('/openapi.json documents every route of the app, with parameters and response schemas', async () => {
    const { json } = await getJson(api.app, '/openapi.json');
    expect(json.openapi).toBe('3.1.0');
    const routes = api.app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
    const documented = Object.entries(json.paths as Record<string, object>).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`));
    expect(new Set(documented)).toEqual(new Set(routes));
    const match = json.paths['/match/{dataset}'].post;
    expect(match.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['dataset', 'threshold', 'limit', 'algorithm', 'include_dataset', 'exclude_dataset', 'exclude_schema', 'topics', 'changed_since', 'exclude_entity_ids']),
    );
    expect(match.parameters.find((p: { name: string }) => p.name === 'topics').schema).toEqual({ type: 'array', items: { type: 'string' } });
    expect(match.responses['200'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/EntityMatchResponse' });
    expect(json.components.schemas.ScoredEntityResponse.properties.explanations).toBeDefined();
    const page = await api.app.request('/docs');
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const html = await page.text();
    expect(html).toContain('<code>/match/{dataset}</code>');
    expect(html).not.toMatch(/<script|https?:\/\/cdn/);
  });

  it('a request past its time limit is a 503', async () => {
    const slow = createApp({ ...api.ctx, limits: { ...api.ctx.limits, requestTimeoutMs: 1 } });
    const queries = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`q${i}`, { schema: 'Person', properties: { name: [`Mohammed Ali Hassan ${i}`] } }]));
    const { status, json } = await postJson(slow, '/match/default', { queries });
    expect(status).toBe(503);
    expect(json.detail).toMatch(/longer than 1 ms/);
  });

  it('POST /updatez?sync=true re-reads every source and swaps in a new matcher', async () => {
    const { status, json } = await postJson(api.app, '/updatez?sync=true', '');
    expect(status).toBe(200);
    expect(json.sources.map((s: { source: string; outcome: string }) => [s.source, s.outcome])).toEqual(api.ctx.config.sources.map((s) => [s.name, 'unchanged']));
    expect(json.matcher.size).toBe(30797);
    expect((await getJson(api.app, '/readyz')).status).toBe(200);
  });
});
