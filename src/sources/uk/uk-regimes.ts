/**
 * UK sanctions regimes by the three-letter prefix of the list's Unique ID (`RUS1090`, `LIB0071`).
 * The UK writes the regime into the ID; the normalised tables have no regime column, so this table
 * names the regime for the Sanction's summary. Prefixes are those in the list of 2026-05.
 * @module
 */

export const UK_REGIME_NAMES: Readonly<Record<string, string>> = {
  AFG: 'Afghanistan',
  AQD: "ISIL (Da'esh) and Al-Qaida",
  BEL: 'Belarus',
  BIH: 'Bosnia and Herzegovina',
  CAF: 'Central African Republic',
  CHW: 'Chemical Weapons',
  CTD: 'Counter-Terrorism (Domestic)',
  CTI: 'Counter-Terrorism (International)',
  CYB: 'Cyber',
  DPR: 'Democratic People’s Republic of Korea',
  DRC: 'Democratic Republic of the Congo',
  GAC: 'Global Anti-Corruption',
  GHR: 'Global Human Rights',
  GIM: 'Global Irregular Migration and Trafficking in Persons',
  GUB: 'Guinea-Bissau',
  GUC: 'Republic of Guinea',
  HAI: 'Haiti',
  INU: 'Iran (Nuclear)',
  IRN: 'Iran',
  IRQ: 'Iraq',
  LIB: 'Libya',
  MAL: 'Mali',
  MYA: 'Myanmar',
  NIC: 'Nicaragua',
  RUS: 'Russia',
  SOM: 'Somalia',
  SSU: 'South Sudan',
  SUD: 'Sudan',
  SYR: 'Syria',
  VEN: 'Venezuela',
  YEM: 'Yemen',
};

/** The regime prefix of a Unique ID (`RUS` of `RUS1090`), the programme code Vigil stores. */
export function ukRegimePrefix(uniqueId: string): string {
  return uniqueId.replace(/[^A-Za-z].*$/, '').toUpperCase();
}
