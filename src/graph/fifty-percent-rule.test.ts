import { describe, expect, it } from 'vitest';
import { entityId, type Entity, type Properties, type SchemaName } from '../model/index.js';
import { EU_OWNERSHIP_RULE, OFAC_FIFTY_PERCENT_RULE, applyOwnershipRule } from './fifty-percent-rule.js';
import { buildOwnershipGraph } from './ownership-graph.js';

function entity(id: string, schema: SchemaName, properties: Properties, target = false): Entity {
  return {
    id: entityId(id), schema, caption: id, properties, datasets: ['test'], referents: [], target,
    first_seen: '2024-01-01', last_seen: '2024-01-01', last_change: '2024-01-01',
  };
}

const listed = (id: string): Entity => entity(id, 'Person', { name: [id], topics: ['sanction'] }, true);
const company = (id: string): Entity => entity(id, 'Company', { name: [id] });
let seq = 0;
const owns = (owner: string, asset: string, percentage: number, extra: Properties = {}): Entity =>
  entity(`own-${seq++}`, 'Ownership', { owner: [owner], asset: [asset], percentage: [String(percentage)], ...extra });

async function* stream(entities: Entity[]): AsyncGenerator<Entity> {
  yield* entities;
}

async function ofac(entities: Entity[]) {
  return applyOwnershipRule(await buildOwnershipGraph(stream(entities)), OFAC_FIFTY_PERCENT_RULE, { asOf: '2026-01-01' });
}

describe('the OFAC 50 percent rule on hand-made graphs', () => {
  it('blocks a company two blocked persons own 25% each, with the total and both paths', async () => {
    const result = await ofac([listed('x'), listed('y'), company('b'), owns('x', 'b', 25), owns('y', 'b', 25)]);
    const verdict = result.verdict('b');
    expect(verdict.status).toBe('blocked-by-rule');
    expect(verdict.totalPercent).toBe(50);
    expect(verdict.owners.map((o) => [o.owner, o.percentage, o.ownerStatus])).toEqual([['x', 25, 'listed'], ['y', 25, 'listed']]);
    expect(verdict.paths).toEqual([['x', 'b'], ['y', 'b']]);
    expect(result.status('x')).toBe('listed');
  });

  it('does not block at 49.9%', async () => {
    const result = await ofac([listed('x'), listed('y'), company('b'), owns('x', 'b', 24.9), owns('y', 'b', 25)]);
    expect(result.verdict('b')).toMatchObject({ status: 'not-blocked', totalPercent: 49.9 });
    expect(result.blockedByRule()).toEqual([]);
  });

  it('blocks both companies of a 60% then 60% chain', async () => {
    const result = await ofac([listed('x'), company('a'), company('b'), owns('x', 'a', 60), owns('a', 'b', 60)]);
    expect(result.status('a')).toBe('blocked-by-rule');
    expect(result.verdict('b')).toMatchObject({ status: 'blocked-by-rule', totalPercent: 60, paths: [['x', 'a', 'b']] });
    expect(result.verdict('b').owners).toEqual([{ owner: 'a', percentage: 60, ownerStatus: 'blocked-by-rule' }]);
  });

  it('blocks neither company of a 40% then 100% chain', async () => {
    const result = await ofac([listed('x'), company('a'), company('b'), owns('x', 'a', 40), owns('a', 'b', 100)]);
    expect(result.status('a')).toBe('not-blocked');
    expect(result.status('b')).toBe('not-blocked');
    expect(result.verdict('a').totalPercent).toBe(40);
  });

  it('adds a direct 25% to 25% held through a company blocked by the rule (no multiplying)', async () => {
    const result = await ofac([listed('x'), company('a'), company('b'), owns('x', 'a', 50), owns('a', 'b', 25), owns('x', 'b', 25)]);
    const verdict = result.verdict('b');
    expect(verdict.status).toBe('blocked-by-rule');
    expect(verdict.totalPercent).toBe(50);
    expect(verdict.paths).toEqual([['x', 'b'], ['x', 'a', 'b']]);
  });

  it('ends on a cycle of ownership with the right answer', async () => {
    // a and b own each other; x holds 30% of a; b holds 20% of a -> a is not blocked (b is not blocked).
    const open = await ofac([listed('x'), company('a'), company('b'), owns('x', 'a', 30), owns('a', 'b', 70), owns('b', 'a', 20)]);
    expect(open.blockedByRule()).toEqual([]);
    // With x at 50% of a: a is blocked, then b (70% by a), and b's 20% of a adds to a's total.
    const closed = await ofac([listed('x'), company('a'), company('b'), owns('x', 'a', 50), owns('a', 'b', 70), owns('b', 'a', 20)]);
    expect(closed.blockedByRule().sort()).toEqual(['a', 'b']);
    expect(closed.verdict('a')).toMatchObject({ totalPercent: 70, paths: [['x', 'a']] });
    expect(closed.verdict('b').paths).toEqual([['x', 'a', 'b']]);
  });

  it('clears what a listing blocked once the listing is removed and the graph rebuilt', async () => {
    const before = await ofac([listed('x'), company('a'), company('b'), owns('x', 'a', 60), owns('a', 'b', 60)]);
    expect(before.blockedByRule().sort()).toEqual(['a', 'b']);
    const after = await ofac([company('x'), company('a'), company('b'), owns('x', 'a', 60), owns('a', 'b', 60)]);
    expect(after.blockedByRule()).toEqual([]);
    expect(after.status('x')).toBe('not-blocked');
  });

  it('counts only current ownerships: an ended one no longer blocks, a running one does', async () => {
    const ended = await ofac([listed('x'), company('a'), owns('x', 'a', 60, { startDate: ['2010'], endDate: ['2020-05-01'] })]);
    expect(ended.status('a')).toBe('not-blocked');
    const running = await ofac([listed('x'), company('a'), owns('x', 'a', 60, { startDate: ['2010'], endDate: ['2030'] })]);
    expect(running.status('a')).toBe('blocked-by-rule');
  });

  it('counts an owner once when two records state the same holding', async () => {
    const result = await ofac([listed('x'), company('a'), owns('x', 'a', 30), owns('x', 'a', 30)]);
    expect(result.verdict('a')).toMatchObject({ status: 'not-blocked', totalPercent: 30 });
  });
});

describe('the EU majority-ownership rule beside it', () => {
  async function eu(entities: Entity[]) {
    return applyOwnershipRule(await buildOwnershipGraph(stream(entities)), EU_OWNERSHIP_RULE, { asOf: '2026-01-01' });
  }

  it('needs more than 50% held by one listed party, and says so', async () => {
    const split = await eu([listed('x'), listed('y'), company('b'), owns('x', 'b', 30), owns('y', 'b', 30)]);
    expect(split.verdict('b')).toMatchObject({ status: 'not-blocked', aggregation: 'single-owner', totalPercent: 30 });
    const half = await eu([listed('x'), company('b'), owns('x', 'b', 50)]);
    expect(half.status('b')).toBe('not-blocked');
    const majority = await eu([listed('x'), company('a'), company('b'), owns('x', 'a', 50.1), owns('a', 'b', 51)]);
    expect(majority.verdict('b')).toMatchObject({ status: 'blocked-by-rule', rule: 'eu-majority-ownership', paths: [['x', 'a', 'b']] });
  });
});

describe('buildOwnershipGraph', () => {
  it('keeps every relation as an edge with kind, dates, datasets and relation id, dangling ends included', async () => {
    const graph = await buildOwnershipGraph(stream([
      listed('x'),
      entity('fam', 'Family', { person: ['x'], relative: ['r'], startDate: ['2001'] }),
      entity('link', 'UnknownLink', { subject: ['z'], object: ['x'] }),
      owns('x', 'c', 12.5),
    ]));
    expect(graph.edgeCount).toBe(3);
    const edges = [0, 1, 2].map((e) => graph.edge(e));
    expect(edges).toContainEqual({ kind: 'family', from: 'x', to: 'r', startDate: '2001', datasets: ['test'], relationId: 'fam' });
    expect(edges).toContainEqual({ kind: 'unknownlink', from: 'z', to: 'x', datasets: ['test'], relationId: 'link' });
    expect(edges.find((e) => e.kind === 'ownership')?.percentage).toBe(12.5);
    expect(graph.isListed('x')).toBe(true);
    expect(graph.isListed('r')).toBe(false);
    expect(graph.present[graph.node('z') ?? -1]).toBe(0);
    expect([...graph.incoming(graph.node('x') ?? -1)].map((e) => graph.edgeRelation[e])).toEqual(['link']);
  });
});
