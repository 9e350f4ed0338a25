import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSource, rejection } from '../../../test/read-source.js';
import { sharedData } from '../../../test/shared-data.js';
import { describeIssue, type ParseIssue } from '../types.js';
import { ownershipFtmAdapter } from './ownership-ftm-adapter.js';

const dir = mkdtempSync(join(tmpdir(), 'vigil-ownership-ftm-'));
function jsonl(lines: readonly string[]): string {
  const path = join(dir, `${Math.random().toString(36).slice(2)}.jsonl`);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

const ownership = (id: string, owner: string, asset: string, properties: Record<string, string[]> = {}): string =>
  JSON.stringify({ id, schema: 'Ownership', properties: { owner: [owner], asset: [asset], ...properties } });

describe('ownership-ftm', () => {
  it("reads the zala sample's Ownership records and the parties they name, as the user's non-target parties", async () => {
    const lines = readFileSync(sharedData('opensanctions_ftm/yente_fixtures/zala/entities.ftm.json'), 'utf8').split('\n').filter(Boolean);
    const kept = lines.filter((l) => ['Ownership', 'Company', 'Person'].includes((JSON.parse(l) as { schema: string }).schema));
    const read = await readSource(ownershipFtmAdapter, jsonl(kept));
    expect(read.issues).toEqual([]);
    const bySchema: Record<string, number> = {};
    for (const e of read.entities) bySchema[e.schema] = (bySchema[e.schema] ?? 0) + 1;
    expect(bySchema).toEqual({ Ownership: 14, Company: 11, Person: 6 });
    expect(read.entities.every((e) => !e.target)).toBe(true);
    expect(read.byId.get('ru-159c785ad927d3e153b23a26620730465ed26f1c')?.properties).toMatchObject({ percentage: ['100'], startDate: ['2024-03-01'], endDate: ['2024-03-24'] });
  });

  it.each([
    ['a line that is not JSON', [ownership('o1', 'ofac-1', 'c1', { percentage: ['20'] }), '{"id": "o2",'], /:2: malformed: not JSON/],
    ['a percentage over 100', [ownership('o1', 'ofac-1', 'c1', { percentage: ['120'] })], /:1: properties\.percentage: must be between 0 and 100: "120"/],
    ['an Ownership without an asset', [ownership('o1', 'ofac-1', '')], /:1: missing properties\.asset/],
    ['a total over 100% for one asset', [ownership('o1', 'ofac-1', 'c1', { percentage: ['60'] }), ownership('o2', 'ofac-2', 'c1', { percentage: ['45'] })], /current holdings of c1 add up to more than 100% \(lines 1, 2\)/],
    ['a record that is neither a party nor an Ownership', [JSON.stringify({ id: 's1', schema: 'Sanction', properties: { entity: ['ofac-1'] } })], /:1: schema: .*ownership data holds Ownership entities/],
    ['a bad date', [ownership('o1', 'ofac-1', 'c1', { percentage: ['20'], startDate: ['soon'] })], /:1: properties\.startDate: not a date: "soon"/],
  ])('rejects the whole file on %s, naming the line', async (_what, lines, message) => {
    const path = jsonl(lines);
    const issue = await rejection(readSource(ownershipFtmAdapter, path));
    expect(issue.code).toBe('malformed');
    expect(describeIssue(issue)).toMatch(/nothing imported/);
    const issues: ParseIssue[] = [];
    const ctx = { source: 't', issue: (i: ParseIssue) => issues.push(i), published: () => {}, markDelta: () => {}, progress: () => {} };
    await rejection((async () => {
      for await (const _ of ownershipFtmAdapter.read(path, ctx)) void _;
    })());
    expect(issues.map(describeIssue).join('\n')).toMatch(message);
  });
});
