import { describe, expect, it } from 'vitest';
import { listedPerson } from '../listed-person.js';
import { CASES_PER_KIND, generateHeldBackCases, splitOf } from '../../bench/eval/held-back.js';
import { cyrillicName, dropMiddleName, looksRussian, perturbName, reorderName, typoName } from '../../bench/eval/perturb-names.js';
import { fnv1a, mulberry32, shuffled } from '../../bench/eval/prng.js';

describe('seeded randomness', () => {
  it('repeats with the same seed and differs with another', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(mulberry32(43)()).not.toBe(first[0]);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(shuffled([1, 2, 3, 4, 5], mulberry32(7)).sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('hashes with FNV-1a 32-bit', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
  });
});

describe('name perturbations', () => {
  it('reorders both ways', () => {
    expect(reorderName('PUTIN, Vladimir Vladimirovich')).toBe('Vladimir Vladimirovich PUTIN');
    expect(reorderName('Yevgeniy Viktorovich Prigozhin')).toBe('Prigozhin, Yevgeniy Viktorovich');
    expect(reorderName('Madonna')).toBeNull();
  });

  it('drops a middle name, never the first or last', () => {
    expect(dropMiddleName('Yevgeniy Viktorovich Prigozhin', mulberry32(1))).toBe('Yevgeniy Prigozhin');
    expect(dropMiddleName('PUTIN, Vladimir Vladimirovich', mulberry32(1))).toBe('PUTIN, Vladimir');
    expect(dropMiddleName('Sergei Lavrov', mulberry32(1))).toBeNull();
    // A Korean given name of two syllables is one name, not a first and a middle name.
    expect(dropMiddleName('KIM Chol Sok', mulberry32(1))).toBeNull();
    expect(dropMiddleName("CH'OE SO'K MIN", mulberry32(1))).toBeNull();
    // Nor is the second word of Abd al-Baset or Abu Mahdi.
    expect(dropMiddleName('AL-MUHANDIS, Abu Mahdi', mulberry32(1))).toBeNull();
    expect(dropMiddleName('ABD AL-BASET AZZOUZ', mulberry32(1))).toBeNull();
    // Nor the only given name after a title.
    expect(dropMiddleName('HOSSEINI, Seyed Sadegh', mulberry32(1))).toBeNull();
    expect(dropMiddleName('Dr. Malek ALI', mulberry32(1))).toBeNull();
  });

  it('makes one edit of at most one or two characters', () => {
    for (let seed = 1; seed <= 50; seed += 1) {
      const out = typoName('Sergei Viktorovich Lavrov', mulberry32(seed));
      if (out === null) continue;
      expect(out).not.toBe('Sergei Viktorovich Lavrov');
      expect(out.split(' ')).toHaveLength(3);
      expect(Math.abs(out.length - 'Sergei Viktorovich Lavrov'.length)).toBeLessThanOrEqual(1);
    }
    expect(typoName('Lavrov', mulberry32(1))).toBeNull();
  });

  it('writes Russian-looking Latin names in Cyrillic, and only those', () => {
    expect(cyrillicName('Sergei Lavrov')).toBe('Сергеи Лавров');
    expect(cyrillicName('Yevgeniy Viktorovich Prigozhin')).toBe('Евгений Викторович Пригожин');
    expect(cyrillicName('PUTIN, Vladimir Vladimirovich')).toBe('Путин, Владимир Владимирович');
    expect(looksRussian('John Smith')).toBe(false);
    expect(cyrillicName('Osama bin Laden')).toBeNull();
    expect(perturbName('cross-script', 'Kim Jong Un', mulberry32(1))).toBeNull();
  });
});

describe('generated held-back set', () => {
  const suffix = (i: number): string => String.fromCharCode(97 + (i % 26)) + String.fromCharCode(97 + Math.floor(i / 26));
  const persons = Array.from({ length: 400 }, (_, i) =>
    listedPerson(`p-${i}`, i % 2 === 0 ? `Ivan Petrovich Sidorov${suffix(i)}` : `Maria Garcia Lopez${suffix(i)}`),
  );

  it('is deterministic and splits by id hash', () => {
    const a = generateHeldBackCases(persons);
    expect(generateHeldBackCases(persons)).toEqual(a);
    expect(a.length).toBeGreaterThan(300);
    for (const c of a) expect(c.split).toBe(splitOf(c.entityId));
    expect(new Set(a.map((c) => c.entityId)).size).toBe(a.length);
    const crossScript = a.filter((c) => c.kind === 'cross-script' && c.split === 'tune');
    expect(crossScript.length).toBeLessThanOrEqual(CASES_PER_KIND['cross-script']);
    expect(crossScript.every((c) => /[А-Яа-я]/.test(c.perturbed))).toBe(true);
  });
});
