import type { ProgramEntry } from './catalogue.js';

/**
 * UN Security Council sanctions regimes by the list type of the consolidated list
 * (`UN_LIST_TYPE`), with the regime code that opens each reference number (`QDi.430`) as alias.
 * None is an embargo today.
 */
export const UN_PROGRAMS: readonly ProgramEntry[] = [
  { code: 'Al-Qaida', aliases: ['QD'], title: "ISIL (Da'esh) and Al-Qaida", legalBasis: 'UNSC resolutions 1267 (1999), 1989 (2011), 2253 (2015)' },
  { code: 'CAR', aliases: ['CF'], title: 'Central African Republic', legalBasis: 'UNSC resolutions 2127 (2013), 2134 (2014)' },
  { code: 'DPRK', aliases: ['KP'], title: "Democratic People's Republic of Korea (non-proliferation)", legalBasis: 'UNSC resolution 1718 (2006)' },
  { code: 'DRC', aliases: ['CD'], title: 'Democratic Republic of the Congo', legalBasis: 'UNSC resolution 1533 (2004)' },
  { code: 'GB', title: 'Guinea-Bissau', legalBasis: 'UNSC resolution 2048 (2012)' },
  { code: 'Haiti', aliases: ['HT'], title: 'Haiti', legalBasis: 'UNSC resolution 2653 (2022)' },
  { code: 'Iran', aliases: ['IR'], title: 'Iran (non-proliferation)', legalBasis: 'UNSC resolution 1737 (2006), reapplied in 2025 under resolution 2231 (2015)' },
  { code: 'Iraq', aliases: ['IQ'], title: 'Iraq', legalBasis: 'UNSC resolution 1518 (2003)' },
  { code: 'Libya', aliases: ['LY'], title: 'Libya', legalBasis: 'UNSC resolution 1970 (2011)' },
  { code: 'Somalia', aliases: ['SO'], title: 'Al-Shabaab (Somalia)', legalBasis: 'UNSC resolutions 751 (1992), 2713 (2023)' },
  { code: 'SouthSudan', aliases: ['SS'], title: 'South Sudan', legalBasis: 'UNSC resolution 2206 (2015)' },
  { code: 'Sudan', aliases: ['SD'], title: 'Sudan', legalBasis: 'UNSC resolution 1591 (2005)' },
  { code: 'Taliban', aliases: ['TA'], title: 'Taliban (1988 regime)', legalBasis: 'UNSC resolution 1988 (2011)' },
  { code: 'Yemen', aliases: ['YE'], title: 'Yemen', legalBasis: 'UNSC resolution 2140 (2014)' },
];
