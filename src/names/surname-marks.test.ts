import { describe, expect, it } from 'vitest';
import { surnameMask } from './surname-marks.js';

describe('surnameMask', () => {
  it('reads the surname from capitals among mixed-case given names, word by normalised word', () => {
    expect(surnameMask('Michel Joseph MARTELLY')).toEqual([false, false, true]);
    // Yong-ho is two normalised words.
    expect(surnameMask('CHOE Yong-ho')).toEqual([true, false, false]);
    expect(surnameMask('Sor Teresa GOMEZ ALVAREZ')).toEqual([false, false, true, true]);
  });

  it('reads the surname before a comma', () => {
    expect(surnameMask('DA COSTA, Luis Fernando')).toEqual([true, true, false, false]);
    expect(surnameMask('PUTIN, Vladimir Vladimirovich')).toEqual([true, false, false]);
  });

  it('marks nothing when capitals say nothing: all or none, in the middle, a Roman numeral, a legal form, one letter', () => {
    expect(surnameMask('IBRAHIM AWWAD IBRAHIM ALI AL-BADRI')).toBeUndefined();
    expect(surnameMask('Vladimir Putin')).toBeUndefined();
    expect(surnameMask('Abdullah II')).toBeUndefined();
    expect(surnameMask('Nicolás Maduro SA')).toBeUndefined();
    expect(surnameMask('John F Kennedy')).toBeUndefined();
    expect(surnameMask('Abdul Baqi BASIR Awal Shah')).toBeUndefined();
    expect(surnameMask('كيم جونغ أون')).toBeUndefined();
  });
});
