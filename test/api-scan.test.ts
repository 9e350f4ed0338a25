import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { rebuildMatcher } from '../src/api/index.js';
import { MAX_SCAN_CHARS } from '../src/api/routes/scan.js';
import { phraseIndexFor } from '../src/scan/index.js';
import { loadApiFixture, postJson, type ApiFixture } from './api-app.js';

const WAGNER_NEWS = readFileSync(join(import.meta.dirname, '..', '..', 'shared', 'reference', 'news-2023-01-21-wagner.txt'), 'utf8');

interface ScanJson {
  threshold: number;
  words: number;
  mentions: { start: number; end: number; text: string; listed_name: string; confidence: string; score: number; entity: { id: string; programs: string[]; datasets: string[] } }[];
  jurisdictions: { code: string; programs: { code: string; authority: string }[] }[];
}

describe('POST /scan on every real list', () => {
  let api: ApiFixture;
  const postText = async (body: string, contentType: string, path = '/scan') => {
    const res = await api.app.request(path, { method: 'POST', body, headers: { 'content-type': contentType } });
    return { status: res.status, json: (await res.json()) as ScanJson & { detail: string } };
  };

  beforeAll(async () => {
    api = await loadApiFixture();
  });

  it('answers the Wagner news with the group on OFAC, EU and UK lists and Russia, North Korea and Iran', async () => {
    const { status, json } = await postJson(api.app, '/scan', { text: WAGNER_NEWS });
    expect(status).toBe(200);
    expect(json.threshold).toBe(0.7);
    const ofac = (json as ScanJson).mentions.find((m) => m.entity.id === 'ofac-22543' && m.text === 'Wagner Group');
    expect(ofac).toMatchObject({ listed_name: 'WAGNER GROUP', confidence: 'high', entity: { programs: ['TCO', 'UKRAINE-EO13660', 'CAR', 'RUSSIA-EO14024'], datasets: ['us_ofac_sdn'] } });
    expect(WAGNER_NEWS.slice(ofac!.start, ofac!.end)).toBe('Wagner Group');
    const ids = new Set((json as ScanJson).mentions.map((m) => m.entity.id));
    expect([...ids].sort()).toEqual(['eu-32014R0269-I.ENTITIES-210', 'eu-32020R1998-I.B-5', 'gb-LIB0077', 'gb-RUS1090', 'ofac-22543']);
    expect((json as ScanJson).jurisdictions.map((j) => j.code)).toEqual(['ru', 'kp', 'ir']);
  });

  it('takes the text as text/plain, with the threshold in the query', async () => {
    const text = 'Yevgeniy Prigozhin met PMC Wagner commanders.';
    const { status, json } = await postText(text, 'text/plain; charset=utf-8', '/scan?threshold=0.95');
    expect(status).toBe(200);
    expect(json.threshold).toBe(0.95);
    expect(json.mentions.every((m) => m.score >= 0.95)).toBe(true);
    // "PMC Wagner" is a listed name of the UK's and OFAC's entries.
    expect(json.mentions.map((m) => m.entity.id)).toEqual(expect.arrayContaining(['gb-RUS1090', 'ofac-22543']));
    // Given name and surname of OFAC's "PRIGOZHIN, Yevgeniy Viktorovich" score 0.9: under 0.95.
    expect(json.mentions.map((m) => m.entity.id)).not.toContain('ofac-21171');
    const json2 = (await postJson(api.app, '/scan', { text, threshold: 0.75 })).json as ScanJson;
    expect(json2.threshold).toBe(0.75);
    expect(json2.mentions.map((m) => m.entity.id)).toContain('ofac-21171');
  });

  it('rejects an empty text, another content type, a bad threshold and a text over the limit, naming the problem', async () => {
    const empty = await postJson(api.app, '/scan', { text: '  ' });
    expect(empty.status).toBe(422);
    expect(empty.json.detail).toBe('body.text: no text to scan');
    expect((await postJson(api.app, '/scan', { txt: 'Wagner Group' })).json.detail).toMatch(/^body\.text: /);
    const plainEmpty = await postText('\n', 'text/plain');
    expect(plainEmpty.status).toBe(400);
    expect(plainEmpty.json.detail).toBe('body: no text to scan');
    const xml = await postText('<text>Wagner Group</text>', 'application/xml');
    expect(xml.status).toBe(400);
    expect(xml.json.detail).toBe('content-type: send application/json {"text": "..."} or text/plain, not "application/xml"');
    const threshold = await postJson(api.app, '/scan', { text: 'Wagner Group', threshold: 2 });
    expect(threshold.status).toBe(422);
    expect(threshold.json.detail).toMatch(/^body\.threshold: /);
    expect((await postText('Wagner Group', 'text/plain', '/scan?threshold=high')).status).toBe(422);
    const long = await postText('Wagner Group fighters. '.repeat(Math.ceil(MAX_SCAN_CHARS / 23) + 1), 'text/plain');
    expect(long.status).toBe(413);
    expect(long.json.detail).toMatch(/^body\.text: \d+ characters, more than the 500000 scanned per request; send the document in parts$/);
    const huge = await postText('x'.repeat(api.ctx.limits.maxBodyBytes + 1), 'text/plain');
    expect(huge.status).toBe(413);
    expect(huge.json.detail).toBe(`body: larger than the limit of ${api.ctx.limits.maxBodyBytes} bytes`);
  });

  it('is documented in /openapi.json', async () => {
    const res = await api.app.request('/openapi.json');
    const doc = (await res.json()) as { paths: Record<string, { post: { responses: Record<string, { content: Record<string, { schema: unknown }> }> } }> };
    expect(doc.paths['/scan']?.post.responses['200']?.content['application/json']?.schema).toEqual({ $ref: '#/components/schemas/ScanResponse' });
  });

  it('keeps one phrase index per matcher, and builds a new one after a reload swaps the matcher', async () => {
    const entities = () => api.ctx.store.entities();
    const before = api.ctx.matcher.require();
    const first = phraseIndexFor(before, entities);
    expect(phraseIndexFor(before, entities)).toBe(first);
    await rebuildMatcher(api.ctx);
    const after = api.ctx.matcher.require();
    expect(after).not.toBe(before);
    const rebuilt = phraseIndexFor(after, entities);
    expect(rebuilt).not.toBe(first);
    expect((await rebuilt).parties.length).toBe((await first).parties.length);
  });
});
