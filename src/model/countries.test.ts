import { describe, expect, it } from 'vitest';
import { countryCode, countryOfNameWords } from './countries.js';

describe('countries', () => {
  it('reads the country names the lists write', () => {
    expect(countryCode('Korea, North')).toBe('kp');
    expect(countryCode('Iran (Islamic Republic of)')).toBe('ir');
    expect(countryCode('RU')).toBe('ru');
    expect(countryCode('Atlantis')).toBeUndefined();
  });

  it('reads the country that words of a normalised name name, never a two-letter code but UK', () => {
    expect(countryOfNameWords('hong kong')).toBe('hk');
    expect(countryOfNameWords('ireland')).toBe('ie');
    expect(countryOfNameWords('uk')).toBe('gb');
    expect(countryOfNameWords('usa')).toBe('us');
    expect(countryOfNameWords('al')).toBeUndefined();
    expect(countryOfNameWords('ao')).toBeUndefined();
    expect(countryOfNameWords('trading')).toBeUndefined();
  });
});
