import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerWebRoutes } from '../src/api/routes/web.js';
import type { AppEnv } from '../src/api/context.js';
import { getJson, loadApiFixture, postJson, type ApiFixture } from './api-app.js';

/** POST /batch and its job routes over every list of config/shared-data.yml. */
describe('batch screening jobs', () => {
  let api: ApiFixture;

  beforeAll(async () => {
    api = await loadApiFixture();
  });
  afterAll(async () => {
    await api.ctx.store.close();
  });

  // The route reads the body as text whatever its content type.
  const upload = (csv: string, query = ''): ReturnType<typeof postJson> => postJson(api.app, `/batch${query}`, csv);

  async function finished(id: string): Promise<Record<string, unknown>> {
    for (let i = 0; i < 200; i++) {
      const { json } = await getJson(api.app, `/batch/${id}`);
      if (json.status !== 'running') return json;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`batch job ${id} still running`);
  }

  it('screens a CSV upload in the background and serves the results as CSV', async () => {
    const csv = 'customer_id,name,birth_date,nationality,shoe_size\nC-1,Vladimir Putin,1952-10-07,ru,44\nC-2,Wagner Group,,,\nC-3,Ivan,not a date,,\n';
    const { status, json } = await upload(csv);
    expect(status).toBe(202);
    expect(json).toMatchObject({ status: 'running', done: 0, total: 3, threshold: 0.7, warnings: ['ignored column(s) "shoe_size": no property to screen on'] });
    const job = await finished(json.id);
    expect(job).toMatchObject({ status: 'done', done: 3, total: 3, matched: 2, errors: 1 });
    expect(Date.parse(String(job['expires_at'])) - Date.parse(String(job['created_at']))).toBe(3_600_000);

    const res = await api.app.request(`/batch/${json.id}/results.csv`);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="vigil-batch-[0-9a-f]{8}\.csv"$/);
    const lines = (await res.text()).trim().split('\n');
    expect(lines).toHaveLength(4);
    // The EU's and the UK's listings both score 1 (each with the birth date OFAC gives): ties go by id.
    expect(lines[1]).toMatch(/^2,C-1,Vladimir Putin,true,1\.000,3,eu-32014R0269-I\.PERSONS-669,Vladimir Vladimirovich PUTIN,1\.000,eu_journal_sanctions,EU-UKR,/);
    // Seven matches, counted past the five results kept (limit).
    expect(lines[2]).toMatch(/^3,C-2,Wagner Group,true,1\.000,7,/);
    expect(lines[3]).toBe('4,C-3,,,,,,,,,,,,,,,,,,,,,,,"birth_date: not a date: ""not a date"""');
  });

  it('takes a type for every row and a threshold', async () => {
    const { json } = await upload('name\nWagner Group\n', '?type=organization&threshold=0.9');
    const job = await finished(json.id);
    expect(job).toMatchObject({ status: 'done', matched: 1, threshold: 0.9 });
    const text = await (await api.app.request(`/batch/${json.id}/results.csv`)).text();
    // As an organisation: the EU, UK and OFAC entries named "Wagner Group" (1.00); the PMC Wagner Centre's 0.83 is below 0.9.
    expect(text.split('\n')[1]).toMatch(/^2,,Wagner Group,true,1\.000,5,eu-32014R0269-I\.ENTITIES-210,/);
    // At the default threshold the Centre matches too: seven matches, counted past the five results kept (limit).
    const lower = await upload('name\nWagner Group\n', '?type=organization');
    await finished(lower.json.id);
    const lowerText = await (await api.app.request(`/batch/${lower.json.id}/results.csv`)).text();
    expect(lowerText.split('\n')[1]).toMatch(/^2,,Wagner Group,true,1\.000,7,/);
  });

  it('answers a bad upload, type, job id or early download with an error naming it', async () => {
    expect(await upload('')).toEqual({ status: 400, json: { detail: 'body: empty; send a CSV file with a header line' } });
    expect(await upload('name\n')).toEqual({ status: 400, json: { detail: 'body: a header but no rows to screen' } });
    expect((await upload('name\nX\n', '?type=planet')).json.detail).toBe('query.type: "planet" is not person, company, organization, vessel, aircraft or any');
    expect((await upload('name\nX\n', '?threshold=2')).status).toBe(422);
    expect(await getJson(api.app, '/batch/nope')).toEqual({ status: 404, json: { detail: 'batch job: no job with id "nope" (jobs expire after an hour)' } });
    const long = await upload(`name\n${'Ivan Petrov\n'.repeat(3000)}`);
    expect((await api.app.request(`/batch/${long.json.id}/results.csv`)).status).toBe(409);
    expect((await finished(long.json.id))['done']).toBe(3000);
    const big = `name\n${'A Name\n'.repeat(20_001)}`;
    expect((await upload(big)).json.detail).toBe('body: more than 20000 rows; split the file');
  });
});

describe('web app routes', () => {
  it('answers / with how to build the app when dist/web is missing, and leaves other paths alone', async () => {
    const app = new Hono<AppEnv>();
    registerWebRoutes(app, mkdtempSync(join(tmpdir(), 'vigil-no-web-')));
    app.get('/healthz', (c) => c.json({ status: 'ok' }));
    const root = await app.request('/');
    expect(root.status).toBe(200);
    expect(await root.text()).toMatch(/^The web app is not built: run `npm run build:web`/);
    expect((await app.request('/app/screen')).status).toBe(404);
    expect(await (await app.request('/healthz')).json()).toEqual({ status: 'ok' });
  });
});
