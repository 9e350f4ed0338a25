import { describe, expect, it } from 'vitest';
import { isNisbaPair } from './nisba.js';

describe('isNisbaPair', () => {
  it('pairs a given name with the surname made from it, in any spelling of either', () => {
    expect(isNisbaPair('hossein', 'hosseini')).toBe(true);
    expect(isNisbaPair('husain', 'hosseini')).toBe(true);
    expect(isNisbaPair('mohammadi', 'muhammad')).toBe(true);
    expect(isNisbaPair('karim', 'karimi')).toBe(true);
    expect(isNisbaPair('omar', 'omari')).toBe(true);
    expect(isNisbaPair('amina', 'amini')).toBe(true);
    expect(isNisbaPair('karimi', 'karimah')).toBe(true);
    expect(isNisbaPair('mirza', 'mirzaei')).toBe(true);
    expect(isNisbaPair('maleki', 'malik')).toBe(true);
    expect(isNisbaPair('saeed', 'saeedi')).toBe(true);
    expect(isNisbaPair('hissene', 'hosseini')).toBe(true);
  });

  it('leaves two spellings of one name, and names outside the table, alone', () => {
    expect(isNisbaPair('hosseini', 'husseini')).toBe(false);
    expect(isNisbaPair('ahmadi', 'ahmady')).toBe(false);
    expect(isNisbaPair('andre', 'andrei')).toBe(false);
    expect(isNisbaPair('vasil', 'vasili')).toBe(false);
    expect(isNisbaPair('martin', 'martini')).toBe(false);
  });
});
