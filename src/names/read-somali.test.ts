import { describe, expect, it } from 'vitest';
import { readSomaliSpelling } from './read-somali.js';

describe('readSomaliSpelling', () => {
  it('reads x as h, drops the c that writes the ʿayn, and makes long vowels single', () => {
    expect(readSomaliSpelling('xasan daahir aweys')).toBe('hasan dahir aweys');
    expect(readSomaliSpelling('maxamed cabdullahi faarax')).toBe('mahamed abdullahi farah');
    expect(readSomaliSpelling('jaamac cali ciise')).toBe('jama ali ise');
  });

  it('reads a name of no common Somali word when two of its words bear Somali letters, one a double vowel', () => {
    expect(readSomaliSpelling('abuukar cali aadan')).toBe('abukar ali adan');
    // In either order, and a word with both marks counts once: Xuuroow Cali as Cali Xuuroow.
    expect(readSomaliSpelling('xuuroow cali')).toBe('hurow ali');
    expect(readSomaliSpelling('cali xuuroow')).toBe('ali hurow');
    // Macallin is the Somali form of Mu'allim, which the lists write Maalim.
    expect(readSomaliSpelling('macallin salmaan')).toBe('maalim salman');
  });

  it('leaves a name without Somali spelling as it is', () => {
    expect(readSomaliSpelling('carlos alexander')).toBeUndefined();
    expect(readSomaliSpelling('max cohen')).toBeUndefined();
    expect(readSomaliSpelling('hassan dahir aweys')).toBeUndefined();
    // Pinyin writes x, and Spanish c before a vowel, but neither a double vowel.
    expect(readSomaliSpelling('xi xiaoming')).toBeUndefined();
    expect(readSomaliSpelling('carlos cecilio')).toBeUndefined();
    // One word with a Somali letter is not enough, double vowel or not.
    expect(readSomaliSpelling('aaron smith')).toBeUndefined();
  });
});
