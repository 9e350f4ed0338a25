import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../../test/read-source.js';
import { sharedData } from '../../../test/shared-data.js';
import { SourceParseError, type ParseIssue } from '../types.js';
import { unXmlAdapter } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'vigil-un-'));

function writeTemp(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** The issue of the SourceParseError that reading `path` throws. */
async function fatalIssue(path: string): Promise<ParseIssue> {
  const error: unknown = await readSource(unXmlAdapter, path).then(() => undefined, (e: unknown) => e);
  if (!(error instanceof SourceParseError)) throw new Error(`expected a SourceParseError, got ${String(error)}`);
  return error.issue;
}

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<CONSOLIDATED_LIST dateGenerated="2026-02-27T00:00:09.554Z">\n<INDIVIDUALS>\n';
const TAIL = '</INDIVIDUALS>\n<ENTITIES/>\n</CONSOLIDATED_LIST>\n';

function individual(fields: string): string {
  return `<INDIVIDUAL>\n${fields}\n</INDIVIDUAL>\n`;
}

describe('unXmlAdapter on bad input', () => {
  it('fails on a truncated copy of the real file, naming its last line', async () => {
    const cut = readFileSync(sharedData('un/consolidated.xml')).subarray(0, 300_000);
    const issue = await fatalIssue(writeTemp('truncated.xml', cut));
    expect(issue.code).toBe('malformed');
    expect(issue.code === 'malformed' && issue.line).toBe(8172);
  });

  it('fails on random bytes', async () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    expect((await fatalIssue(writeTemp('random.xml', bytes))).code).toBe('malformed');
  });

  it('fails on an empty file and a missing one', async () => {
    expect((await fatalIssue(writeTemp('empty.xml', ''))).code).toBe('empty-file');
    expect((await fatalIssue(join(dir, 'absent.xml'))).code).toBe('missing-file');
  });

  it('fails on well-formed XML that is another list, before yielding anything', async () => {
    const path = writeTemp('other.xml', '<?xml version="1.0"?>\n<sdnList>\n<INDIVIDUAL><REFERENCE_NUMBER>QDi.001</REFERENCE_NUMBER><FIRST_NAME>X</FIRST_NAME></INDIVIDUAL>\n</sdnList>\n');
    expect(await fatalIssue(path)).toEqual({ code: 'malformed', file: path, line: 2, message: 'not a UN consolidated list (root sdnList)' });
  });

  it('fails on a UN list without any INDIVIDUAL or ENTITY', async () => {
    const path = writeTemp('none.xml', HEAD + TAIL);
    expect(await fatalIssue(path)).toEqual({ code: 'malformed', file: path, line: 2, message: 'the list holds no INDIVIDUAL or ENTITY' });
  });

  it('reports bad records with their line and goes on', async () => {
    const path = writeTemp(
      'rows.xml',
      HEAD +
        individual('<FIRST_NAME>NO REF</FIRST_NAME>') + // lines 4-6
        individual('<FIRST_NAME>ANNA</FIRST_NAME><REFERENCE_NUMBER>KPi.900</REFERENCE_NUMBER><UN_LIST_TYPE>DPRK</UN_LIST_TYPE><GENDER>Unknown</GENDER><LISTED_ON>31 Feb 2020</LISTED_ON>') + // 7-9
        individual('<FIRST_NAME>ANNA</FIRST_NAME><REFERENCE_NUMBER>KPi.900</REFERENCE_NUMBER>') + // 10-12
        individual('<REFERENCE_NUMBER>KPi.901</REFERENCE_NUMBER>') + // 13-15
        individual('<FIRST_NAME>BO</FIRST_NAME><REFERENCE_NUMBER>KPi.902</REFERENCE_NUMBER><COMMENTS1>Works for KPe.999 and KPi.900.</COMMENTS1>\n<INDIVIDUAL_ALIAS><QUALITY>Medium</QUALITY><ALIAS_NAME>B.</ALIAS_NAME></INDIVIDUAL_ALIAS>\n<INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>BETWEEN</TYPE_OF_DATE><FROM_YEAR>1990</FROM_YEAR><TO_YEAR>1980</TO_YEAR></INDIVIDUAL_DATE_OF_BIRTH>') + // 16-20
        TAIL,
    );
    const result = await readSource(unXmlAdapter, path);
    expect(result.issues).toEqual([
      { code: 'missing-field', file: path, line: 4, field: 'REFERENCE_NUMBER' },
      { code: 'bad-value', file: path, line: 7, field: 'GENDER', value: 'Unknown', message: 'not male or female' },
      { code: 'bad-date', file: path, line: 8, field: 'LISTED_ON', value: '31 Feb 2020' },
      { code: 'duplicate-id', file: path, line: 10, id: 'un-KPi.900' },
      { code: 'missing-field', file: path, line: 13, field: 'FIRST_NAME' },
      { code: 'bad-value', file: path, line: 18, field: 'INDIVIDUAL_ALIAS/QUALITY', value: 'Medium', message: 'unknown alias quality, read as a.k.a.' },
      { code: 'bad-date', file: path, line: 19, field: 'INDIVIDUAL_DATE_OF_BIRTH/FROM_YEAR-TO_YEAR', value: '1990-1980' },
      { code: 'unresolved-link', file: path, line: 17, from: 'un-KPi.902', value: 'KPe.999' },
    ]);
    expect(result.entities.map((e) => e.id)).toEqual([
      'un-KPi.900', 'un-KPi.900-sanction', 'un-KPi.902', 'un-KPi.902-sanction', 'un-link-KPi.902-KPi.900',
    ]);
    expect(result.byId.get('un-KPi.900')?.properties['gender']).toBeUndefined();
    expect(result.byId.get('un-KPi.900-sanction')?.properties['listingDate']).toBeUndefined();
    expect(result.byId.get('un-KPi.902')?.properties['alias']).toEqual(['B.']);
    expect(result.byId.get('un-KPi.902')?.properties['birthDate']).toBeUndefined();
    expect(result.published).toBe('2026-02-27T00:00:09.554Z');
  });
});
