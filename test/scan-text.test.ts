import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPhraseIndex, scanText, type PartyMention, type PhraseIndex, type ScanResult } from '../src/scan/index.js';
import { loadApiFixture } from './api-app.js';

const WAGNER_NEWS = join(import.meta.dirname, '..', '..', 'shared', 'reference', 'news-2023-01-21-wagner.txt');
/** The Wagner Group as the OFAC (ent_num 22543), EU (two regimes) and UK lists hold it. */
const WAGNER_IDS = ['ofac-22543', 'eu-32020R1998-I.B-5', 'eu-32014R0269-I.ENTITIES-210', 'gb-RUS1090'];
/** UK RUS1090's successor listing, Africa Corps, carries "Wagner Group" and "PMC Wagner" as aliases. */
const WAGNER_ALIASES = [...WAGNER_IDS, 'gb-LIB0077'];
const PRIGOZHIN_IDS = ['ofac-21171', 'gb-LIB0071', 'eu-32014R0269-I.PERSONS-234'];

const idsAt = (result: ScanResult, written: string): string[] => [...new Set(result.mentions.filter((m) => m.text === written).map((m) => m.entity.id))].sort();
const at = (result: ScanResult, written: string, id: string): PartyMention | undefined => result.mentions.find((m) => m.text === written && m.entity.id === id);

describe('scanning text against every real list', () => {
  let index: PhraseIndex;
  const scan = (text: string, threshold = 0.7): ScanResult => scanText(index, text, { threshold });

  beforeAll(async () => {
    const { ctx } = await loadApiFixture({ build: false });
    index = await buildPhraseIndex(ctx.store.entities());
    await ctx.store.close();
  });

  it('finds the Wagner Group in the news of 2023-01-21 on the OFAC, EU and UK lists, and no one else', () => {
    const text = readFileSync(WAGNER_NEWS, 'utf8');
    const result = scan(text);
    for (const m of result.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(idsAt(result, 'Wagner Group')).toEqual([...WAGNER_ALIASES].sort());
    expect(at(result, 'Wagner Group', 'gb-RUS1090')).toMatchObject({ evidence: 'full-name', score: 1, confidence: 'high', listedName: 'Wagner Group' });
    // OFAC lists the group as PRIVATE MILITARY COMPANY 'WAGNER', with WAGNER GROUP among its aliases (alt.csv).
    expect(at(result, 'Wagner Group', 'ofac-22543')).toMatchObject({ evidence: 'full-name', score: 1, confidence: 'high', listedName: 'WAGNER GROUP' });
    // "Wagner poses" and "Wagner’s heavy recruitment": one word, counted because the group is named in full.
    expect(idsAt(result, 'Wagner')).toEqual([...WAGNER_ALIASES].sort());
    expect(at(result, 'Wagner’s', 'ofac-22543')?.explanation).toMatch(/named in full elsewhere in the text \(read without a grammatical ending\)$/);
    expect(new Set(result.mentions.map((m) => m.entity.id))).toEqual(new Set(WAGNER_ALIASES));
    for (const m of result.mentions) expect(m.text).not.toMatch(/Kirby|White House|Treasury|Security Council|United Nations|Ukraine/);
  });

  it('reports Russia, North Korea and Iran in the news with their programmes', () => {
    const result = scan(readFileSync(WAGNER_NEWS, 'utf8'));
    expect(result.jurisdictions.map((j) => j.code)).toEqual(['ru', 'kp', 'ir']);
    const programs = (code: string) => result.jurisdictions.find((j) => j.code === code)!.programs.map((p) => `${p.authority}:${p.code}`);
    expect(programs('ru')).toEqual(expect.arrayContaining(['us-ofac:RUSSIA-EO14024', 'eu:EU-RUS', 'gb:RUS']));
    expect(programs('kp')).toEqual(expect.arrayContaining(['us-ofac:DPRK', 'un-sc:DPRK', 'eu:EU-PRK', 'gb:DPR']));
    expect(programs('ir')).toEqual(expect.arrayContaining(['us-ofac:IRAN', 'un-sc:Iran', 'eu:EU-IRN', 'gb:IRN']));
    expect(result.jurisdictions.find((j) => j.code === 'kp')!.mentions.map((m) => m.text)).toEqual(['North Korea', 'North Korea', 'North Korea', 'North Korea', 'DPRK', 'North Korea']);
  });

  it('reads Russian: names with case endings, ЧВК «Вагнер», and КНДР', () => {
    const text = 'Евгений Пригожин, основатель ЧВК «Вагнер», заявил, что бойцы Вагнера покинули Бахмут. По словам Пригожина, снаряды из КНДР задерживаются.';
    const result = scan(text);
    expect(idsAt(result, 'Евгений Пригожин')).toEqual([...PRIGOZHIN_IDS].sort());
    expect(at(result, 'Евгений Пригожин', 'ofac-21171')).toMatchObject({ evidence: 'given-and-surname', confidence: 'high' });
    // OFAC writes it in Latin letters only: CHVK VAGNER.
    expect(idsAt(result, 'ЧВК «Вагнер')).toEqual(['eu-32014R0269-I.ENTITIES-210', 'eu-32020R1998-I.B-5', 'gb-RUS1090', 'ofac-22543']);
    expect(at(result, 'ЧВК «Вагнер', 'eu-32020R1998-I.B-5')).toMatchObject({ evidence: 'full-name', listedName: 'ЧВК ‘Вагнер’', score: 1 });
    expect(at(result, 'Вагнера', 'gb-RUS1090')?.explanation).toMatch(/read without a grammatical ending/);
    expect(idsAt(result, 'Пригожина')).toEqual([...PRIGOZHIN_IDS].sort());
    expect(result.jurisdictions.map((j) => j.code)).toEqual(['kp']);
  });

  it('reads English as written: possessives, spelling variants, a name over a line break, a bank from the UN list', () => {
    const text = "PMC Wagner recruited convicts. Later Yevgeny Prigozhin's men left Bakhmut, and Prigozhin blamed the ministry.\nThe Korea Kwangson Banking Corporation handled the payments for the Wagner\nGroup.\nJohn Wagner, a teacher from Ohio, was not involved.";
    const result = scan(text);
    expect(idsAt(result, 'PMC Wagner')).toEqual([...WAGNER_ALIASES].sort());
    expect(idsAt(result, "Yevgeny Prigozhin's")).toEqual([...PRIGOZHIN_IDS].sort());
    expect(at(result, "Yevgeny Prigozhin's", 'ofac-21171')?.explanation).toBe('"Yevgeny Prigozhin\'s" is "PRIGOZHIN, Yevgeniy Viktorovich" with the name "yevgeniy" spelled differently (read without a grammatical ending)');
    expect(idsAt(result, 'Prigozhin')).toEqual([...PRIGOZHIN_IDS].sort());
    expect(idsAt(result, 'Korea Kwangson Banking Corporation')).toEqual(['eu-32017R1509-XIII.B-25', 'gb-DPR0155', 'ofac-11581', 'un-KPe.025']);
    expect(at(result, 'Korea Kwangson Banking Corporation', 'un-KPe.025')).toMatchObject({ confidence: 'high', listedName: 'KOREA KWANGSON BANKING CORPORATION (KKBC)' });
    expect(idsAt(result, 'Wagner\nGroup')).toEqual([...WAGNER_ALIASES].sort());
    // "John Wagner" is a person called Wagner, even in a text about the group.
    expect(result.mentions.filter((m) => m.start >= text.indexOf('John'))).toEqual([]);
  });

  it('finds an organisation listed under one word when it is written as a proper name, not a common word', () => {
    const text = 'Hamas said on Monday that talks had stalled. Officials believe Hamas fighters crossed at night.\nHAMAS issued a statement. The United Nations and the Premier League met.';
    const result = scan(text);
    expect([...new Set(result.mentions.map((m) => `${m.start} ${m.text} ${m.entity.id}`))].filter((m) => m.endsWith('ofac-4695'))).toEqual(['0 Hamas ofac-4695', '63 Hamas ofac-4695', '96 HAMAS ofac-4695']);
    expect(result.mentions.find((m) => m.start === 0 && m.entity.id === 'ofac-4695')?.explanation).toBe('"Hamas" is the one-word listed name "HAMAS", written as a proper name elsewhere in the text');
    expect(result.mentions.find((m) => m.start === 63 && m.entity.id === 'ofac-4695')?.explanation).toBe('"Hamas" is the one-word listed name "HAMAS", next to "fighters"');
    expect(result.mentions.filter((m) => m.start > text.indexOf('United'))).toEqual([]);
    // At the start of a sentence, with nothing else to go on, a capital says nothing.
    expect(scan('Hamas said on Monday that talks had stalled.').mentions).toEqual([]);
  });

  it('finds the group by its distinctive word next to an organisation word: "the Wagner company"', () => {
    const result = scan('Fighters of the Wagner company left Bakhmut.');
    expect(idsAt(result, 'Wagner company')).toEqual([...WAGNER_ALIASES].sort());
    expect(at(result, 'Wagner company', 'ofac-22543')).toMatchObject({ evidence: 'distinctive-word', confidence: 'medium', listedName: "PRIVATE MILITARY COMPANY 'WAGNER'" });
    expect(at(result, 'Wagner company', 'ofac-22543')?.explanation).toBe('"Wagner" is the distinctive word of "PRIVATE MILITARY COMPANY \'WAGNER\'", next to "company"');
  });

  it('keeps a lone "Wagner" below the threshold when nothing says it is the group', () => {
    const text = 'The festival opened with Wagner and closed with Verdi.';
    expect(scan(text).mentions).toEqual([]);
    const low = scan(text, 0.4).mentions.filter((m) => m.entity.id === 'ofac-22543');
    expect(low).toMatchObject([{ text: 'Wagner', evidence: 'distinctive-word', confidence: 'low', score: 0.5 }]);
  });

  it('reads Arabic compounds however the text spells them: Abd al-Aziz finds the listed Abdul Aziz, Salah al-Din the listed Salah Eddine', () => {
    const text = 'Abd al-Aziz Abbasin was seen in Kabul; Salah al-Din Gasmi in Tunis; Abdelaziz Abbasin left.';
    const result = scan(text);
    const abbasin = ['eu-32011R0753-I.A-116', 'gb-AFG0121', 'ofac-12924', 'un-TAi.155'];
    expect(idsAt(result, 'Abd al-Aziz Abbasin')).toEqual(abbasin);
    expect(idsAt(result, 'Abdelaziz Abbasin')).toEqual(abbasin);
    expect(idsAt(result, 'Salah al-Din Gasmi')).toEqual(['eu-32002R0881-I-61ebad2b5a', 'gb-AQD0304', 'un-QDi.251']);
    expect(at(result, 'Salah al-Din Gasmi', 'un-QDi.251')).toMatchObject({ evidence: 'full-name', listedName: 'SALAH EDDINE GASMI', confidence: 'high' });
    // A compound's first part alone is not the compound: "Abdul Abbasin" names nobody listed.
    expect(scan('Abdul Abbasin was seen in Kabul.').mentions).toEqual([]);
  });

  it('finds nobody in ordinary news, in a paragraph of common given names, or in common words', () => {
    const news =
      'The city council met on Tuesday to discuss the new budget for schools and public transport. The mayor said the plan would add three bus lines and repair several bridges before winter. Local businesses welcomed the news, although some residents worried about higher parking fees. The United Nations climate report was also discussed, and the Premier League club offered to host a charity match in the spring.';
    const names =
      'John, Mary, Peter, Anna, Maria, Mohammed, Ali, David, Ivan, Olga, Elena, Ahmed and Sarah went to the market. Later Maria met Olga, Mohammed and Ali at the station, and John Peter and Maria Anna met Ali Ahmed and Mohammed Ali.';
    for (const text of [news, names]) {
      const result = scan(text);
      expect(result.mentions).toEqual([]);
      expect(result.jurisdictions).toEqual([]);
    }
  });
});
