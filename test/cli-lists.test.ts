import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';
import { sharedData } from './shared-data.js';

/** Writes a one-source config and returns its path. */
function config(dir: string, name: string, format: string, path: string): string {
  const file = join(dir, `${name}-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify({ sources: [{ name, format, path }] }));
  return file;
}

describe('vigil update / changes / entity on two real OFAC releases', () => {
  const home = mkdtempSync(join(tmpdir(), 'vigil-cli-'));
  let first: ReturnType<typeof runCli>;
  let second: ReturnType<typeof runCli>;

  beforeAll(() => {
    first = runCli(['update', '--home', home, '--config', config(home, 'us_ofac_sdn', 'ofac-csv', sharedData('ofac/legacy_set_2021-07'))]);
  });

  it('loads the 2021-07 set with its aliases and links', () => {
    expect(first.stderr).not.toMatch(/error:/);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/us_ofac_sdn\s+ok\s+\S+\s+8976\s/);
    const prigozhin = JSON.parse(runCli(['entity', 'ofac-21171', '--home', home, '--json']).stdout) as {
      entity: { properties: Record<string, string[]> };
      links: { schema: string; properties: Record<string, string[]> }[];
    };
    expect(prigozhin.entity.properties['birthDate']).toEqual(['1961-06-01']);
    expect(prigozhin.entity.properties['alias']).toContain('PRIGOZHIN, Evgeny');
    const linkedFrom = prigozhin.links.filter((l) => l.schema === 'UnknownLink' && l.properties['object']?.includes('ofac-21171'));
    expect(linkedFrom.length).toBeGreaterThanOrEqual(5);
  });

  it('shows what the 2024-05-03 release changed: Wagner gained TCO, CAR and RUSSIA-EO14024', () => {
    second = runCli(['update', '--home', home, '--config', config(home, 'us_ofac_sdn', 'ofac-csv', sharedData('ofac/sdn_2024-05-03'))]);
    expect(second.status).toBe(0);
    const changes = JSON.parse(runCli(['changes', '--since', '2000-01-01', '--home', home, '--json']).stdout) as {
      entityId: string;
      kind: string;
      diff: Record<string, { added: string[]; removed: string[] }>;
    }[];
    const wagner = changes.find((c) => c.entityId === 'ofac-22543');
    expect(wagner?.kind).toBe('changed');
    expect([...(wagner?.diff['program']?.added ?? [])].sort()).toEqual(['CAR', 'RUSSIA-EO14024', 'TCO']);
    expect(wagner?.diff['program']?.removed).toEqual([]);
    const text = runCli(['changes', '--since', '2000-01-01', '--home', home]).stdout;
    expect(text).toMatch(/changed\s+ofac-22543\s+PRIVATE MILITARY COMPANY 'WAGNER'\n\s+.*program: \+TCO \+CAR \+RUSSIA-EO14024/);
    const added = changes.filter((c) => c.kind === 'added').length;
    expect(added).toBeGreaterThan(5000); // 14965 parties in 2024 against 8976 in 2021
  });

  it('lists the version in service and its history in `vigil sources` and `vigil entity`', () => {
    const sources = runCli(['sources', '--home', home]);
    expect(sources.stdout).toMatch(/us_ofac_sdn\s+ofac-csv\s+\S+\s+14965\s/);
    const entity = runCli(['entity', 'ofac-22543', '--home', home]).stdout;
    expect(entity).toMatch(/program: TCO \| UKRAINE-EO13660 \| CAR \| RUSSIA-EO14024|program: .*TCO/);
    expect(entity).toMatch(/history:\n.*us_ofac_sdn added/);
    expect(entity).toMatch(/us_ofac_sdn changed: .*program \+TCO \+CAR \+RUSSIA-EO14024/);
  });

  describe('bad list files', () => {
    const unXml = readFileSync(sharedData('un/consolidated.xml'), 'utf8');
    beforeAll(() => {
      const run = runCli(['update', '--home', home, '--config', config(home, 'un_sc_sanctions', 'un-xml', sharedData('un/consolidated.xml'))]);
      expect(run.status).toBe(0);
    });

    it.each([
      ['a truncated XML', 'un-xml', () => unXml.slice(0, unXml.length / 2), /un_sc_sanctions: .*consolidated\.xml:\d+(:\d+)?: malformed/],
      ['a CSV with the wrong columns', 'uk-tables', () => 'a,b,c\n1,2,3\n', /un_sc_sanctions: .*subject\w*\.csv:1: wrong columns/],
      ['random bytes', 'un-xml', () => '\u0000\u00ff\u0013garbage\u0007', /un_sc_sanctions: .*consolidated\.xml.*malformed/],
      ['an empty file', 'un-xml', () => '', /un_sc_sanctions: .*consolidated\.xml: the file is empty/],
    ])('%s: clear error naming the source and file, exit 1, previous version kept', (_what, format, content, message) => {
      const dir = mkdtempSync(join(home, 'bad-'));
      let target = join(dir, 'consolidated.xml');
      if (format === 'uk-tables') {
        target = dir;
        for (const f of ['subjects.csv', 'subject_names.csv', 'subject_dobs.csv', 'subject_identifiers.csv', 'subject_countries.csv']) {
          writeFileSync(join(dir, f), content());
        }
      } else {
        writeFileSync(target, content());
      }
      const run = runCli(['update', '--home', home, '--config', config(dir, 'un_sc_sanctions', format, target)]);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).toMatch(/previous version of un_sc_sanctions stays in service/);
      const statuses = JSON.parse(runCli(['sources', '--home', home, '--json']).stdout) as { source: string; current: { targetCount: number } }[];
      expect(statuses.find((s) => s.source === 'un_sc_sanctions')?.current.targetCount).toBe(1003);
    });
  });

  it('reads companion files named in the config from another folder: the 2026-06 aliases of the 2024-05-03 parties', () => {
    const file = join(home, 'companions.json');
    const source = { name: 'us_ofac_sdn', format: 'ofac-csv', path: sharedData('ofac/sdn_2024-05-03/sdn.csv') };
    writeFileSync(file, JSON.stringify({ sources: [{ ...source, companions: [sharedData('ofac/partial_2026-06/alt.csv'), sharedData('ofac/partial_2026-06/add.csv')] }] }));
    const run = runCli(['update', '--home', home, '--config', file]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/us_ofac_sdn\s+ok\s+\S+\s+14965\s/);
    // Rows of parties designated after 2024-05-03 have no party to go to; they are reported, by file and line.
    expect(run.stdout + run.stderr).toMatch(/partial_2026-06\/alt\.csv:\d+: ent_num links to "\d+", which is not on the list/);
    const hamas = JSON.parse(runCli(['entity', 'ofac-4695', '--home', home, '--json']).stdout) as { entity: { properties: Record<string, string[]> } };
    expect(hamas.entity.properties['alias']).toContain('HARAKAT AL-MUQAWAMA AL-ISLAMIYA');
    const screened = JSON.parse(runCli(['screen', 'Harakat al-Muqawama al-Islamiya', '--home', home, '--json']).stdout) as { results: { entity: { id: string } }[] };
    expect(screened.results[0]?.entity.id).toBe('ofac-4695');

    const missing = join(home, 'missing-companion.json');
    writeFileSync(missing, JSON.stringify({ sources: [{ ...source, companions: [join(home, 'nowhere', 'alt.csv')] }] }));
    const failed = runCli(['update', '--home', home, '--config', missing]);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/us_ofac_sdn: .*nowhere\/alt\.csv: missing file/);
    expect(failed.stderr).toMatch(/previous version of us_ofac_sdn stays in service/);
  });

  it('rejects a companion file the format does not read, naming it and the ones it reads', () => {
    const file = join(home, 'bad-companion.json');
    const path = sharedData('ofac/sdn_2024-05-03/sdn.csv');
    writeFileSync(file, JSON.stringify({ sources: [{ name: 'us_ofac_sdn', format: 'ofac-csv', path, companions: [join(home, 'aliases.csv')] }] }));
    const run = runCli(['update', '--home', home, '--config', file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/sources\.0\.companions\.0: "aliases\.csv" is not a companion file of ofac-csv \(alt\.csv, add\.csv, sdn_comments\.csv\)/);
    writeFileSync(file, JSON.stringify({ sources: [{ name: 'us_ofac_sdn', format: 'ofac-csv', url: 'https://example.org/sdn.csv', companions: [join(home, 'alt.csv')] }] }));
    const withUrl = runCli(['update', '--home', home, '--config', file]);
    expect(withUrl.status).toBe(2);
    expect(withUrl.stderr).toMatch(/sources\.0\.companions: "companions" go with "path"/);
  });

  it('rejects a config with a wrong format id, naming the field', () => {
    const file = join(home, 'bad-config.json');
    writeFileSync(file, JSON.stringify({ sources: [{ name: 'x', format: 'ofac-pdf', path: '/tmp' }] }));
    const run = runCli(['update', '--home', home, '--config', file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/bad-config\.json: invalid config:\n\s+sources\.0\.format: /);
  });
});

describe('vigil update --from DIR reads the official file names from a folder', () => {
  const home = mkdtempSync(join(tmpdir(), 'vigil-from-'));
  const folder = mkdtempSync(join(tmpdir(), 'vigil-from-files-'));
  for (const name of ['sdn.csv', 'alt.csv', 'add.csv', 'sdn_comments.csv']) {
    // OFAC serves upper-case names from its list service; the lookup ignores case.
    copyFileSync(sharedData(`ofac/legacy_set_2021-07/${name}`), join(folder, name.toUpperCase()));
  }

  it('loads the default us_ofac_sdn source from the folder, companions included', () => {
    const run = runCli(['update', '--home', home, '--from', folder, '--source', 'us_ofac_sdn']);
    expect(run.stderr).not.toMatch(/error:/);
    expect(run.status).toBe(0);
    const entity = JSON.parse(runCli(['entity', 'ofac-22543', '--home', home, '--json']).stdout) as { entity: { properties: Record<string, string[]> } };
    expect(entity.entity.properties['alias']).toContain('PMC WAGNER');
  });

  it('names the missing file when the folder lacks one, and exits 1', () => {
    const run = runCli(['update', '--home', home, '--from', folder, '--source', 'un_sc_sanctions']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/error: un_sc_sanctions: .*consolidated\.xml: missing file \(--from folder has no consolidated\.xml\)/);
  });

  it('rejects an unknown source name, listing the known ones', () => {
    const run = runCli(['update', '--home', home, '--from', folder, '--source', 'nope']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/no source named nope in the default config; known: us_ofac_sdn, us_ofac_cons, un_sc_sanctions, eu_fsf, gb_fcdo_sanctions/);
  });

  it('exports what it loaded as FtM JSON lines', () => {
    const out = runCli(['export', '--format', 'ftm', '--home', home]).stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; schema: string; datasets: string[] });
    expect(out.filter((e) => e.schema !== 'Sanction' && e.id.startsWith('ofac-') && /^ofac-\d+$/.test(e.id))).toHaveLength(8976);
    expect(out.find((e) => e.id === 'ofac-22543')).toMatchObject({ schema: 'Organization', datasets: ['us_ofac_sdn'] });
    expect(runCli(['export', '--format', 'csv', '--home', home]).status).toBe(2);
  });
});
