import { describe, expect, it } from 'vitest';
import { areGenderedForms } from './gendered-given-names.js';

describe('areGenderedForms', () => {
  it("pairs a man's given name with the woman's made from it, in either order and across romanisations", () => {
    for (const [man, woman] of [['aleksandr', 'aleksandra'], ['alexander', 'alexandra'], ['evgeny', 'yevgeniya'], ['yevhen', 'yevheniia'], ['viktor', 'viktoriya'], ['valentin', 'walentina'], ['michel', 'michelle'], ['antonio', 'antonia'], ['ali', 'aliaa']]) {
      expect(areGenderedForms(man!, woman!), `${man} / ${woman}`).toBe(true);
      expect(areGenderedForms(woman!, man!), `${woman} / ${man}`).toBe(true);
    }
  });

  it('leaves two spellings of one name, two names of one gender and names not in the table alone', () => {
    expect(areGenderedForms('aleksandr', 'alexander')).toBe(false);
    expect(areGenderedForms('yevgeniya', 'evgenia')).toBe(false);
    expect(areGenderedForms('aleksandra', 'viktoriya')).toBe(false);
    expect(areGenderedForms('aleksandr', 'viktoriya')).toBe(false);
    expect(areGenderedForms('sergey', 'sergeya')).toBe(false);
  });
});
