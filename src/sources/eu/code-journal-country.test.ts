import { describe, expect, it } from 'vitest';
import { codeJournalCountry } from './code-journal-country.js';

describe('codeJournalCountry', () => {
  it.each([
    ['Russian', ['ru']],
    ['Iranian', ['ir']],
    ['North Korean', ['kp']],
    ['DPRK.', ['kp']],
    ['Democratic People’s Republic of Korea (DPRK)', ['kp']],
    ['Myanmar/Burma', ['mm']],
    ['Ukrainian, Russian', ['ua', 'ru']],
    ['Russian and Belarusian', ['ru', 'by']],
    ['(a) Jordanian (b) American', ['jo', 'us']],
    ['Pakistani (presumed)', ['pk']],
    ['Russian Federation', ['ru']],
    ['Cameroon', ['cm']],
  ])('codes %j', (text, codes) => {
    expect(codeJournalCountry(text)).toEqual(codes);
  });

  it('gives up when any part is not a country, so the caller keeps the text', () => {
    expect(codeJournalCountry('Italian since 1990')).toBeUndefined();
    expect(codeJournalCountry('Gaza Strip, West Bank, Southern Lebanon')).toBeUndefined();
    expect(codeJournalCountry('Congolese')).toBeUndefined();
  });
});
