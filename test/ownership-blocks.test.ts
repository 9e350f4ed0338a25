import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKeyAuth, createApp, issueApiKey } from '../src/api/index.js';
import { refreshOwnershipBlocks } from '../src/graph/index.js';
import { loadApiFixture, type ApiFixture } from './api-app.js';
import { runCli } from './run-cli.js';
import { sharedData } from './shared-data.js';

// Real SDN rows of the OFAC tiny fixture: LIFSHITS, Artem Mikhaylovich (29702), KHOROSHEV, Dmitry
// Yuryevich (48603) and LOGAN MOREY, Elvis Angus (10278). The companies around them are made up:
// Karat is owned 25% + 25% by the two listed persons (blocked), Severny 60% by Karat (blocked by
// the rule in turn, though no list names it).
const LIFSHITS_ROW = /^29702,/;
const OWNERSHIP_CSV = [
  'owner,asset,percentage,start,end',
  'ofac-29702,Karat Holding LLC,25,2021-01-01,',
  'ofac-48603,Karat Holding LLC,25,,',
  'Karat Holding LLC,Severny Logistika LLC,60,,',
].join('\n');
const KARAT = 'own-karat-holding-llc';
const SEVERNY = 'own-severny-logistika-llc';
const SEVERNY_PATHS = [
  ['ofac-29702', KARAT, SEVERNY],
  ['ofac-48603', KARAT, SEVERNY],
];

/** A writable copy of the tiny SDN fixture (to remove a listing from) and a config naming it. */
function tinyListCopy(): { dir: string; config: string } {
  const root = mkdtempSync(join(tmpdir(), 'vigil-own-list-'));
  const dir = join(root, 'sdn');
  mkdirSync(dir);
  const source = sharedData('ofac/tiny_fixture');
  for (const name of readdirSync(source)) writeFileSync(join(dir, name), readFileSync(join(source, name)));
  const config = join(root, 'sources.json');
  writeFileSync(config, JSON.stringify({ sources: [{ name: 'us_ofac_sdn', format: 'ofac-csv', path: dir }] }));
  return { dir, config };
}

/** Removes LIFSHITS's SDN row: the next update delists him. */
function delistLifshits(dir: string): void {
  const path = join(dir, 'sdn.csv');
  const rows = readFileSync(path, 'utf8').split('\n');
  expect(rows.some((r) => LIFSHITS_ROW.test(r))).toBe(true);
  writeFileSync(path, rows.filter((r) => !LIFSHITS_ROW.test(r)).join('\n'));
}

const today = (): string => new Date().toISOString().slice(0, 10);

interface CliBlock {
  rule: string;
  totalPercent: number;
  owners: { owner: string; percentage: number; ownerStatus: string }[];
  paths: string[][];
  explanation: string;
}

describe('a company blocked only by ownership, screened by the CLI (screen, batch) and followed in vigil changes', () => {
  const home = mkdtempSync(join(tmpdir(), 'vigil-own-home-'));
  const io = mkdtempSync(join(tmpdir(), 'vigil-own-io-'));
  const { dir, config } = tinyListCopy();
  const cli = (...args: string[]) => runCli([...args, '--home', home]);

  beforeAll(() => {
    expect(cli('update', '--config', config).status).toBe(0);
    const file = join(io, 'ownership.csv');
    writeFileSync(file, `${OWNERSHIP_CSV}\n`);
    const run = cli('import-ownership', file);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("ownership rules: 2 entities blocked by OFAC's 50% rule, 0 by the EU's majority-ownership rule; 2 newly blocked, 0 cleared");
  });

  it('vigil import-ownership refuses a list\'s source name (exit 2): the register must not replace the list', () => {
    const run = cli('import-ownership', join(io, 'ownership.csv'), '--name', 'us_ofac_sdn', '--force');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--name: source us_ofac_sdn holds a list (ofac-csv), not ownership data');
    expect(cli('entity', 'ofac-29702').status).toBe(0);
  });

  it('vigil screen finds the company by its name and says it is blocked by the OFAC rule, with the share and the paths', () => {
    const run = cli('screen', 'Severny Logistika', '--type', 'company', '--limit', '3');
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    const at = lines.findIndex((l) => l.includes(SEVERNY));
    expect(lines[at]).toMatch(/MATCH/);
    expect(lines[at + 1]).toContain('blocked by ownership (OFAC 50% rule): 60% held in total by Karat Holding LLC (own-karat-holding-llc, 60%, blocked by rule); paths: ');
    expect(lines[at + 1]).toContain('LIFSHITS, Artem Mikhaylovich > Karat Holding LLC > Severny Logistika LLC');
    expect(lines[at + 1]).toContain('KHOROSHEV, Dmitry Yuryevich > Karat Holding LLC > Severny Logistika LLC');

    const json = JSON.parse(cli('screen', 'Severny Logistika LLC', '--type', 'company', '--json').stdout) as { results: { entity: { id: string }; blockedByOwnership?: CliBlock[] }[] };
    const [best] = json.results;
    expect(best?.entity.id).toBe(SEVERNY);
    expect(best?.blockedByOwnership).toHaveLength(1);
    expect(best?.blockedByOwnership?.[0]).toMatchObject({ rule: 'ofac-50-percent', totalPercent: 60, owners: [{ owner: KARAT, percentage: 60, ownerStatus: 'blocked-by-rule' }] });
    expect([...(best?.blockedByOwnership?.[0]?.paths ?? [])].sort()).toEqual(SEVERNY_PATHS);
    // A listed person is listed, not blocked by ownership: no block is reported for him.
    const khoroshev = JSON.parse(cli('screen', 'Dmitry Yuryevich Khoroshev', '--type', 'person', '--json').stdout) as { results: { entity: { id: string }; blockedByOwnership?: CliBlock[] }[] };
    expect(khoroshev.results[0]?.entity.id).toBe('ofac-48603');
    expect(khoroshev.results[0]?.blockedByOwnership).toBeUndefined();
  });

  it('vigil screen --file reports the block in JSONL (structured) and CSV (in the reason)', () => {
    const input = join(io, 'customers.csv');
    writeFileSync(input, 'name,type\nSeverny Logistika LLC,company\nKarat Holding LLC,company\n');
    const jsonl = join(io, 'results.jsonl');
    expect(cli('screen', '--file', input, '--out', jsonl).status).toBe(0);
    const rows = readFileSync(jsonl, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { matches: { id: string; blocked_by_ownership?: CliBlock[] }[] });
    const severny = rows[0]?.matches.find((m) => m.id === SEVERNY);
    expect(severny?.blocked_by_ownership?.[0]).toMatchObject({ rule: 'ofac-50-percent', totalPercent: 60 });
    expect(severny?.blocked_by_ownership?.[0]?.explanation).toMatch(/^blocked by ownership \(OFAC 50% rule\): 60% held in total by Karat Holding LLC/);
    const karat = rows[1]?.matches.find((m) => m.id === KARAT);
    expect(karat?.blocked_by_ownership?.[0]).toMatchObject({ totalPercent: 50, owners: [{ owner: 'ofac-29702', percentage: 25, ownerStatus: 'listed' }, { owner: 'ofac-48603', percentage: 25, ownerStatus: 'listed' }] });

    const csv = join(io, 'results.csv');
    expect(cli('screen', '--file', input, '--out', csv).status).toBe(0);
    const records = parse(readFileSync(csv), { columns: true }) as Record<string, string>[];
    expect(records[0]?.['match_1_id']).toBe(SEVERNY);
    expect(records[0]?.['match_1_reason']).toMatch(/^blocked by ownership \(OFAC 50% rule\): 60% held in total by Karat Holding LLC .*; name \+/);
  });

  it('vigil import-ownership reads FtM JSON lines too: checked in full, then screened with the block', () => {
    const company = JSON.stringify({ id: 'acme-orange-walk', schema: 'Company', properties: { name: ['Orange Walk Shipping Ltd'] } });
    const owns = (id: string, owner: string, percentage: string): string =>
      JSON.stringify({ id, schema: 'Ownership', properties: { owner: [owner], asset: ['acme-orange-walk'], percentage: [percentage] } });
    const bad = join(io, 'bad.jsonl');
    writeFileSync(bad, `${company}\n${owns('o-1', 'ofac-10278', '55')}\n${owns('o-2', 'ofac-48603', '-3')}\n`);
    const rejected = cli('import-ownership', bad, '--name', 'user_ftm');
    expect(rejected.status).toBe(1);
    expect(rejected.stderr).toContain('bad.jsonl:3: properties.percentage: must be between 0 and 100: "-3"');
    expect(rejected.stderr).toMatch(/nothing imported/);
    expect(cli('entity', 'acme-orange-walk').status).toBe(2);

    const good = join(io, 'good.ndjson');
    writeFileSync(good, `${company}\n${owns('o-1', 'ofac-10278', '55')}\n${owns('o-2', 'ofac-99999999', '10')}\n`);
    const run = cli('import-ownership', good, '--name', 'user_ftm');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('user_ftm: ok, 2 ownership records, 3 records in all');
    expect(run.stdout).toContain("3 entities blocked by OFAC's 50% rule, 1 by the EU's majority-ownership rule; 2 newly blocked");
    expect(run.stderr).toContain('good.ndjson:3: owner ofac-99999999 is in no loaded list');
    const screened = cli('screen', 'Orange Walk Shipping', '--type', 'company', '--limit', '1').stdout;
    expect(screened).toContain('blocked by ownership (OFAC 50% rule): 55% held in total by LOGAN MOREY, Elvis Angus (ofac-10278, 55%, listed); paths: LOGAN MOREY, Elvis Angus > Orange Walk Shipping Ltd');
    expect(screened).toContain('blocked by ownership (EU majority-ownership rule): 55% held by LOGAN MOREY, Elvis Angus (ofac-10278, 55%, listed)');
  });

  it('vigil changes shows both companies newly blocked, then cleared when a listed owner is removed from the list', () => {
    const blocked = cli('changes', '--since', today());
    expect(blocked.status).toBe(0);
    expect(blocked.stdout).toMatch(/user_ownership {2}blocked-by-ownership {2}own-karat-holding-llc {2}Karat Holding LLC\n {4}ofac-50-percent: \+50% \(/);
    expect(blocked.stdout).toMatch(/blocked-by-ownership {2}own-severny-logistika-llc {2}Severny Logistika LLC\n {4}ofac-50-percent: \+60% \(/);

    delistLifshits(dir);
    const update = cli('update', '--config', config);
    expect(update.status).toBe(0);
    expect(update.stdout).toContain('ownership rules: 0 newly blocked, 2 cleared');

    const changes = JSON.parse(cli('changes', '--since', today(), '--json').stdout) as { source: string; entityId: string; kind: string; diff: Record<string, { added: string[]; removed: string[] }> }[];
    const cleared = changes.filter((c) => c.kind === 'blocked-by-ownership' && c.source === 'us_ofac_sdn');
    expect(cleared.map((c) => c.entityId).sort()).toEqual([KARAT, SEVERNY]);
    expect(cleared.find((c) => c.entityId === SEVERNY)?.diff['ofac-50-percent']).toEqual({ added: [], removed: [expect.stringMatching(/^60% \(ofac-\d+ > own-karat-holding-llc > own-severny-logistika-llc/)] });
    // The delisting itself is there too, and the company is screened without a block now.
    expect(changes).toContainEqual(expect.objectContaining({ entityId: 'ofac-29702', kind: 'removed' }));
    expect(cli('screen', 'Severny Logistika', '--type', 'company').stdout).not.toContain('blocked by ownership');
  });
});

describe('POST /ownership, /match and /changes', () => {
  let api: ApiFixture;
  let app: ReturnType<typeof createApp>;
  let admin: string;
  let screener: string;
  const since = today();

  async function upload(body: string, type: string, key: string, query = ''): Promise<{ status: number; json: any }> {
    const res = await app.request(`/ownership${query}`, { method: 'POST', body, headers: { 'content-type': type, authorization: `ApiKey ${key}` } });
    return { status: res.status, json: await res.json() };
  }
  async function call(path: string, body?: unknown): Promise<{ status: number; json: any }> {
    const init = body === undefined ? {} : { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } };
    const res = await app.request(path, { ...init, headers: { ...('headers' in init ? init.headers : {}), authorization: `ApiKey ${screener}` } });
    return { status: res.status, json: await res.json() };
  }
  async function matchCompany(name: string): Promise<any> {
    const { status, json } = await call('/match/default', { queries: { q: { schema: 'Company', properties: { name: [name] } } } });
    expect(status).toBe(200);
    return json.responses.q.results[0];
  }
  const derivedChanges = async (): Promise<any[]> => ((await call(`/changes?since=${since}`)).json.changes as any[]).filter((c) => c.kind === 'blocked-by-ownership');

  beforeAll(async () => {
    api = await loadApiFixture({ config: tinyListCopy().config });
    // As `vigil update` does once the lists are in: the first recording is the baseline.
    const version = (await api.ctx.store.sources())[0]?.current?.id ?? 0;
    await refreshOwnershipBlocks(api.ctx.store, version);
    admin = (await issueApiKey(api.ctx.store, 'admin', 'ops')).key;
    screener = (await issueApiKey(api.ctx.store, 'screener', 'onboarding')).key;
    app = createApp(api.ctx, { version: 'test', withAuth: createApiKeyAuth(api.ctx.store, { openWhenNoKeys: false }) });
  });
  afterAll(async () => {
    await api.ctx.store.close();
  });

  it('refuses a screener key (403) and a body that is neither CSV nor JSON lines (400), importing nothing', async () => {
    const refused = await upload(OWNERSHIP_CSV, 'text/csv', screener);
    expect(refused.status).toBe(403);
    const wrongType = await upload(OWNERSHIP_CSV, 'application/json', admin);
    expect(wrongType.status).toBe(400);
    expect(wrongType.json.detail).toMatch(/^content-type: send text\/csv/);
    // A list's name would have the register replace the list: refused, the list stays.
    const onList = await upload(OWNERSHIP_CSV, 'text/csv', admin, '?name=us_ofac_sdn&force=true');
    expect(onList.status).toBe(409);
    expect(onList.json.detail).toMatch(/^query\.name: source us_ofac_sdn holds a list \(ofac-csv\)/);
    expect((await call('/entities/ofac-29702')).status).toBe(200);
    expect((await call(`/entities/${KARAT}`)).status).toBe(404);
  });

  it('imports a good CSV; /match then reports the company blocked by ownership and /changes the new blocks', async () => {
    const { status, json } = await upload(OWNERSHIP_CSV, 'text/csv', admin);
    expect(status).toBe(200);
    expect(json).toMatchObject({ source: 'user_ownership', outcome: 'ok', ownership_records: 3, warnings: [], rules: { ofac_blocked: 2, eu_blocked: 0, newly_blocked: 2, cleared: 0 } });
    expect(json.matcher.size).toBeGreaterThan(0);

    const result = await matchCompany('Severny Logistika LLC');
    expect(result).toMatchObject({ id: SEVERNY, caption: 'Severny Logistika LLC', match: true, datasets: ['user_ownership'] });
    expect(result.blocked_by_ownership).toHaveLength(1);
    const [block] = result.blocked_by_ownership;
    expect(block).toMatchObject({ rule: 'ofac-50-percent', aggregation: 'sum', total_percent: 60, owners: [{ id: KARAT, caption: 'Karat Holding LLC', percentage: 60, status: 'blocked-by-rule' }] });
    expect([...block.paths].sort()).toEqual(SEVERNY_PATHS);
    expect(result.explanations['ownership_ofac_50_percent']).toEqual({ score: 0, explanation: block.explanation });
    expect(block.explanation).toContain('LIFSHITS, Artem Mikhaylovich > Karat Holding LLC > Severny Logistika LLC');
    // A party on no list and owned by nobody blocked: no block reported.
    expect((await matchCompany('TNK Trading International')).blocked_by_ownership).toBeUndefined();
    // The user's register is not a sanctions list, but what the rules block belongs to `sanctions`.
    const catalog = (await call('/catalog')).json.datasets as { name: string; children: string[] }[];
    expect(catalog.find((d) => d.name === 'sanctions')?.children).not.toContain('user_ownership');
    const inSanctions = await call('/match/sanctions', { queries: { q: { schema: 'Company', properties: { name: ['Severny Logistika LLC'] } } } });
    expect(inSanctions.json.responses.q.results[0]?.id).toBe(SEVERNY);

    const changes = await derivedChanges();
    expect(changes.map((c) => [c.entity_id, c.source, Object.keys(c.diff)])).toEqual([
      [KARAT, 'user_ownership', ['ofac-50-percent']],
      [SEVERNY, 'user_ownership', ['ofac-50-percent']],
    ]);
    expect(changes[1].diff['ofac-50-percent'].added[0]).toMatch(/^60% \(/);
  });

  it('POST /batch results give the block in the reason of the matched company', async () => {
    const res = await app.request('/batch?type=company', { method: 'POST', body: 'name\nSeverny Logistika LLC\n', headers: { 'content-type': 'text/csv', authorization: `ApiKey ${screener}` } });
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };
    let status = '';
    for (let i = 0; i < 100 && status !== 'done'; i++) {
      status = (await call(`/batch/${id}`)).json.status;
      if (status !== 'done') await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(status).toBe('done');
    const csv = await (await app.request(`/batch/${id}/results.csv`, { headers: { authorization: `ApiKey ${screener}` } })).text();
    expect(csv).toContain(SEVERNY);
    expect(csv).toContain('blocked by ownership (OFAC 50% rule): 60% held in total by Karat Holding LLC');
  });

  it('rejects a CSV with a bad line (422 naming body:<line>) and keeps the previous import in service', async () => {
    const bad = `${OWNERSHIP_CSV}\nofac-10278,Bad Co LLC,150,,\nofac-10278,Fine Co LLC,10,,\n`;
    const { status, json } = await upload(bad, 'text/csv', admin);
    expect(status).toBe(422);
    expect(json.detail).toContain('body:5: percentage: must be between 0 and 100: "150"');
    expect(json.detail).toMatch(/nothing imported/);
    expect(json.detail).not.toContain('ownership-uploads');
    expect((await call('/entities/own-fine-co-llc')).status).toBe(404);
    expect((await matchCompany('Severny Logistika LLC')).blocked_by_ownership).toHaveLength(1);
  });

  it('imports FtM JSON lines (an Ownership and the company it names), blocked under both rules; rejects a bad line', async () => {
    const lines = [
      JSON.stringify({ id: 'acme-orange-walk', schema: 'Company', properties: { name: ['Orange Walk Shipping Ltd'], jurisdiction: ['bz'] } }),
      JSON.stringify({ id: 'acme-orange-walk-own-1', schema: 'Ownership', properties: { owner: ['ofac-10278'], asset: ['acme-orange-walk'], percentage: ['55'], startDate: ['2019-05-01'] } }),
    ];
    const bad = await upload(`${lines[0]}\n{"id": "x",\n`, 'application/x-ndjson', admin, '?name=user_ftm');
    expect(bad.status).toBe(422);
    expect(bad.json.detail).toContain('body:2: malformed: not JSON');
    expect((await call('/entities/acme-orange-walk')).status).toBe(404);

    const { status, json } = await upload(`${lines.join('\n')}\n`, 'application/x-ndjson', admin, '?name=user_ftm');
    expect(status).toBe(200);
    expect(json).toMatchObject({ source: 'user_ftm', outcome: 'ok', ownership_records: 1, rules: { ofac_blocked: 3, eu_blocked: 1, newly_blocked: 2 } });
    const result = await matchCompany('Orange Walk Shipping');
    expect(result.id).toBe('acme-orange-walk');
    expect(result.blocked_by_ownership.map((b: any) => [b.rule, b.total_percent, b.paths])).toEqual([
      ['ofac-50-percent', 55, [['ofac-10278', 'acme-orange-walk']]],
      ['eu-majority-ownership', 55, [['ofac-10278', 'acme-orange-walk']]],
    ]);
    expect(result.explanations['ownership_eu_majority_ownership'].explanation).toMatch(/^blocked by ownership \(EU majority-ownership rule\): 55% held by LOGAN MOREY, Elvis Angus \(ofac-10278, 55%, listed\)/);
  });

  it('clears the company whose ownership line is removed by the next import, in /changes', async () => {
    const withoutSeverny = OWNERSHIP_CSV.split('\n').slice(0, 3).join('\n');
    const { status, json } = await upload(withoutSeverny, 'text/csv', admin);
    expect(status).toBe(200);
    expect(json.rules).toMatchObject({ newly_blocked: 0, cleared: 1 });
    const cleared = (await derivedChanges()).filter((c) => c.entity_id === SEVERNY);
    expect(cleared.map((c) => [c.diff['ofac-50-percent'].added.length, c.diff['ofac-50-percent'].removed.length])).toEqual([[1, 0], [0, 1]]);
    expect((await matchCompany('Severny Logistika LLC'))?.blocked_by_ownership).toBeUndefined();
  });
});
