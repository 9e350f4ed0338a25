import { describe, it, expect } from 'vitest';
import { parseOfacDates } from './parse-ofac-dates.js';

describe('parseOfacDates', () => {
  it('reads a day, a month or a year', () => {
    expect(parseOfacDates('01 Jun 1961')).toEqual(['1961-06-01']);
    expect(parseOfacDates('Jun 1961')).toEqual(['1961-06']);
    expect(parseOfacDates('1961')).toEqual(['1961']);
    expect(parseOfacDates('04 Sep 1957.')).toEqual(['1957-09-04']);
  });

  it('reads circa as the date itself', () => {
    expect(parseOfacDates('circa 1961')).toEqual(['1961']);
    expect(parseOfacDates('circa 07 Jul 1966')).toEqual(['1966-07-07']);
  });

  it('expands a range of whole years to each year', () => {
    expect(parseOfacDates('1961 to 1963')).toEqual(['1961', '1962', '1963']);
    expect(parseOfacDates('circa 1979-1982')).toEqual(['1979', '1980', '1981', '1982']);
    expect(parseOfacDates('01 Jan 1961 to 31 Dec 1962')).toEqual(['1961', '1962']);
    expect(parseOfacDates('01 Jan 2015 to 31 Dec 2015')).toEqual(['2015']);
  });

  it('reads a range over one whole month as the month, and keeps both ends of any other range', () => {
    expect(parseOfacDates('01 Feb 1960 to 29 Feb 1960')).toEqual(['1960-02']);
    expect(parseOfacDates('01 Jun 1961 to 29 Jun 1961')).toEqual(['1961-06-01', '1961-06-29']);
    expect(parseOfacDates('21 Mar 1950 to 20 Mar 1951')).toEqual(['1950-03-21', '1951-03-20']);
    expect(parseOfacDates('Mar 1962 to Feb 1963')).toEqual(['1962-03', '1963-02']);
  });

  it('rejects text that is not a date, impossible dates and backward ranges', () => {
    expect(parseOfacDates('unknown')).toBeNull();
    expect(parseOfacDates('31 Feb 1961')).toBeNull();
    expect(parseOfacDates('1963 to 1961')).toBeNull();
    expect(parseOfacDates('1961 to sometime')).toBeNull();
  });
});
