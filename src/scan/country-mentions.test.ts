import { describe, expect, it } from 'vitest';
import { findJurisdictionMentions } from './country-mentions.js';
import { tokeniseText } from './tokenise-text.js';

const scan = (text: string) => findJurisdictionMentions(text, tokeniseText(text));

describe('findJurisdictionMentions', () => {
  it('finds North Korea, Russia and Iran with the programmes of the catalogue that cover them', () => {
    const text = 'Railcars travel from Russia to North Korea; drones come from Iran.';
    const found = scan(text);
    expect(found.map((j) => j.code)).toEqual(['ru', 'kp', 'ir']);
    const kp = found.find((j) => j.code === 'kp')!;
    expect(kp.mentions).toEqual([{ start: 31, end: 42, text: 'North Korea' }]);
    const codes = (code: string) => found.find((j) => j.code === code)!.programs.map((p) => `${p.authority}:${p.code}`);
    expect(codes('kp')).toEqual(expect.arrayContaining(['us-ofac:DPRK', 'un-sc:DPRK', 'eu:EU-PRK', 'gb:DPR']));
    expect(kp.programs.find((p) => p.code === 'DPRK' && p.authority === 'us-ofac')?.comprehensive).toBe(true);
    expect(codes('ru')).toEqual(expect.arrayContaining(['us-ofac:RUSSIA-EO14024', 'eu:EU-RUS', 'gb:RUS']));
    expect(codes('ir')).toEqual(expect.arrayContaining(['us-ofac:IRAN', 'un-sc:Iran', 'eu:EU-IRN', 'gb:IRN']));
    // EU-IRN's title also names Russia ("military support to Russia"); it is Iran's programme.
    expect(codes('ru')).not.toContain('eu:EU-IRN');
  });

  it('reads Russian, with case endings, and the occupied regions of Ukraine', () => {
    const found = scan('Поставки из КНДР в Россию идут через Крым; в ДНР и Луганске.');
    expect(found.map((j) => [j.code, j.mentions.map((m) => m.text)])).toEqual([
      ['kp', ['КНДР']],
      ['ru', ['Россию']],
      ['ua-cri', ['Крым']],
      ['ua-dpr', ['ДНР']],
      ['ua-lpr', ['Луганске']],
    ]);
    expect(found.find((j) => j.code === 'ua-cri')?.programs.map((p) => p.code)).toContain('UKRAINE-EO13685');
  });

  it('reports neither South Korea nor countries without a sanctions regime', () => {
    expect(scan('Talks between South Korea, Ukraine, France and Japan.')).toEqual([]);
  });
});
