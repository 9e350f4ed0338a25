import { describe, expect, it } from 'vitest';
import { kontsevichReadings } from './romanise-kontsevich.js';
import { latinVariants } from './transliterate.js';

describe('kontsevichReadings', () => {
  it('reads Korean names as Russian writes them in the Latin letters the lists use', () => {
    expect(kontsevichReadings('чон мён гук')).toContain('chong myong guk');
    expect(kontsevichReadings('чон мён гук')).toContain('chon myong guk');
    // Aspirates (чх, тх, пх) as plain letters, ве as oe, final ль as l.
    expect(kontsevichReadings('чхве рён хэ')).toContain('choe ryong hae');
    expect(kontsevichReadings('ко тхэ хун')).toContain('ko tae hun');
    expect(kontsevichReadings('ри пён чхоль')).toContain('ri pyong chol');
  });

  it('reads a final н both ways, and the older system\'s е after ч and с as o', () => {
    expect(kontsevichReadings('ким чен ын')).toEqual(['kim chong ung', 'kim chong un', 'kim chon ung', 'kim chon un']);
    // The older system writes ㄹ as р at a syllable's end: Ким Ир Сен is Kim Il Sung.
    expect(kontsevichReadings('ким ир сен')).toContain('kim il song');
    // An open е stays e: Ким Се Гон.
    expect(kontsevichReadings('ким се гон')).toContain('kim se gong');
    // хи is 히 or 희, the given names' hui.
    expect(kontsevichReadings('ким гён хи')).toEqual(expect.arrayContaining(['kim gyong hi', 'kim gyong hui']));
  });

  it('leaves names that are not chains of Korean syllables', () => {
    expect(kontsevichReadings('владимир путин')).toEqual([]);
    expect(kontsevichReadings('цой виктор')).toEqual([]);
    // One word is no Korean name; four syllables in one word are none either.
    expect(kontsevichReadings('ким')).toEqual([]);
    expect(kontsevichReadings('ким чонмёнгукин')).toEqual([]);
  });

  it('gives a Cyrillic Korean name its Korean key forms beside the Russian romanisation', () => {
    expect(latinVariants('Ким Чен Ын').slice(0, 3)).toEqual(['kim chen yn', 'kim jong ong', 'kim jong on']);
    // Kim Jong-un's own key form (see koreanNameKeys) is among them.
    expect(latinVariants('Ким Чен Ын')).toContain(latinVariants('Kim Jong-un').at(-1));
  });
});
