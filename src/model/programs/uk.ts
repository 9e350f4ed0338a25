import type { ProgramEntry } from './catalogue.js';

/**
 * UK sanctions regimes by the prefix of the UK list's `unique_id` (`RUS0001` -> RUS), each with the
 * regulations made under the Sanctions and Anti-Money Laundering Act 2018 (or the Act it rests on).
 */
export const UK_PROGRAMS: readonly ProgramEntry[] = [
  { code: 'AFG', title: 'Afghanistan', legalBasis: 'The Afghanistan (Sanctions) (EU Exit) Regulations 2020' },
  { code: 'AQD', title: "ISIL (Da'esh) and Al-Qaida", legalBasis: "The ISIL (Da'esh) and Al-Qaida (United Nations Sanctions) (EU Exit) Regulations 2019" },
  { code: 'BEL', title: 'Belarus', legalBasis: 'The Republic of Belarus (Sanctions) (EU Exit) Regulations 2019', countries: ['by'] },
  { code: 'BIH', title: 'Bosnia and Herzegovina', legalBasis: 'The Bosnia and Herzegovina (Sanctions) (EU Exit) Regulations 2020' },
  { code: 'CAF', title: 'Central African Republic', legalBasis: 'The Central African Republic (Sanctions) (EU Exit) Regulations 2020' },
  { code: 'CHW', title: 'Chemical weapons', legalBasis: 'The Chemical Weapons (Sanctions) (EU Exit) Regulations 2019' },
  { code: 'CTD', title: 'Counter-terrorism (domestic)', legalBasis: 'Terrorist Asset-Freezing etc. Act 2010' },
  { code: 'CTI', title: 'Counter-terrorism (international)', legalBasis: 'The Counter-Terrorism (International Sanctions) (EU Exit) Regulations 2019' },
  { code: 'CYB', title: 'Cyber', legalBasis: 'The Cyber (Sanctions) (EU Exit) Regulations 2020' },
  { code: 'DPR', title: "Democratic People's Republic of Korea", legalBasis: "The Democratic People's Republic of Korea (Sanctions) (EU Exit) Regulations 2019" },
  { code: 'DRC', title: 'Democratic Republic of the Congo', legalBasis: 'The Democratic Republic of the Congo (Sanctions) (EU Exit) Regulations 2019' },
  { code: 'GAC', title: 'Global anti-corruption', legalBasis: 'The Global Anti-Corruption Sanctions Regulations 2021' },
  { code: 'GHR', title: 'Global human rights', legalBasis: 'The Global Human Rights Sanctions Regulations 2020' },
  { code: 'GIM', title: 'Global irregular migration and trafficking in persons', legalBasis: 'The Global Irregular Migration and Trafficking in Persons Sanctions Regulations 2025' },
  { code: 'GUB', title: 'Guinea-Bissau', legalBasis: 'The Guinea-Bissau (Sanctions) (EU Exit) Regulations 2019' },
  { code: 'GUC', title: 'Guinea', legalBasis: 'The Republic of Guinea (Sanctions) (EU Exit) Regulations 2019' },
  { code: 'HAI', title: 'Haiti', legalBasis: 'The Haiti (Sanctions) Regulations 2022' },
  { code: 'INU', title: 'Iran (nuclear)', legalBasis: 'The Iran (Sanctions) (Nuclear) (EU Exit) Regulations 2019' },
  { code: 'IRN', title: 'Iran', legalBasis: 'The Iran (Sanctions) Regulations 2023' },
  { code: 'IRQ', title: 'Iraq', legalBasis: 'The Iraq (Sanctions) (EU Exit) Regulations 2020' },
  { code: 'LIB', title: 'Libya', legalBasis: 'The Libya (Sanctions) (EU Exit) Regulations 2020' },
  { code: 'MAL', title: 'Mali', legalBasis: 'The Mali (Sanctions) (EU Exit) Regulations 2020' },
  { code: 'MYA', title: 'Myanmar', legalBasis: 'The Myanmar (Sanctions) Regulations 2021' },
  { code: 'NIC', title: 'Nicaragua', legalBasis: 'The Nicaragua (Sanctions) (EU Exit) Regulations 2020' },
  { code: 'RUS', title: 'Russia', legalBasis: 'The Russia (Sanctions) (EU Exit) Regulations 2019' },
  { code: 'SOM', title: 'Somalia', legalBasis: 'The Somalia (Sanctions) (EU Exit) Regulations 2020' },
  { code: 'SSU', title: 'South Sudan', legalBasis: 'The South Sudan (Sanctions) (EU Exit) Regulations 2019' },
  { code: 'SUD', title: 'Sudan', legalBasis: 'The Sudan (Sanctions) (EU Exit) Regulations 2020' },
  { code: 'SYR', title: 'Syria', legalBasis: 'The Syria (Sanctions) (EU Exit) Regulations 2019' },
  { code: 'VEN', title: 'Venezuela', legalBasis: 'The Venezuela (Sanctions) (EU Exit) Regulations 2019' },
  { code: 'YEM', title: 'Yemen', legalBasis: 'The Yemen (Sanctions) (EU Exit) Regulations 2020' },
];
