import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBatchInput } from './read-batch-input.js';

describe('openBatchInput', () => {
  it('reads columns named like the properties every object has as plain columns', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'vigil-batch-')), 'customers.csv');
    writeFileSync(path, 'name,constructor,__proto__,nationality,nationality\nEvgeny Prigozhin,a,b,ru,by\n');
    const input = await openBatchInput(path);
    const rows = [];
    for await (const row of input.rows(() => {})) rows.push(row);
    expect(rows).toHaveLength(1);
    const fields = 'fields' in rows[0]! ? rows[0].fields : {};
    expect(Object.entries(fields)).toEqual([['name', 'Evgeny Prigozhin'], ['constructor', 'a'], ['__proto__', 'b'], ['nationality', ['ru', 'by']]]);
  });
});
