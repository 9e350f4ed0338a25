import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedData } from '../../test/shared-data.js';
import { nameKeys, type NameKeys } from './name-keys.js';
import { joinedForms } from './name-tokens.js';

/**
 * The simplest scorer over nameKeys: some spelling of one name has all its non-legal tokens among
 * the other's tokens or joined forms. Enough to show the keys meet; the real scorer is in match/.
 */
function spellingsMeet(a: NameKeys, b: NameKeys): boolean {
  for (const va of a.variants) {
    for (const vb of b.variants) {
      const [short, long] = va.length <= vb.length ? [va, vb] : [vb, va];
      const pool = new Set([...long, ...joinedForms(long)]);
      if (short.length > 0 && short.every((t) => pool.has(t))) return true;
    }
  }
  return false;
}

/** Every skeleton of the name with fewer tokens is among the other's (joined forms included). */
function skeletonsMeet(a: NameKeys, b: NameKeys): boolean {
  const [short, long] = a.tokens.length <= b.tokens.length ? [a, b] : [b, a];
  return short.skeletons.length > 0 && short.skeletons.every((s) => long.skeletons.includes(s));
}

const meet = (a: string, b: string): boolean => spellingsMeet(nameKeys(a), nameKeys(b));

describe('nameKeys', () => {
  it('reads PRIGOZHIN, Yevgeniy Viktorovich: surname first, patronymic flagged', () => {
    const keys = nameKeys('PRIGOZHIN, Yevgeniy Viktorovich');
    expect(keys.tokens).toEqual(['prigozhin', 'yevgeniy', 'viktorovich']);
    expect(keys.parts.surnameFirst).toBe(true);
    expect(keys.parts.tokens.map((t) => t.kind)).toEqual(['word', 'word', 'patronymic']);
    expect(keys.variants).toEqual([keys.tokens]);
  });

  it.each(['PRIGOZHIN, Yevgeniy Viktorovich', 'Evgeny Prigozhin', 'Yevgeny Prigozhin', 'Jewgeni Prigoschin', 'Evguéni Prigojine'])(
    'Евгений Викторович Пригожин meets %s',
    (latin) => {
      expect(meet('Евгений Викторович Пригожин', latin)).toBe(true);
    },
  );

  it('keeps Prigozhin apart from Primakov', () => {
    expect(meet('Евгений Викторович Пригожин', 'Evgeny Primakov')).toBe(false);
  });

  it.each(['Vladimir Putin', 'Wladimir Putin', 'Vladimir Poutine', 'PUTIN, Vladimir Vladimirovich'])(
    'Путин Владимир Владимирович meets %s',
    (latin) => {
      expect(meet('Путин Владимир Владимирович', latin)).toBe(true);
    },
  );

  it('meets most Cyrillic and Latin lines of putin_names.txt with Vladimir Putin', () => {
    const lines = readFileSync(sharedData('eval/nomenklatura_putin_names/putin_names.txt'), 'utf8').split('\n').filter(Boolean);
    const putin = nameKeys('Vladimir Putin');
    const met = lines.filter((line) => spellingsMeet(putin, nameKeys(line)) || spellingsMeet(nameKeys(line), putin));
    for (const line of ['Путин, Владимир', 'ПУ́ТИН Влади́мир Влади́мирович', 'владимир владимирович путин', 'Vladímir Vladímirovich Putin', 'व्लादिमीर पुतिन', 'Βλαντίμιρ Πούτιν', 'ولادیمیر پوتین']) {
      expect(met).toContain(line);
    }
    console.log(`putin_names.txt: ${met.length} of ${lines.length} lines meet 'Vladimir Putin' on tokens`);
    expect(met.length).toBeGreaterThanOrEqual(40);
    // Latin-to-Latin romanisation differences are left to skeletons and the fuzzy scorer:
    expect(nameKeys('Wladimir Wladimirowitsch Putin').skeletons).toEqual(expect.arrayContaining(['fldmr', 'btn']));
    expect(meet('Путін Володимир Володимирович', 'Putin Volodymyr Volodymyrovych')).toBe(true);
  });

  it('meets Arabic names of cross_script_pairs.csv with their Latin pairs by skeleton', () => {
    const rows = readFileSync(sharedData('eval/watchman_cross_script/cross_script_pairs.csv'), 'utf8')
      .split('\n')
      .filter((line) => /^[\u0600-\u06ff]/.test(line))
      .map((line) => line.split(','));
    expect(rows.length).toBe(4);
    for (const [arabic = '', latin = ''] of rows) {
      expect(skeletonsMeet(nameKeys(arabic), nameKeys(latin)), `${arabic} / ${latin}`).toBe(true);
    }
  });

  it('gives محمد, Mohammed and Muhammad one skeleton, and not Ahmed', () => {
    for (const latin of ['Mohammed', 'Muhammad', 'Mohamad']) expect(skeletonsMeet(nameKeys('محمد'), nameKeys(latin))).toBe(true);
    expect(skeletonsMeet(nameKeys('محمد'), nameKeys('Ahmed'))).toBe(false);
    // Known limit: محمود (Mahmoud) differs from محمد only by a long vowel, so the skeletons are equal.
    expect(nameKeys('Mahmoud').skeletons).toEqual(nameKeys('Muhammad').skeletons);
  });

  it.each(['Kim Jong Un', 'Kim Jong-un', 'Gim Jeong-eun', 'KIM Jong Un'])('김정은 meets %s, 김정남 does not', (latin) => {
    expect(meet('김정은', latin)).toBe(true);
    expect(meet('김정남', latin)).toBe(false);
  });

  it.each(['Xi Jinping', 'Xi Jin Ping', 'Xi Jin-ping', 'XI, Jinping'])('习近平 meets %s', (latin) => {
    expect(meet('习近平', latin)).toBe(true);
  });

  it('joins particles: Abd al-Rahman, Abdul Rahman and Abdulrahman meet', () => {
    expect(meet('Abdul Rahman', 'Abdulrahman')).toBe(true);
    expect(meet('AL-QAIDA', 'Alqaida')).toBe(true);
    const skeleton = (n: string): readonly string[] => nameKeys(n).skeletons;
    expect(skeleton('Abd al-Rahman')).toContain('abdlrhmn');
    expect(skeleton('Abdulrahman')).toEqual(['abdlrhmn']);
  });

  it('turns legal forms into codes: ООО "Ромашка", Romashka LLC, Общество с ограниченной ответственностью', () => {
    expect(nameKeys('ООО "Ромашка"')).toMatchObject({ tokens: ['romashka', 'llc'], legalForms: ['llc'] });
    expect(nameKeys('Romashka LLC')).toMatchObject({ tokens: ['romashka', 'llc'], legalForms: ['llc'] });
    expect(nameKeys('Общество с ограниченной ответственностью «Ромашка»').legalForms).toEqual(['llc']);
    expect(nameKeys('ПАО Сбербанк')).toMatchObject({ tokens: ['sberbank', 'pjsc'], legalForms: ['pjsc'] });
    expect(nameKeys('Ivan Ao', { entity: 'person' }).legalForms).toEqual([]);
  });
});
