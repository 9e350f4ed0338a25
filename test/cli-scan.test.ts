import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runCli } from './run-cli.js';

const WAGNER_NEWS = join(PROJECT_ROOT, '..', 'shared', 'reference', 'news-2023-01-21-wagner.txt');

interface ScanJson {
  threshold: number;
  mentions: { text: string; entity: { id: string }; confidence: string; explanation: string }[];
  jurisdictions: { code: string; programs: { code: string }[] }[];
}

describe('vigil scan against every real list', () => {
  const home = mkdtempSync(join(tmpdir(), 'vigil-scan-'));
  const work = mkdtempSync(join(tmpdir(), 'vigil-scan-texts-'));

  beforeAll(() => {
    const run = runCli(['update', '--home', home, '--config', join(PROJECT_ROOT, 'config', 'shared-data.yml')]);
    expect(run.status).toBe(0);
  });

  it('prints the Wagner Group mentions and the jurisdictions of the news as a table', () => {
    const run = runCli(['scan', WAGNER_NEWS, '--home', home, '--explain']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^30 mention\(s\) of listed parties at threshold 0\.70 in 339 words\n/);
    expect(run.stdout).toMatch(/94-106\s+Wagner Group\s+high\s+1\.00\s+ofac-22543\s+Organization\s+PRIVATE MILITARY COMPANY 'WAGNER'\s+TCO, UKRAINE-EO13660, CAR, RUSSIA-EO14024\s+us_ofac_sdn\n {4}full-name: "Wagner Group" is the listed name "WAGNER GROUP"\n/);
    expect(run.stdout).toMatch(/348-354\s+Wagner\s+medium\s+0\.85\s+ofac-22543 .*\n {4}distinctive-word: "Wagner" is the distinctive word of "PRIVATE MILITARY COMPANY 'WAGNER'", which is named in full elsewhere in the text\n/);
    expect(run.stdout).toMatch(/94-106\s+Wagner Group\s+high\s+1\.00\s+gb-RUS1090\s+Organization\s+Wagner Group\s+RUS/);
    expect(run.stdout).toMatch(/\n3 sanctioned jurisdiction\(s\) mentioned\n/);
    expect(run.stdout).toMatch(/\nkp\s+North Korea\s+6\s+North Korea, DPRK\s+DPRK \(embargo\), /);
    expect(run.stdout).not.toMatch(/Kirby|White House|Treasury|Security Council/);
  });

  it('reads standard input and prints JSON', () => {
    const text = 'Евгений Пригожин, основатель ЧВК «Вагнер», покинул Бахмут.';
    const run = spawnSync(process.execPath, [join(PROJECT_ROOT, 'dist', 'src', 'cli', 'main.js'), 'scan', '-', '--json', '--home', home], { input: text, encoding: 'utf8' });
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as ScanJson;
    expect(json.threshold).toBe(0.7);
    expect(json.mentions.filter((m) => m.text === 'Евгений Пригожин').map((m) => m.entity.id).sort()).toEqual(['eu-32014R0269-I.PERSONS-234', 'gb-LIB0071', 'ofac-21171']);
    expect(json.mentions.filter((m) => m.text === 'ЧВК «Вагнер').map((m) => m.entity.id)).toContain('gb-RUS1090');
    expect(json.jurisdictions).toEqual([]);
  });

  it('finds nobody in an ordinary paragraph', () => {
    const file = join(work, 'council.txt');
    writeFileSync(file, 'The city council met on Tuesday to discuss the budget. Maria and John said the bridges need repair before winter.\n');
    const run = runCli(['scan', file, '--home', home]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('0 mention(s) of listed parties at threshold 0.70 in 20 words\n\n0 sanctioned jurisdiction(s) mentioned\n');
  });

  it('rejects a missing or empty file, a bad threshold and a data folder without lists, with exit 2', () => {
    const empty = join(work, 'empty.txt');
    writeFileSync(empty, ' \n');
    for (const [args, message] of [
      [[join(work, 'nope.txt'), '--home', home], /^error: cannot read .*nope\.txt: ENOENT/],
      [[empty, '--home', home], /^error: .*empty\.txt: no text to scan/],
      [[WAGNER_NEWS, '--threshold', '2', '--home', home], /^error: --threshold must be a number from 0 to 1, not "2"/],
      [[WAGNER_NEWS, '--home', mkdtempSync(join(tmpdir(), 'vigil-scan-empty-'))], /^error: no lists loaded yet: run `vigil update` first/],
    ] as const) {
      const run = runCli(['scan', ...args]);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(message);
    }
  });
});
