import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { readSource, rejection } from '../../../test/read-source.js';
import { sharedData } from '../../../test/shared-data.js';
import type { ParseContext, ParseIssue, SourceRecord } from '../types.js';
import { ftmJsonAdapter } from './index.js';

const ZALA = 'opensanctions_ftm/yente_fixtures/zala/entities.ftm.json';

/** Reads records in order (puts and deletes interleaved), with the order of delta marks. */
async function readInOrder(path: string): Promise<{ ops: string[]; issues: ParseIssue[]; events: string[] }> {
  const issues: ParseIssue[] = [];
  const events: string[] = [];
  const ctx: ParseContext = {
    source: 'test',
    issue: (i) => issues.push(i),
    published: (d) => events.push(`published ${d}`),
    markDelta: () => events.push('delta'),
    progress: () => {},
  };
  const ops: string[] = [];
  for await (const r of ftmJsonAdapter.read(path, ctx)) {
    events.push('record');
    ops.push(showRecord(r));
  }
  return { ops, issues, events };
}

function showRecord(r: SourceRecord): string {
  return r.op === 'put' ? `put ${r.entity.id}` : `delete ${r.id}`;
}

async function tempFile(name: string, text: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'vigil-ftm-'));
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

describe('ftmJsonAdapter on an OpenSanctions export (zala)', () => {
  it('reads all 91 entities by schema, with no issues, dated by the latest last_change', async () => {
    const { entities, issues, published, delta } = await readSource(ftmJsonAdapter, sharedData(ZALA));
    const bySchema: Record<string, number> = {};
    for (const e of entities) bySchema[e.schema] = (bySchema[e.schema] ?? 0) + 1;
    expect(entities).toHaveLength(91);
    expect(bySchema).toEqual({ Sanction: 41, Ownership: 14, Company: 11, Address: 11, Person: 6, Family: 4, Directorship: 3, Passport: 1 });
    expect(issues).toEqual([]);
    expect(published).toBe('2026-04-29T07:55:02');
    expect(delta).toBe(false);
  });

  it('keeps FtM ids, properties and the target flag as published', async () => {
    const { byId } = await readSource(ftmJsonAdapter, sharedData(ZALA));
    const person = byId.get('NK-2Tbri3s6GgNtAwsSXh4qpL');
    expect(person?.schema).toBe('Person');
    expect(person?.target).toBe(true);
    expect(person?.properties['birthDate']).toEqual(['1988-01-07']);
    expect(person?.properties['innCode']).toEqual(['183116181362']);
    expect(person?.properties['topics']).toEqual(['debarment', 'corp.disqual', 'sanction']);
    const sanction = byId.get('au-dfat-56600015954691cece058c2a3b0e3b27740701e6');
    expect(sanction?.target).toBe(false);
    expect(sanction?.properties['entity']).toEqual(['NK-abdzbEBkqyT29GyREbiURZ']);
    expect(sanction?.properties['programId']).toEqual(['AU-RUSSIA']);
    // A company in the graph that no list targets stays a non-target.
    expect(byId.get('ru-inn-5920040846')?.target).toBe(false);
  });

  it('treats parties as targets when a file has no target flag (parteispenden)', async () => {
    const { entities, byId, published } = await readSource(
      ftmJsonAdapter, sharedData('opensanctions_ftm/yente_fixtures/parteispenden'),
    );
    expect(entities).toHaveLength(475);
    expect(byId.get('6d03aec76fdeec8f9697d8b19954ab6fc2568bc8')).toEqual({
      id: '6d03aec76fdeec8f9697d8b19954ab6fc2568bc8', schema: 'Organization', properties: { name: ['MLPD'] }, target: true,
    });
    expect(byId.get('2216b422a31242fe204654ce194864661f515921')?.target).toBe(false);
    expect(published).toBeUndefined();
  });
});

describe('ftmJsonAdapter on delta files', () => {
  it('applies the t2 versions in order, reporting the one missing from the folder', async () => {
    const { ops, issues, events } = await readInOrder(sharedData('opensanctions_ftm/yente_fixtures/t2'));
    expect(ops).toEqual([
      'put NK-2T3S8Hu29ktYnKSTgQp2wL',
      'put NK-2sJaJRaPJcWUfMbHjTtWcL',
      'put NK-500Poltergeist',
      'put NK-2T3S8Hu29ktYnKSTgQp2wL',
      'delete NK-500Poltergeist',
      'put Q4365364',
    ]);
    expect(issues).toEqual([
      expect.objectContaining({ code: 'bad-value', line: 3, field: 'versions', value: '20240527134702-zbn' }),
    ]);
    expect(events.slice(0, 3)).toEqual(['delta', 'published 2024-05-28T14:47:29Z', 'record']);
    expect(events.filter((e) => e === 'delta')).toHaveLength(1);
  });

  it('marks a single delta file as a delta before its first record', async () => {
    const { ops, events } = await readInOrder(
      sharedData('opensanctions_ftm/yente_fixtures/t2/20240528014702-pfh/entities.delta.json'),
    );
    expect(ops).toEqual(['put NK-500Poltergeist', 'put NK-2T3S8Hu29ktYnKSTgQp2wL']);
    expect(events).toEqual(['delta', 'record', 'record', 'published 2024-05-28T15:51:35']);
  });

  it('reports bad delta operations and goes on', async () => {
    const path = await tempFile('entities.delta.json', [
      '{"op":"DEL","entity":{"id":"a"}}',
      '{"op":"DEL","entity":{}}',
      '{"op":"UPSERT","entity":{"id":"b"}}',
      '{"id":"c","schema":"Person","properties":{}}',
      '{"op":"MOD","entity":{"id":"d","schema":"Person","properties":{"name":["D"]}}}',
    ].join('\n'));
    const { ops, issues } = await readInOrder(path);
    expect(ops).toEqual(['delete a', 'put d']);
    expect(issues).toEqual([
      expect.objectContaining({ code: 'missing-field', line: 2, field: 'entity.id' }),
      expect.objectContaining({ code: 'bad-value', line: 3, field: 'op', value: 'UPSERT' }),
      expect.objectContaining({ code: 'bad-value', line: 4, field: 'op', message: 'an entity line in a delta file' }),
    ]);
  });
});

describe('ftmJsonAdapter on broken input', () => {
  it('reports one bad line in the middle with its number and reads the rest', async () => {
    const lines = (await readFile(sharedData(ZALA), 'utf8')).trimEnd().split('\n');
    lines.splice(40, 0, '{"id": "cut short", "schema": "Per');
    const { entities, issues } = await readSource(ftmJsonAdapter, await tempFile('entities.ftm.json', lines.join('\n')));
    expect(entities).toHaveLength(91);
    expect(issues).toEqual([expect.objectContaining({ code: 'bad-value', line: 41, field: 'line', message: 'not JSON' })]);
  });

  it('rejects a file whose first line is not JSON: it is not an FtM file', async () => {
    const path = await tempFile('entities.ftm.json', 'id,schema\n{"id":"a","schema":"Person","properties":{}}\n');
    expect(await rejection(readSource(ftmJsonAdapter, path))).toMatchObject({ code: 'malformed', file: path, line: 1 });
  });

  it('rejects an empty file and a file of blank lines', async () => {
    const empty = await tempFile('entities.ftm.json', '');
    expect(await rejection(readSource(ftmJsonAdapter, empty))).toEqual({ code: 'empty-file', file: empty });
    const blank = await tempFile('entities.ftm.json', '\n  \n');
    expect(await rejection(readSource(ftmJsonAdapter, blank))).toEqual({ code: 'empty-file', file: blank });
  });

  it('rejects a folder with neither delta.json nor entities.ftm.json', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vigil-ftm-'));
    await mkdir(join(dir, 'other'));
    expect(await rejection(readSource(ftmJsonAdapter, dir))).toMatchObject({ code: 'missing-file' });
  });

  it('skips unknown schemata, coerces single strings and drops non-string values, each reported', async () => {
    const path = await tempFile('entities.ftm.json', [
      '{"id":"Q1","schema":"Person","properties":{"name":"Ann Smith","birthDate":["1961",1962],"notes":{"x":1}}}',
      '{"id":"doc-1","schema":"Documentation","properties":{}}',
      '{"schema":"Person","properties":{}}',
      '{"op":"ADD","entity":{"id":"Q2","schema":"Person","properties":{}}}',
      '[1,2]',
    ].join('\n'));
    const { entities, issues, delta } = await readSource(ftmJsonAdapter, path);
    expect(delta).toBe(false);
    expect(entities).toEqual([{ id: 'Q1', schema: 'Person', properties: { name: ['Ann Smith'], birthDate: ['1961'] }, target: true }]);
    expect(issues).toEqual([
      expect.objectContaining({ code: 'bad-value', line: 1, field: 'properties.birthDate', value: '[1962]' }),
      expect.objectContaining({ code: 'bad-value', line: 1, field: 'properties.notes' }),
      expect.objectContaining({ code: 'bad-value', line: 2, field: 'schema', value: 'Documentation' }),
      expect.objectContaining({ code: 'missing-field', line: 3, field: 'id' }),
      expect.objectContaining({ code: 'bad-value', line: 4, field: 'op', message: 'a delta line in an entity file' }),
      expect.objectContaining({ code: 'bad-value', line: 5, field: 'line', message: 'not a JSON object' }),
    ]);
  });

  it('refuses property names that are not FtM identifiers (__proto__), keeping the rest of the entity', async () => {
    const path = await tempFile('entities.ftm.json', '{"id":"Q1","schema":"Person","properties":{"__proto__":["Eve Smith"],"name":["Ann Smith"],"birth date":["1961"]}}\n');
    const { entities, issues } = await readSource(ftmJsonAdapter, path);
    expect(entities).toHaveLength(1);
    expect(Object.getPrototypeOf(entities[0]?.properties)).toBe(Object.prototype);
    expect(entities[0]?.properties).toEqual({ name: ['Ann Smith'] });
    expect(issues).toEqual([
      expect.objectContaining({ code: 'bad-value', line: 1, field: 'properties', value: '__proto__', message: 'Q1: not an FtM property name' }),
      expect.objectContaining({ code: 'bad-value', line: 1, field: 'properties', value: 'birth date' }),
    ]);
  });
});
