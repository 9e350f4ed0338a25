import { describe, expect, it } from 'vitest';
import { isGenericOrgWord } from './generic-org-words.js';
import { legalFormOf, legalFormsNear, separateCjkLegalForms, splitLegalForms } from './legal-forms.js';
import { latinVariants } from './transliterate.js';

describe('legalFormOf', () => {
  it.each([
    [['llc', 'ooo', 'ооо'], 'llc'],
    [['zao', 'зао', 'cjsc'], 'cjsc'],
    [['oao', 'оао', 'ojsc'], 'ojsc'],
    [['pao', 'пао', 'pjsc'], 'pjsc'],
    [['ao', 'ао', 'jsc'], 'jsc'],
    [['ltd', 'limited'], 'ltd'],
    [['gmbh'], 'gmbh'],
    [['شركة'], 'co'],
    [['مؤسسة'], 'est'],
    [['有限公司'], 'ltd'],
    [['株式会社', '주식회사'], 'jsc'],
    [['pty'], 'ltd'],
    [['fgup', 'фгуп'], 'fgup'],
    [['ano', 'ано'], 'ano'],
    [['sirketi'], 'co'],
  ])('%j -> %s', (forms, canonical) => {
    for (const form of forms) expect(legalFormOf(form)).toBe(canonical);
  });

  it('does not take name words for legal forms', () => {
    expect(legalFormOf('romashka')).toBeUndefined();
    expect(legalFormOf('bank')).toBeUndefined();
  });
});

describe('splitLegalForms', () => {
  it('reads Общество с ограниченной ответственностью as llc, in Cyrillic and in Latin', () => {
    const native = 'общество с ограниченной ответственностью ромашка'.split(' ');
    expect(splitLegalForms(native)).toEqual({ core: ['ромашка'], legal: ['llc'] });
    const latin = (latinVariants('Общество с ограниченной ответственностью Ромашка')[0] ?? '').split(' ');
    expect(splitLegalForms(latin)).toEqual({ core: ['romashka'], legal: ['llc'] });
  });

  it('reads the phrase with its preposition typed as a Latin C, as the EU list writes it ten times', () => {
    const latin = (latinVariants('Общество C Ограниченной Ответственностью Сонатек')[0] ?? '').split(' ');
    expect(splitLegalForms(latin)).toEqual({ core: ['sonatek'], legal: ['llc'] });
  });

  it('reads the phrase spelt in two romanisations with a typo, and with щ written sh (the lists hold both)', () => {
    // ogranichennoi is one system, otvetstvennostyu another; OFAC lists OTVETSVENNOSTYU.
    expect(splitLegalForms('obshchestvo s ogranichennoi otvetstjennostyu veber komekhaniks'.split(' '))).toEqual({ core: ['veber', 'komekhaniks'], legal: ['llc'] });
    expect(splitLegalForms('obshchestvo s ogranichennoi otvetsvennostyu vr resurs'.split(' '))).toEqual({ core: ['vr', 'resurs'], legal: ['llc'] });
    expect(splitLegalForms('obshestvo s ogranichennoy otvetstvennostyu romashka'.split(' '))).toEqual({ core: ['romashka'], legal: ['llc'] });
    expect(splitLegalForms('zakrytoe aktsionernoe obshestvo romashka'.split(' '))).toEqual({ core: ['romashka'], legal: ['cjsc'] });
  });

  it('reads the Mexican forms (S.A. de C.V., S. de R.L. de C.V.) whole, not as sa and four name words', () => {
    expect(splitLegalForms('basaltos tonala s a de c v'.split(' '))).toEqual({ core: ['basaltos', 'tonala'], legal: ['sa'] });
    expect(splitLegalForms('inmobiliaria flores castro s de r l de c v'.split(' '))).toEqual({ core: ['inmobiliaria', 'flores', 'castro'], legal: ['srl'] });
    expect(splitLegalForms('banco de mexico'.split(' '))).toEqual({ core: ['banco', 'de', 'mexico'], legal: [] });
  });

  it('reads a two-letter word of a phrase with one letter changed when the next word goes on with the phrase', () => {
    expect(splitLegalForms('corporativo title i s a we c v'.split(' '))).toEqual({ core: ['corporativo', 'title', 'i'], legal: ['sa'] });
    expect(splitLegalForms('operadora valpark s a dk c v'.split(' '))).toEqual({ core: ['operadora', 'valpark'], legal: ['sa'] });
    // Not a one-letter word (P.C.C. is no P.L.C.), nor a short word the next one does not vouch for.
    expect(splitLegalForms('p c c private limited'.split(' ')).legal).toEqual(['ltd']);
    expect(splitLegalForms('valpark s a dk'.split(' ')).core).toContain('dk');
  });

  it('takes the longest phrase', () => {
    expect(splitLegalForms(['rosneft', 'public', 'joint', 'stock', 'company'])).toEqual({ core: ['rosneft'], legal: ['pjsc'] });
    expect(splitLegalForms(['acme', 'limited', 'liability', 'company'])).toEqual({ core: ['acme'], legal: ['llc'] });
    expect(splitLegalForms(['acme', 'trading', 'co', 'ltd'])).toEqual({ core: ['acme', 'trading'], legal: ['co', 'ltd'] });
  });

  it('reads a form written with dots (L.P., S.A.R.L.) as the form', () => {
    expect(splitLegalForms(['carlyle', 'partners', '7', 'l', 'p'])).toEqual({ core: ['carlyle', 'partners', '7'], legal: ['lp'] });
    expect(splitLegalForms(['bowne', 'france', 's', 'a', 'r', 'l'])).toEqual({ core: ['bowne', 'france'], legal: ['sarl'] });
  });

  it('leaves a name made of legal words alone', () => {
    expect(splitLegalForms(['limited', 'company'])).toEqual({ core: ['limited', 'company'], legal: [] });
  });
});

describe('separateCjkLegalForms', () => {
  it('splits legal forms glued to Chinese and Japanese names', () => {
    expect(separateCjkLegalForms('华为技术有限公司')).toBe('华为技术 有限公司');
    expect(separateCjkLegalForms('株式会社トヨタ')).toBe('株式会社 トヨタ');
    expect(separateCjkLegalForms('acme ltd')).toBe('acme ltd');
  });
});

describe('legal forms of names written in Han, Hangul or kana', () => {
  it('takes no syllable for a Latin code: 澳门 is ao men, 造船 zao chuan', () => {
    const macau = (latinVariants('澳门金融有限公司')[0] ?? '').split(' ');
    expect(splitLegalForms(macau, true)).toEqual({ core: ['ao', 'men', 'jin', 'rong'], legal: ['ltd'] });
    expect(splitLegalForms(macau).legal).toEqual(['jsc', 'ltd']);
    const shipyard = (latinVariants('北京造船厂')[0] ?? '').split(' ');
    expect(splitLegalForms(shipyard, true)).toEqual({ core: shipyard, legal: [] });
  });

  it('still reads the forms of those scripts', () => {
    for (const [name, code] of [['奥凯航空股份有限公司', 'jsc'], ['삼성전자 주식회사', 'jsc'], ['トヨタ 株式会社', 'jsc']] as const) {
      expect(splitLegalForms((latinVariants(name)[0] ?? '').split(' '), true).legal).toEqual([code]);
    }
  });
});

describe('legalFormsNear', () => {
  it('gives the forms a short word is one typo from', () => {
    expect(legalFormsNear('cmbh')).toEqual(['gmbh']);
    expect(legalFormsNear('lto')).toEqual(['ltd']);
    expect(legalFormsNear('boo')).toEqual(['llc']);
    // Bulgarian OOD is a limited liability company.
    expect(legalFormsNear('oud')).toEqual(['llc']);
  });

  it('counts only a changed letter in words of two or three letters, and nothing in long words', () => {
    expect(legalFormsNear('gmb')).toEqual([]);
    expect(legalFormsNear('ltd')).toEqual([]);
    expect(legalFormsNear('smith')).toEqual([]);
    expect(legalFormsNear('limitedx')).toEqual([]);
  });
});

describe('isGenericOrgWord', () => {
  it('knows trading, group, international, holding, bank but not names', () => {
    for (const w of ['trading', 'group', 'international', 'holding', 'industries', 'bank']) expect(isGenericOrgWord(w)).toBe(true);
    expect(isGenericOrgWord('wagner')).toBe(false);
  });

  it('knows the abbreviations Russian company names carry, as their Latin spellings (НК nk, НПО npo, ОКБ okb, ТД td)', () => {
    for (const w of ['nk', 'npo', 'okb', 'td', 'kontsern', 'concern']) expect(isGenericOrgWord(w)).toBe(true);
  });
});

describe('splitLegalForms with a doubled letter misspelt', () => {
  it('recognises a long one-word form with a letter doubled or left single', () => {
    expect(splitLegalForms(['siemens', 'aktiengeselschaft'])).toEqual({ core: ['siemens'], legal: ['ag'] });
    expect(splitLegalForms(['acme', 'corporatiion'])).toEqual({ core: ['acme'], legal: ['corp'] });
  });

  it('does not take names or other misspellings for forms', () => {
    expect(splitLegalForms(['siemens', 'aktiengesellshft'])).toEqual({ core: ['siemens', 'aktiengesellshft'], legal: [] });
    expect(splitLegalForms(['limitless', 'corp'])).toEqual({ core: ['limitless'], legal: ['corp'] });
  });
});

describe('splitLegalForms with a name cut at a field length', () => {
  it('recognises a phrase whose last word was cut short at the end of the name', () => {
    expect(splitLegalForms(['tactical', 'missiles', 'joint', 'stock', 'compan'])).toEqual({ core: ['tactical', 'missiles'], legal: ['jsc'] });
    expect(splitLegalForms(['romashka', 'limited', 'liability', 'comp'])).toEqual({ core: ['romashka'], legal: ['llc'] });
  });

  it('only at the end of the name, inside a phrase, and with four letters kept', () => {
    expect(splitLegalForms(['joint', 'stock', 'comp', 'romashka'])).toEqual({ core: ['joint', 'stock', 'comp', 'romashka'], legal: [] });
    expect(splitLegalForms(['acme', 'comp'])).toEqual({ core: ['acme', 'comp'], legal: [] });
    expect(splitLegalForms(['acme', 'joint', 'stock', 'com'])).toEqual({ core: ['acme', 'joint', 'stock', 'com'], legal: [] });
  });
});

describe('splitLegalForms with a typo', () => {
  it('recognises a long form word with one letter wrong, added, dropped or swapped, alone or in a phrase', () => {
    expect(splitLegalForms(['admincheck', 'ldmited'])).toEqual({ core: ['admincheck'], legal: ['ltd'] });
    expect(splitLegalForms(['lanit', 'incorporaved'])).toEqual({ core: ['lanit'], legal: ['inc'] });
    expect(splitLegalForms(['limited', 'liabxlity', 'company', 'tekhargos'])).toEqual({ core: ['tekhargos'], legal: ['llc'] });
    expect(splitLegalForms(['joint', 'stock', 'cumpany', 'izmeritel'])).toEqual({ core: ['izmeritel'], legal: ['jsc'] });
  });

  it('keeps short words and words two typos away as names', () => {
    expect(splitLegalForms(['paskal', 'boo'])).toEqual({ core: ['paskal', 'boo'], legal: [] });
    expect(splitLegalForms(['compass', 'group'])).toEqual({ core: ['compass', 'group'], legal: [] });
    expect(splitLegalForms(['acme', 'lmtd'])).toEqual({ core: ['acme', 'lmtd'], legal: [] });
  });
});

describe('splitLegalForms with a typo in a short word of a phrase', () => {
  it('lets the phrase vouch for a short word, inside it or opening it when the next word follows as written', () => {
    expect(splitLegalForms(['joint', 'sdock', 'company', 'echelon'])).toEqual({ core: ['echelon'], legal: ['jsc'] });
    expect(splitLegalForms(['avers', 'bank', 'qoint', 'stock', 'company'])).toEqual({ core: ['avers', 'bank'], legal: ['jsc'] });
  });

  it('does not read a short word alone as a form', () => {
    expect(splitLegalForms(['joinc', 'smith'])).toEqual({ core: ['joinc', 'smith'], legal: [] });
  });
});
