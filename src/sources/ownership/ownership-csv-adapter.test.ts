import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSource, rejection } from '../../../test/read-source.js';
import { describeIssue } from '../types.js';
import { ownershipCsvAdapter } from './ownership-csv-adapter.js';

const dir = mkdtempSync(join(tmpdir(), 'vigil-ownership-'));
function csv(text: string): string {
  const path = join(dir, `${Math.random().toString(36).slice(2)}.csv`);
  writeFileSync(path, text);
  return path;
}

describe('ownership-csv', () => {
  it('turns rows into Ownership records and names into parties of the source', async () => {
    const read = await readSource(ownershipCsvAdapter, csv('owner,asset,percentage,start,end\nofac-21171,Acme Holding Ltd,25,2020-01-01,\nJohn Smith,Acme Holding Ltd,30%,,\n'));
    expect(read.issues).toEqual([]);
    expect(read.byId.get('own-acme-holding-ltd')).toMatchObject({ schema: 'Company', properties: { name: ['Acme Holding Ltd'] }, target: false });
    expect(read.byId.get('own-john-smith')?.schema).toBe('LegalEntity');
    const ownerships = read.entities.filter((e) => e.schema === 'Ownership');
    expect(ownerships.map((o) => [o.properties['owner'], o.properties['asset'], o.properties['percentage'], o.properties['startDate']])).toEqual([
      [['ofac-21171'], ['own-acme-holding-ltd'], ['25'], ['2020-01-01']],
      [['own-john-smith'], ['own-acme-holding-ltd'], ['30'], undefined],
    ]);
    // Ids are stable: a second read of the same rows gives the same ids.
    const again = await readSource(ownershipCsvAdapter, csv('owner,asset,percentage,start,end\nofac-21171,Acme Holding Ltd,25,2020-01-01,\n'));
    expect(again.entities.find((e) => e.schema === 'Ownership')?.id).toBe(ownerships[0]?.id);
  });

  it.each([
    ['a percentage over 100', 'owner,asset,percentage\nofac-1,A Co,20\nofac-2,B Co,150\n', /:3: percentage: must be between 0 and 100: "150"/],
    ['a negative percentage', 'owner,asset,percentage\nofac-1,A Co,-5\n', /:2: percentage: must be between 0 and 100: "-5"/],
    ['a percentage that is not a number', 'owner,asset,percentage\nofac-1,A Co,half\n', /:2: percentage: not a number: "half"/],
    ['a total over 100% for one asset', 'owner,asset,percentage\nofac-1,A Co,60\nofac-2,A Co,50\nofac-3,B Co,100\n', /:2: percentage: current holdings of A Co add up to more than 100% \(lines 2, 3\)/],
    ['a row cut short', 'owner,asset,percentage\nofac-1,A Co\n', /:2: expected 3 fields, got 2/],
  ])('rejects the whole file on %s, naming the line', async (_what, text, message) => {
    const path = csv(text);
    const issue = await rejection(readSource(ownershipCsvAdapter, path));
    expect(issue.code).toBe('malformed');
    expect(describeIssue(issue)).toMatch(/nothing imported/);
    // The row-level issue carries the line and the value.
    expect((await collectIssues(path)).join('\n')).toMatch(message);
  });

  it('does not count an ended holding in the total', async () => {
    const read = await readSource(ownershipCsvAdapter, csv('owner,asset,percentage,start,end\nofac-1,A Co,60,2001,2010-01-01\nofac-2,A Co,50,2010-01-01,\n'));
    expect(read.entities.filter((e) => e.schema === 'Ownership')).toHaveLength(2);
  });
});

async function collectIssues(path: string): Promise<string[]> {
  const issues: string[] = [];
  const ctx = { source: 't', issue: (i: Parameters<typeof describeIssue>[0]) => issues.push(describeIssue(i)), published: () => {}, markDelta: () => {}, progress: () => {} };
  try {
    for await (const _ of ownershipCsvAdapter.read(path, ctx)) void _;
  } catch {
    // expected: the file is rejected
  }
  return issues;
}
