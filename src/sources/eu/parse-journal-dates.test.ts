import { describe, expect, it } from 'vitest';
import { parseJournalDates } from './parse-journal-dates.js';

describe('parseJournalDates', () => {
  it.each([
    ['1.6.1961', ['1961-06-01']],
    ['January 1958', ['1958-01']],
    ['4 Apr. 1944', ['1944-04-04']],
    ['Approximately 1952', ['1952']],
    ['Between 1958 and 1960 (Approximately)', ['1958', '1959', '1960']],
    ['(a) 27.5.1979, (b) 1973', ['1979-05-27', '1973']],
    ['a) 9 Jun. 1962; b) 1963', ['1962-06-09', '1963']],
    ['1962 or 1963', ['1962', '1963']],
    ['1337 (Iranian Hijri calendar), 1958 or 1959 (Gregorian calendar)', ['1958', '1959']],
    ['(Aug. 1962)', ['1962-08']],
    ['8 Oct.1964', ['1964-10-08']],
  ])('reads %j', (text, dates) => {
    expect(parseJournalDates(text)).toEqual({ dates, complete: true });
  });

  it('flags text that is not (only) dates', () => {
    expect(parseJournalDates('Qom, Iran')).toEqual({ dates: [], complete: false });
    expect(parseJournalDates('before 1964')).toEqual({ dates: [], complete: false });
    expect(parseJournalDates('7.10.1952 POB: Leningrad')).toEqual({ dates: [], complete: false });
    expect(parseJournalDates('31.2.1960')).toEqual({ dates: [], complete: false });
    expect(parseJournalDates('1.1.1960 or unknown')).toEqual({ dates: ['1960-01-01'], complete: false });
  });
});
