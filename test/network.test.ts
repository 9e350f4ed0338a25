import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOwnershipGraph, type Network } from '../src/graph/index.js';
import { getJson, loadApiFixture, type ApiFixture } from './api-app.js';
import { runCli } from './run-cli.js';
import { sharedData } from './shared-data.js';

const WAGNER = 'ofac-22543';
const LINK_TO_WAGNER = "Linked To: PRIVATE MILITARY COMPANY 'WAGNER'";

/** ent_nums of the sdn.csv rows whose remarks link them to Wagner, read from the file itself. */
function partiesLinkedToWagner(): string[] {
  const rows = parse(readFileSync(sharedData('ofac/sdn_2024-05-03/sdn.csv'), 'utf8'), { relax_column_count: true, relax_quotes: true }) as string[][];
  return rows.filter((r) => (r[11] ?? '').includes(LINK_TO_WAGNER)).map((r) => `ofac-${r[0]}`).sort();
}

function network(home: string, args: string[]): Network {
  const run = runCli(['network', ...args, '--home', home, '--json']);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as Network;
}

let fixture: ApiFixture;
beforeAll(async () => {
  fixture = await loadApiFixture({ build: false });
});
afterAll(async () => {
  await fixture.ctx.store.close();
});

describe('networks on the real lists', () => {
  it("gives Wagner's support network at depth 1: exactly the parties whose remarks link them to it", async () => {
    const expected = partiesLinkedToWagner();
    expect(expected).toContain('ofac-22544'); // UTKIN, Dmitriy Valeryevich
    const cli = network(fixture.home, [WAGNER]);
    const depth1 = cli.nodes.filter((n) => n.depth === 1).map((n) => n.id).sort();
    expect(depth1).toEqual(expected);
    expect(cli.edges.every((e) => e.kind === 'unknownlink' && e.to === WAGNER && e.datasets.includes('us_ofac_sdn'))).toBe(true);
    expect(cli.nodes.find((n) => n.id === 'ofac-22544')).toMatchObject({ listed: true, caption: 'UTKIN, Dmitriy Valeryevich', schema: 'Person' });

    const api = await getJson(fixture.app, `/entities/${WAGNER}/network?depth=1&kinds=unknownlink`);
    expect(api.status).toBe(200);
    expect((api.json as Network).nodes.filter((n) => n.depth === 1).map((n) => n.id).sort()).toEqual(expected);
  });

  it('reaches the parties linked to those at depth 2, each through a depth-1 party', async () => {
    const net = (await getJson(fixture.app, `/entities/${WAGNER}/network?depth=2`)).json as Network;
    const depthOf = new Map(net.nodes.map((n) => [n.id, n.depth]));
    const depth2 = net.nodes.filter((n) => n.depth === 2);
    expect(depth2.length).toBeGreaterThan(10);
    for (const node of depth2) {
      expect(net.edges.some((e) => (e.from === node.id && depthOf.get(e.to) === 1) || (e.to === node.id && depthOf.get(e.from) === 1))).toBe(true);
    }
    // In sdn_2024-05-03 no remark links Wagner, or any party linked to it, to Prigozhin: he is
    // linked to 35 other parties but sits in another component of the OFAC graph.
    expect(depthOf.has('ofac-21171')).toBe(false);
    const prigozhin = (await getJson(fixture.app, '/entities/ofac-21171/network?kinds=unknownlink')).json as Network;
    expect(prigozhin.nodes.filter((n) => n.depth === 1).length).toBeGreaterThanOrEqual(35);
  });

  it('keeps the Ownership records of the zala FtM sample as edges with their percentages and dates', async () => {
    const lines = readFileSync(sharedData('opensanctions_ftm/yente_fixtures/zala/entities.ftm.json'), 'utf8').split('\n').filter(Boolean);
    const ownerships = lines.map((l) => JSON.parse(l) as { id: string; schema: string; properties: Record<string, string[]> }).filter((e) => e.schema === 'Ownership');
    expect(ownerships.length).toBe(14);
    const graph = await buildOwnershipGraph(fixture.ctx.store.entities());
    const edges = new Map<string, ReturnType<typeof graph.edge>>();
    for (let e = 0; e < graph.edgeCount; e++) edges.set(graph.edgeRelation[e] ?? '', graph.edge(e));
    for (const o of ownerships) {
      const edge = edges.get(o.id);
      expect(edge, o.id).toMatchObject({ kind: 'ownership', from: o.properties['owner']?.[0], to: o.properties['asset']?.[0], datasets: ['ru_zala_ftm'] });
      const pct = o.properties['percentage']?.[0];
      expect(edge?.percentage).toBe(pct === undefined ? undefined : Number(pct));
      expect(edge?.endDate).toBe(o.properties['endDate']?.[0]);
    }
    const net = (await getJson(fixture.app, '/entities/NK-aU5ybkbRFJucf8YMwsJvDw/network?kinds=ownership')).json as Network;
    expect(net.edges).toContainEqual(expect.objectContaining({ relationId: 'ru-159c785ad927d3e153b23a26620730465ed26f1c', percentage: 100, startDate: '2024-03-01', endDate: '2024-03-24' }));
  });

  it('answers 422 for an unknown edge kind and 404 for an unknown entity', async () => {
    const bad = await getJson(fixture.app, `/entities/${WAGNER}/network?kinds=friendship`);
    expect(bad.status).toBe(422);
    expect(bad.json.detail).toMatch(/query\.kinds/);
    expect((await getJson(fixture.app, '/entities/ofac-0000000/network')).status).toBe(404);
  });
});

describe('vigil import-ownership and the 50% rule around real listed parties', () => {
  // UTKIN (ofac-22544) and IVANOV (ofac-39758) are on the SDN list.
  const good = [
    'owner,asset,percentage,start,end',
    'ofac-22544,Test Holding LLC,25,2022-01-01,',
    'ofac-39758,Test Holding LLC,25,,',
    'Test Holding LLC,Test Subsidiary LLC,60,,',
    'ofac-22544,Almost Blocked LLC,24.9,,',
    'ofac-39758,Almost Blocked LLC,25,,',
    'ofac-99999999,Almost Blocked LLC,10,,',
  ].join('\n');

  let file: string;
  beforeAll(() => {
    file = join(fixture.home, 'ownership.csv');
    writeFileSync(file, `${good}\n`);
  });

  it('imports the file and blocks what listed persons own 50% of, with the total and the paths', async () => {
    const run = runCli(['import-ownership', file, '--home', fixture.home]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/user_ownership: ok, 6 ownership records/);
    expect(run.stderr).toMatch(/ownership\.csv:7: owner ofac-99999999 is in no loaded list/);
    const net = network(fixture.home, ['own-test-holding-llc', '--kinds', 'ownership']);
    const holding = net.nodes.find((n) => n.id === 'own-test-holding-llc');
    expect(holding).toMatchObject({ listed: false, caption: 'Test Holding LLC', schema: 'Company' });
    expect(holding?.ofac).toMatchObject({ status: 'blocked-by-rule', totalPercent: 50, paths: [['ofac-22544', 'own-test-holding-llc'], ['ofac-39758', 'own-test-holding-llc']] });
    expect(holding?.eu.status).toBe('not-blocked'); // no single listed party holds more than 50%
    expect(net.nodes.find((n) => n.id === 'own-test-subsidiary-llc')?.ofac).toMatchObject({ status: 'blocked-by-rule', totalPercent: 60 });
    const almost = network(fixture.home, ['own-almost-blocked-llc']).nodes.find((n) => n.id === 'own-almost-blocked-llc');
    expect(almost?.ofac).toMatchObject({ status: 'not-blocked', totalPercent: 49.9 });

    // The API sees the new version too (its cache follows the versions in service).
    const api = (await getJson(fixture.app, '/entities/own-test-subsidiary-llc/network?kinds=ownership')).json as Network;
    expect(api.nodes.find((n) => n.id === 'own-test-subsidiary-llc')?.ofac.paths).toEqual([['ofac-22544', 'own-test-holding-llc', 'own-test-subsidiary-llc'], ['ofac-39758', 'own-test-holding-llc', 'own-test-subsidiary-llc']]);
  });

  it.each([
    ['a percentage of 150', 'ofac-22544,Bad Co LLC,150,,', /ownership-bad\.csv:2: percentage: must be between 0 and 100: "150"/],
    ['a negative percentage', 'ofac-22544,Bad Co LLC,-10,,', /ownership-bad\.csv:2: percentage: must be between 0 and 100: "-10"/],
    ['a total over 100% for one asset', 'ofac-22544,Bad Co LLC,70,,\nofac-39758,Bad Co LLC,40,,', /ownership-bad\.csv:2: percentage: current holdings of Bad Co LLC add up to more than 100% \(lines 2, 3\)/],
  ])('rejects %s with exit 1 naming the line, and imports nothing', (_what, rows, message) => {
    const bad = join(fixture.home, 'ownership-bad.csv');
    writeFileSync(bad, `owner,asset,percentage,start,end\n${rows}\nofac-39758,Fine Co LLC,10,,\n`);
    const run = runCli(['import-ownership', bad, '--home', fixture.home]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/nothing imported/);
    expect(runCli(['entity', 'own-fine-co-llc', '--home', fixture.home]).status).toBe(2);
    // The previous import stays in service.
    expect(runCli(['entity', 'own-test-holding-llc', '--home', fixture.home]).status).toBe(0);
  });
});
