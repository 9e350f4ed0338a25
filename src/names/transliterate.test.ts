import { describe, expect, it } from 'vitest';
import { latinVariants, MAX_LATIN_VARIANTS, transliterate } from './transliterate.js';

describe('latinVariants', () => {
  it('gives Russian names their English, passport, German and French spellings', () => {
    const variants = latinVariants('Евгений Викторович Пригожин');
    expect(variants[0]).toBe('yevgeniy viktorovich prigozhin');
    expect(variants).toEqual(
      expect.arrayContaining(['evgeny viktorovich prigozhin', 'evgenii viktorovich prigozhin', 'jewgeni wiktorowitsch prigoschin']),
    );
    expect(variants.length).toBeLessThanOrEqual(MAX_LATIN_VARIANTS);
  });

  it('returns Latin input normalised, as its only spelling', () => {
    expect(latinVariants('Vladímir PUTIN')).toEqual(['vladimir putin']);
    expect(latinVariants('')).toEqual([]);
  });

  it('adds the Korean key form for Korean names in either script', () => {
    expect(latinVariants('김정은')).toEqual(['gim jeongeun', 'kim jongon']);
    expect(latinVariants('Kim Jong-un')).toEqual(['kim jong un', 'kim jong on']);
    expect(latinVariants('Gim Jeong-eun')).toEqual(['gim jeong eun', 'kim jong on']);
  });

  it('adds the sound spelling of Greek ντ μπ ου', () => {
    expect(latinVariants('Βλαντίμιρ Πούτιν')).toEqual(['vlantimir poytin', 'vladimir putin']);
  });

  it('adds the English spelling of Armenian ու ռ and of words opening on Ե and Ո', () => {
    // Gagik Tsarukyan, Ruben Vardanyan; any-ascii spells the letters (tsarrowkyan, rrowben).
    expect(latinVariants('Գագիկ Ծառուկյան')).toEqual(['gagik tsarrowkyan', 'gagik tsarukyan']);
    expect(latinVariants('Ռուբեն Վարդանյան')).toEqual(['rrowben vardanyan', 'ruben vardanyan']);
    expect(latinVariants('Երվանդ Ոսկանյան')).toEqual(['ervand oskanyan', 'yervand voskanyan']);
    // Ու opening a word is u, not vo.
    expect(latinVariants('Ուլյանա')).toEqual(['owlyana', 'ulyana']);
    // The EU's Armenian name of Tako LLC.
    expect(latinVariants('«ՏԱԿՈ» ՍՊԸ')).toEqual(['tako spy', 'tako llc']);
  });
});

describe('transliterate', () => {
  // From eval/watchman_cross_script/cross_script_pairs.csv and nomenklatura_putin_names/putin_names.txt
  it.each([
    ['习近平', 'xi jinping'],
    ['王伟', 'wang wei'],
    ['李明', 'li ming'],
    ['曾庆红', 'zeng qinghong'],
    ['Αλέξανδρος', 'alexandros'],
    ['Νικόλαος', 'nikolaos'],
    ['משה', 'msh'],
    ['ולדימיר פוטין', 'vldimir putin'],
    ['Վլադիմիր Պուտին', 'vladimir powtin'],
    ['व्लादिमीर पुतिन', 'vladimir putin'],
    ['ウラジーミル・プーチン', 'urajimiru puchin'],
    ['ولادیمیر پوتین', 'vladimir putin'],
    ['Уладзімір Пуцін', 'uladzimir putsin'],
  ])('%s -> %s', (input, expected) => {
    expect(transliterate(input)).toBe(expected);
  });

  it('is not fooled by Japanese kanji (read as Chinese: a known gap)', () => {
    expect(transliterate('山田太郎')).not.toBe('yamada taro');
  });
});
