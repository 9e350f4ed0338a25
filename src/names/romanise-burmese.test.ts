import { describe, expect, it } from 'vitest';
import { romaniseBurmese } from './romanise-burmese.js';
import { latinVariants } from './transliterate.js';

describe('romaniseBurmese', () => {
  it('spells a name one word per syllable, each rhyme read whole', () => {
    // any-ascii: mneanlhiun.
    expect(romaniseBurmese('မင်းအောင်လှိုင်')).toEqual(['min aung hlaing', 'min aung hline']);
    expect(romaniseBurmese('သိန်းညွန့်')).toEqual(['thein nyunt']);
    expect(romaniseBurmese('မောင်မောင်ကျော်')).toEqual(['maung maung kyaw']);
  });

  it('reads the medials: ှ before the consonant (ရှ = sh), ြ and ျ as y, ွ as w or in the rhyme', () => {
    expect(romaniseBurmese('ဝင်းရှိန်')).toEqual(['win shein']);
    expect(romaniseBurmese('ကိုကိုလွင်')).toContain('ko ko lwin');
    expect(romaniseBurmese('စိုးထွဋ်')).toContain('soe htut');
  });

  it('spells the creaky tone after a nasal final as t (Myint), and no other tone', () => {
    expect(romaniseBurmese('မြင့်ဦး')).toEqual(['myint oo', 'myint u']);
  });

  it('gives a second reading for the sounds lists spell two ways', () => {
    expect(romaniseBurmese('မြထွန်းဦး')).toEqual(['mya htun oo', 'mya tun u']);
    expect(romaniseBurmese('ညီညီဆွေ')).toEqual(['nyi nyi hswe', 'nyi nyi swe']);
    // ိုင် is Hlaing in one list, Hline or Khine in another.
    expect(romaniseBurmese('သက်သက်ခိုင်')).toContain('thet thet khine');
  });

  it('is the Latin spelling of a Burmese name', () => {
    expect(latinVariants('စိုးဝင်း')).toEqual(['soe win', 'so win']);
  });
});
