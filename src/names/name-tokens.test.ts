import { describe, expect, it } from 'vitest';
import { isPatronymicToken, joinedForms, tokeniseName } from './name-tokens.js';

const kinds = (latin: string, options = {}): string[] =>
  tokeniseName(latin, options).tokens.map((t) => `${t.text}:${t.kind}`);

describe('tokeniseName', () => {
  it('flags the patronymic of PRIGOZHIN, Yevgeniy Viktorovich and keeps the surname-first fact', () => {
    const parts = tokeniseName('prigozhin yevgeniy viktorovich', { surnameFirst: true });
    expect(parts.surnameFirst).toBe(true);
    expect(parts.tokens.map((t) => t.kind)).toEqual(['word', 'word', 'patronymic']);
  });

  it('does not take a surname ending in -ovich for a patronymic', () => {
    expect(kinds('roman arkadyevich abramovich')).toEqual(['roman:word', 'arkadyevich:patronymic', 'abramovich:word']);
    expect(kinds('roman abramovich')).toEqual(['roman:word', 'abramovich:word']);
    expect(kinds('abramovich roman arkadyevich')).toEqual(['abramovich:word', 'roman:word', 'arkadyevich:patronymic']);
  });

  it('flags initials and particles, and drops titles', () => {
    expect(kinds('sheikh j al qasimi')).toEqual(['j:initial', 'al:particle', 'qasimi:word']);
    expect(kinds('mullah abd al ghani bin muhammad')).toEqual([
      'abd:particle', 'al:particle', 'ghani:word', 'bin:particle', 'muhammad:word',
    ]);
    expect(kinds('president putin')).toEqual(['putin:word']);
    expect(kinds('general')).toEqual(['general:generic']); // a title alone stays
    // As the press writes Myanmar's commander and Iranian officials.
    expect(kinds('senior general min aung hlaing').map((k) => k.split(':')[0])).toEqual(['min', 'aung', 'hlaing']);
    expect(kinds('engr mohammad eslami').map((k) => k.split(':')[0])).toEqual(['mohammad', 'eslami']);
  });

  it('keeps a title that is a surname: first in a name written LAST, First, or after a particle', () => {
    expect(kinds('sheikh umair naeem', { surnameFirst: true })).toEqual(['sheikh:word', 'umair:word', 'naeem:word']);
    expect(kinds('al sayyid ibrahim amin', { surnameFirst: true })).toEqual(['al:particle', 'sayyid:word', 'ibrahim:word', 'amin:word']);
    expect(kinds('muhammad al shaykh')).toEqual(['muhammad:word', 'al:particle', 'shaykh:word']);
    expect(kinds('hosseini seyed sadegh', { surnameFirst: true })).toEqual(['hosseini:word', 'sadegh:word']);
  });

  it('keeps Sheikh, Haji or Sayed last in a name written given name first: the surname', () => {
    expect(kinds('farid sheikh')).toEqual(['farid:word', 'sheikh:word']);
    expect(kinds('mohammad sayed')).toEqual(['mohammad:word', 'sayed:word']);
    // Still a title first, after another title, or when the list says the surname comes first.
    expect(kinds('sheikh farid')).toEqual(['farid:word']);
    expect(kinds('omar mullah')).toEqual(['omar:word']);
    expect(kinds('farid haji sheikh')).toEqual(['farid:word']);
    expect(kinds('sheikh ali farid sheikh', { surnameFirst: true })).toEqual(['sheikh:word', 'ali:word', 'farid:word']);
  });

  it('puts legal forms last as codes and marks generic words, for organisations', () => {
    expect(kinds('ooo romashka')).toEqual(['romashka:word', 'llc:legal']);
    expect(kinds('general trading co ltd')).toEqual(['general:generic', 'trading:generic', 'co:legal', 'ltd:legal']);
    expect(kinds('ao bank', { entity: 'person' })).toEqual(['ao:word', 'bank:word']);
  });
});

describe('tokeniseName: Ben', () => {
  it('reads Ben opening a name as a given name, and as the particle "son of" after one', () => {
    expect(tokeniseName('ben netanyahu').tokens).toEqual([{ text: 'ben', kind: 'word' }, { text: 'netanyahu', kind: 'word' }]);
    expect(tokeniseName('zine el abidine ben ali').tokens.find((t) => t.text === 'ben')?.kind).toBe('particle');
    expect(tokeniseName('ben ali zine el abidine', { surnameFirst: true }).tokens[0]).toEqual({ text: 'ben', kind: 'particle' });
  });
});

describe('joinedForms', () => {
  it('joins 2 and 3 adjacent tokens', () => {
    expect(joinedForms(['xi', 'jin', 'ping'])).toEqual(['xijin', 'xijinping', 'jinping']);
    expect(joinedForms(['abdul', 'rahman'])).toEqual(['abdulrahman']);
    expect(joinedForms(['al', 'qaida'])).toEqual(['alqaida']);
    expect(joinedForms(['putin'])).toEqual([]);
  });
});

describe('isPatronymicToken', () => {
  it('knows the romanised endings, not Serbian -ovic', () => {
    for (const t of ['viktorovich', 'wladimirowitsch', 'vladimirovitch', 'volodymyrovych', 'ivanovna', 'ilyichna']) {
      expect(isPatronymicToken(t)).toBe(true);
    }
    expect(isPatronymicToken('milosevic')).toBe(false);
  });
});
