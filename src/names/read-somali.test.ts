import { describe, expect, it } from 'vitest';
import { readSomaliSpelling } from './read-somali.js';

describe('readSomaliSpelling', () => {
  it('reads x as h, drops the c that writes the ʿayn, and makes long vowels single', () => {
    expect(readSomaliSpelling('xasan daahir aweys')).toBe('hasan dahir aweys');
    expect(readSomaliSpelling('maxamed cabdullahi faarax')).toBe('mahamed abdullahi farah');
    expect(readSomaliSpelling('jaamac cali ciise')).toBe('jama ali ise');
  });

  it('leaves a name without a Somali spelling of a common name as it is', () => {
    expect(readSomaliSpelling('carlos alexander')).toBeUndefined();
    expect(readSomaliSpelling('max cohen')).toBeUndefined();
    expect(readSomaliSpelling('hassan dahir aweys')).toBeUndefined();
  });
});
