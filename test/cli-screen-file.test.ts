import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runCli } from './run-cli.js';
import { sharedData } from './shared-data.js';

interface JsonlResult {
  id: string;
  score: number;
  match: boolean;
  programs: string[];
  datasets: string[];
  explanations: { feature: string; detail: string }[];
}
type JsonlRow =
  | { row: number; key: string | null; query: { schema: string }; match: boolean; match_count: number; matches: JsonlResult[]; best: JsonlResult | null }
  | { row: number; key: string | null; error: { code: string; message: string } };

/** The first innocent person of the yente benchmark's US negatives, as the file gives it. */
function firstUsNegative(): { name: string; dob: string } {
  const [row] = parse(readFileSync(sharedData('eval/yente_candidate_benchmark/negatives_us.csv')), { columns: true, to: 1 }) as Record<string, string>[];
  return { name: row?.['full_name'] ?? '', dob: row?.['date_of_birth'] ?? '' };
}

describe('vigil screen --file against every real list', () => {
  const home = mkdtempSync(join(tmpdir(), 'vigil-screen-file-'));
  const dir = mkdtempSync(join(tmpdir(), 'vigil-screen-file-io-'));
  const screenFile = (...args: string[]) => runCli(['screen', ...args, '--home', home]);
  const innocent = firstUsNegative();

  beforeAll(() => {
    const run = runCli(['update', '--home', home, '--config', join(PROJECT_ROOT, 'config', 'shared-data.yml')]);
    expect(run.status).toBe(0);
  });

  it('screens every CSV row: listed people match with reasons, an innocent name does not, a bad row is named by its line', () => {
    const input = join(dir, 'customers.csv');
    const out = join(dir, 'results.csv');
    writeFileSync(
      input,
      [
        'Client Ref,First Name,last_name,Geburtsdatum,nationality,type,notes',
        'C-1,Evgeny,Prigozhin,1961-06-01,Russia,,vip',
        `C-2,${innocent.name.split(' ')[0]},"${innocent.name.split(' ').slice(1).join(' ')}",${innocent.dob},,,`,
        'C-3,cut,short',
        'C-4,Bob,Smith,31.02.1990,,,',
        'C-5,,"Wagner Group",,,organization,',
      ].join('\n'),
    );
    const run = screenFile('--file', input, '--out', out, '--map', 'client ref=key', '--map', 'Geburtsdatum=birthDate');
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`${input}:4: expected 7 fields as in the header, got 3`);
    expect(run.stderr).toContain(`${input}:5: Geburtsdatum: not a date: "31.02.1990"`);
    expect(run.stderr).toMatch(/warning: ignoring column\(s\) "notes"/);
    expect(run.stderr).toMatch(/^5 rows, 2 matched, 2 errors in /m);

    const rows = parse(readFileSync(out), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r['row'], r['key'], r['match'], r['error'] === '' ? '' : 'error'])).toEqual([
      ['2', 'C-1', 'true', ''],
      ['3', 'C-2', 'false', ''],
      ['4', '', '', 'error'],
      ['5', 'C-4', '', 'error'],
      ['6', 'C-5', 'true', ''],
    ]);
    const [prigozhin, barr, , , wagner] = rows;
    expect(prigozhin?.['query_name']).toBe('Evgeny Prigozhin');
    const prigozhinMatches = [1, 2, 3].map((i) => prigozhin?.[`match_${i}_id`]);
    expect(prigozhinMatches).toEqual(expect.arrayContaining(['ofac-21171', 'gb-LIB0071', 'eu-32014R0269-I.PERSONS-234']));
    const ofac = [1, 2, 3].find((i) => prigozhin?.[`match_${i}_id`] === 'ofac-21171');
    expect(prigozhin?.[`match_${ofac}_lists`]).toBe('us_ofac_sdn');
    expect(prigozhin?.[`match_${ofac}_programs`]).toContain('RUSSIA-EO14024');
    expect(prigozhin?.[`match_${ofac}_reason`]).toMatch(/alias \+1\.00: alias matched on prigozhin, evgeny; birthDate \+0\.\d\d: same date of birth/);
    expect(Number(barr?.['score'])).toBeLessThan(0.7);
    expect([barr?.['match_count'], barr?.['match_1_id']]).toEqual(['0', '']);
    expect(wagner?.['query_name']).toBe('Wagner Group');
    // The type column makes it an organisation: the same top three as `vigil screen --type organization`.
    const single = JSON.parse(screenFile('Wagner Group', '--type', 'organization', '--json').stdout) as { results: { entity: { id: string }; match: boolean }[] };
    const singleMatches = single.results.filter((r) => r.match).map((r) => r.entity.id);
    expect(singleMatches).toContain('eu-32020R1998-I.B-5');
    expect(wagner?.['match_count']).toBe(String(singleMatches.length));
    expect([1, 2, 3].map((i) => wagner?.[`match_${i}_id`])).toEqual(singleMatches.slice(0, 3));
  });

  it('reads JSON lines, flat or FtM-shaped, and writes one JSON object per row', () => {
    const input = join(dir, 'customers.jsonl');
    const out = join(dir, 'results.jsonl');
    writeFileSync(
      input,
      [
        JSON.stringify({ id: 'k1', schema: 'Person', properties: { name: ['Evgeny Prigozhin'], birthDate: ['1961-06-01'] } }),
        JSON.stringify({ customer_id: 'k2', name: innocent.name, date_of_birth: innocent.dob }),
        '{"customer_id": "k3", "name": ',
        '',
        JSON.stringify({ customer_id: 'k5', name: 'Someone', type: 'planet' }),
        JSON.stringify(['not', 'an', 'object']),
      ].join('\n'),
    );
    const run = screenFile('--file', input, '--out', out, '--threshold', '0.75');
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`${input}:3: not valid JSON`);
    expect(run.stderr).toContain(`${input}:5: type: not a type Vigil screens`);
    expect(run.stderr).toContain(`${input}:6: not a JSON object`);
    expect(run.stderr).toMatch(/at threshold 0\.75/);

    const rows = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as JsonlRow);
    expect(rows.map((r) => [r.row, r.key, 'error' in r ? r.error.code : r.match])).toEqual([
      [1, 'k1', true],
      [2, 'k2', false],
      [3, null, 'bad-json'],
      [5, 'k5', 'bad-schema'],
      [6, null, 'not-an-object'],
    ]);
    const [prigozhin, innocentRow] = rows;
    if (!prigozhin || 'error' in prigozhin || !innocentRow || 'error' in innocentRow) throw new Error('rows 1 and 2 should be screened');
    const ofac = prigozhin.matches.find((m) => m.id === 'ofac-21171');
    expect(ofac).toMatchObject({ match: true, datasets: ['us_ofac_sdn'] });
    expect(ofac?.programs).toEqual(['UKRAINE-EO13661', 'CYBER2', 'ELECTION-EO13848', 'RUSSIA-EO14024']);
    expect(ofac?.explanations.map((e) => e.feature)).toContain('birthDate');
    expect(prigozhin.matches.every((m) => m.score >= 0.75)).toBe(true);
    expect(prigozhin.best?.id).toBe(prigozhin.matches[0]?.id);
    expect(prigozhin.match_count).toBe(prigozhin.matches.length);
    expect(innocentRow.match_count).toBe(0);
    expect(innocentRow.query.schema).toBe('Person');
    expect(innocentRow.matches).toEqual([]);
    expect(innocentRow.best === null || innocentRow.best.score < 0.75).toBe(true);
  });

  it('rejects an unknown output format, a missing input file and a bad --map with a clear message and exit 2', () => {
    const input = join(dir, 'one.csv');
    writeFileSync(input, 'name\nEvgeny Prigozhin\n');
    for (const [args, message] of [
      [['--file', input, '--out', join(dir, 'results.xlsx')], /--out must end in \.csv, \.jsonl or \.ndjson .*not "\.xlsx"/],
      [['--file', join(dir, 'missing.csv'), '--out', join(dir, 'r.csv')], /cannot read --file .*missing\.csv: no such file/],
      [['--file', input, '--out', join(dir, 'r.csv'), '--map', 'dob=birthday'], /--map "dob=birthday": "birthday" is not a property Vigil screens on; use one of name, .*birthDate/],
      [['--file', input], /--file needs --out/],
      [['Someone', '--file', input, '--out', join(dir, 'r.csv')], /either a name or --file/],
    ] as const) {
      const run = screenFile(...args);
      expect(run.stderr).toMatch(message);
      expect(run.status).toBe(2);
    }
  });
});
