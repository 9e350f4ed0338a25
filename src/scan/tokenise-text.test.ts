import { describe, expect, it } from 'vitest';
import { tokeniseText } from './tokenise-text.js';

describe('tokeniseText', () => {
  it('keeps each word\'s offsets in the original text, across line breaks and quotes', () => {
    const text = 'Met «Вагнер»\nand Yevgeniy\r\nPrigozhin.';
    const tokens = tokeniseText(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Met', 'Вагнер', 'and', 'Yevgeniy', 'Prigozhin']);
    expect(tokens.map((t) => t.breakBefore)).toEqual([true, false, false, false, false]);
  });

  it('ends a phrase at punctuation and a blank line, but not at the dot of an initial', () => {
    const tokens = tokeniseText('Iran, Russia. V. Putin said\n\nWagner');
    expect(tokens.map((t) => [t.raw, t.breakBefore, t.sentenceStart])).toEqual([
      ['Iran', true, true],
      ['Russia', true, false],
      ['V', true, true],
      ['Putin', false, false],
      ['said', false, false],
      ['Wagner', true, true],
    ]);
  });

  it('notes capitals, in any script', () => {
    expect(tokeniseText('Wagner wagner Вагнер вагнер').map((t) => t.capitalised)).toEqual([true, false, true, false]);
  });
});
