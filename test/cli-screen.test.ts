import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runCli } from './run-cli.js';

interface ScreenJson {
  threshold: number;
  results: { entity: { id: string }; score: number; match: boolean; explanations: { feature: string; detail: string }[] }[];
}

describe('vigil screen against every real list', () => {
  const home = mkdtempSync(join(tmpdir(), 'vigil-screen-'));
  const screen = (...args: string[]): ScreenJson => JSON.parse(runCli(['screen', ...args, '--home', home, '--json']).stdout) as ScreenJson;

  beforeAll(() => {
    const run = runCli(['update', '--home', home, '--config', join(PROJECT_ROOT, 'config', 'shared-data.yml')]);
    expect(run.status).toBe(0);
  });

  it('finds Prigozhin on the OFAC, EU and UK lists, with reasons', () => {
    const out = screen('Evgeny Prigozhin', '--type', 'person');
    const matched = out.results.filter((r) => r.match).map((r) => r.entity.id);
    expect(matched).toEqual(expect.arrayContaining(['ofac-21171', 'gb-LIB0071', 'eu-32014R0269-I.PERSONS-234']));
    expect(out.results[0]?.explanations[0]?.detail).toMatch(/prigozhin/);
    const text = runCli(['screen', 'Evgeny Prigozhin', '--type', 'person', '--explain', '--home', home]).stdout;
    expect(text).toMatch(/MATCH\s+1\.000\s+ofac-21171\s+Person\s+PRIGOZHIN, Yevgeniy Viktorovich/);
    // OFAC's alias (alt.csv) is written as the query is.
    expect(text).toMatch(/alias\s+\+1\.00 "Evgeny Prigozhin" ~ "PRIGOZHIN, Evgeny": alias matched on prigozhin, evgeny\n/);
  });

  it('stays quiet for an innocent name, and for a person named like the Wagner Group', () => {
    expect(screen('Kathryn Barr', '--type', 'person').results.filter((r) => r.match)).toEqual([]);
    expect(screen('Ingrid Wagner', '--type', 'person', '--dob', '1972-11-21').results.filter((r) => r.match)).toEqual([]);
  });

  it('finds the Wagner Group as an organisation on the OFAC, EU and UK lists', () => {
    const matched = screen('Wagner Group', '--type', 'organization').results.filter((r) => r.match).map((r) => r.entity.id);
    expect(matched).toEqual(expect.arrayContaining(['gb-RUS1090', 'eu-32020R1998-I.B-5', 'ofac-22543']));
  });

  it('saves the built index in the data folder and reads it back: the same answers; a damaged snapshot is said and made again', () => {
    const snapshot = join(home, 'matcher.snapshot');
    const args = ['screen', 'Евгений Пригожин', '--type', 'person', '--home', home, '--json'];
    rmSync(snapshot, { force: true });
    const built = runCli(args);
    expect(built.status).toBe(0);
    expect(existsSync(snapshot)).toBe(true);
    const read = runCli(args);
    expect(read.stderr).toBe('');
    expect(read.stdout).toBe(built.stdout);
    writeFileSync(snapshot, 'not a snapshot');
    const damaged = runCli(args);
    expect(damaged.stderr).toMatch(/matcher\.snapshot: not a readable snapshot .*; building the index again/);
    expect(damaged.stdout).toBe(built.stdout);
    expect(runCli(args).stderr).toBe('');
  });

  it('rejects bad options with a clear message and exit 2', () => {
    for (const [args, message] of [
      [['Someone', '--type', 'planet'], /--type must be one of/],
      [['Someone', '--dob', '21/11/1972'], /--dob must be YYYY/],
      [['Someone', '--threshold', '1.5'], /--threshold must be a number from 0 to 1/],
      [[''], /give a name to screen/],
    ] as const) {
      const run = runCli(['screen', ...args, '--home', home]);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(message);
    }
  });
});
