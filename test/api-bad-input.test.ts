import { beforeAll, describe, expect, it } from 'vitest';
import { loadApiFixture, postJson, type ApiFixture } from './api-app.js';

const person = (name: unknown) => ({ queries: { q: { schema: 'Person', properties: { name } } } });

describe('bad input to POST /match: 4xx naming the field, never a crash or a stall', () => {
  let api: ApiFixture;
  beforeAll(async () => {
    api = await loadApiFixture();
  });

  it('malformed JSON is a 400', async () => {
    const { status, json } = await postJson(api.app, '/match/default', '{"queries": {"q": ');
    expect(status).toBe(400);
    expect(json.detail).toMatch(/^body: not valid JSON \(/);
    expect((await postJson(api.app, '/match/default', '')).json.detail).toBe('body: empty; send a JSON object');
  });

  it('an unknown schema is a 400 listing the schemata; a missing schema is a 422', async () => {
    const unknown = await postJson(api.app, '/match/default', { queries: { q: { schema: 'Planet', properties: { name: ['Mars'] } } } });
    expect(unknown.status).toBe(400);
    expect(unknown.json.detail).toBe('body.queries.q.schema: "Planet" is not a schema that can be screened; use one of Thing, LegalEntity, Person, Organization, Company, PublicBody, Vessel, Airplane');
    const missing = await postJson(api.app, '/match/default', { queries: { q: { properties: { name: ['Mars'] } } } });
    expect(missing.status).toBe(422);
    expect(missing.json.detail).toMatch(/^body\.queries\.q\.schema: /);
  });

  it('a schema or country named like a property every object has is unknown, not a crash or a wildcard', async () => {
    const proto = await postJson(api.app, '/match/default', { queries: { q: { schema: 'constructor', properties: { name: ['Mars'] } } } });
    expect(proto.status).toBe(400);
    expect(proto.json.detail).toMatch(/^body\.queries\.q\.schema: "constructor" is not a schema that can be screened/);
    const country = await postJson(api.app, '/match/default', { queries: { q: { schema: 'Person', properties: { name: ['Evgeny Prigozhin'], nationality: ['constructor'] } } } });
    expect(country.status).toBe(200);
    expect(country.json.responses.q.results[0].match).toBe(true);
  });

  it('a query keyed __proto__ is a 400 naming it, not a query dropped without a word', async () => {
    const body = '{"queries": {"__proto__": {"schema": "Person", "properties": {"name": ["Evgeny Prigozhin"]}}, "b": {"schema": "Person", "properties": {"name": ["Evgeny Prigozhin"]}}}}';
    const { status, json } = await postJson(api.app, '/match/default', body);
    expect(status).toBe(400);
    expect(json.detail).toBe('body.queries: a query cannot be keyed "__proto__"; rename it');
  });

  it('wrong types are a 422 with the path of each bad field', async () => {
    const { status, json } = await postJson(api.app, '/match/default', { queries: { q: { schema: 5, properties: { name: { first: 'x' } } } } });
    expect(status).toBe(422);
    expect(json.detail).toBe('body.queries.q.schema: Invalid input: expected string, received number; body.queries.q.properties.name: a string or a list of strings');
    expect((await postJson(api.app, '/match/default', { queries: [] })).json.detail).toMatch(/^body\.queries: /);
    const params = await postJson(api.app, '/match/default?limit=0&threshold=2', person(['John Smith']));
    expect(params.status).toBe(422);
    expect(params.json.detail).toMatch(/^query\.limit: .*; query\.threshold: a number from 0 to 1$/);
  });

  it('a body over 2 MB is a 413', async () => {
    const { status, json } = await postJson(api.app, '/match/default', person(['x'.repeat(3 * 1024 * 1024)]));
    expect(status).toBe(413);
    expect(json.detail).toBe('body: larger than the limit of 2097152 bytes');
  });

  it('10,000 queries in one batch is a 400 naming queries; an empty batch too', async () => {
    const queries = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`q${i}`, { schema: 'Person', properties: { name: ['A B'] } }]));
    const { status, json } = await postJson(api.app, '/match/default', { queries });
    expect(status).toBe(400);
    expect(json.detail).toBe('body.queries: at most 1000 queries per request, got 10000; split the batch');
    expect((await postJson(api.app, '/match/default', { queries: {} })).json.detail).toBe('body.queries: no queries given');
  });

  it('empty names are dropped; a query left with nothing to match on is a 400', async () => {
    const empty = await postJson(api.app, '/match/default', person(['', '   ']));
    expect(empty.status).toBe(400);
    expect(empty.json.detail).toMatch(/^body\.queries\.q\.properties: nothing to match on/);
    // An empty name beside a real one is fine.
    const mixed = await postJson(api.app, '/match/default', person(['', 'Evgeny Prigozhin']));
    expect(mixed.status).toBe(200);
    expect(mixed.json.responses.q.query.properties.name).toEqual(['Evgeny Prigozhin']);
    expect(mixed.json.responses.q.results[0].match).toBe(true);
  });

  it('a 10,000-character name is cut to 500 characters for matching, and says so', async () => {
    const { status, json } = await postJson(api.app, '/match/default', person(['Vladimir Putin '.repeat(667)]));
    expect(status).toBe(200);
    const r = json.responses.q;
    expect(r.query.properties.name[0].length).toBeLessThanOrEqual(500);
    expect(r.warnings).toEqual(['body.queries.q.properties.name[0]: cut to the first 500 of 10004 characters for matching']);
    expect(r.results[0].explanations.query.explanation).toMatch(/cut to the first 500/);
  });

  it('control characters are stripped before matching', async () => {
    const { status, json } = await postJson(api.app, '/match/default', person(['Evgeny\u0000 Prigo\u0007zhin\u200b\n']));
    expect(status).toBe(200);
    expect(json.responses.q.query.properties.name).toEqual(['Evgeny Prigozhin']);
    expect(json.responses.q.warnings).toEqual(['body.queries.q.properties.name[0]: control characters removed']);
    expect(json.responses.q.results.filter((r: { match: boolean }) => r.match).map((r: { id: string }) => r.id)).toContain('ofac-21171');
  });

  it('values may be a string, a number or a list; unknown datasets are a 404', async () => {
    const scalar = await postJson(api.app, '/match/default', { queries: { q: { schema: 'Person', properties: { name: 'Evgeny Prigozhin', birthDate: 1961 } } } });
    expect(scalar.json.responses.q.query.properties).toEqual({ name: ['Evgeny Prigozhin'], birthDate: ['1961'] });
    const missing = await postJson(api.app, '/match/nowhere', person(['John Smith']));
    expect(missing.status).toBe(404);
    expect(missing.json.detail).toMatch(/^dataset: no dataset named "nowhere"; known: default, sanctions, /);
  });

  it('logs one JSON line per request without the body or the query string', async () => {
    api.logLines.length = 0;
    await api.app.request('/match/default?threshold=0.5', { method: 'POST', body: JSON.stringify(person(['Secret Customer Name'])), headers: { authorization: 'Bearer s3cret' } });
    expect(api.logLines).toHaveLength(1);
    expect(api.logLines[0]).toMatchObject({ method: 'POST', path: '/match/default', status: 200, ms: expect.any(Number) });
    const text = JSON.stringify(api.logLines);
    expect(text).not.toMatch(/Secret Customer|s3cret|threshold/);
  });
});
