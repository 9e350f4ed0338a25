import type { ProgramEntry } from './catalogue.js';

/**
 * EU restrictive-measures regimes by the OpenSanctions programme key used in the EU Journal CSVs
 * (`programKey`), each with the Council regulations whose annexes list the designations.
 */
export const EU_PROGRAMS: readonly ProgramEntry[] = [
  { code: 'EU-AFG', title: 'Afghanistan (Taliban)', legalBasis: 'Council Regulation (EU) No 753/2011' },
  { code: 'EU-BLR', title: 'Belarus', legalBasis: 'Council Regulation (EC) No 765/2006', countries: ['by'] },
  { code: 'EU-CAF', title: 'Central African Republic', legalBasis: 'Council Regulation (EU) No 224/2014' },
  { code: 'EU-CHEM', title: 'Chemical weapons', legalBasis: 'Council Regulation (EU) 2018/1542' },
  { code: 'EU-COD', title: 'Democratic Republic of the Congo', legalBasis: 'Council Regulation (EC) No 1183/2005' },
  { code: 'EU-CYB', title: 'Cyber-attacks threatening the Union or its Member States', legalBasis: 'Council Regulation (EU) 2019/796' },
  { code: 'EU-GIN', title: 'Guinea', legalBasis: 'Council Regulation (EU) No 1284/2009' },
  { code: 'EU-GTM', title: 'Guatemala', legalBasis: 'Council Regulation (EU) 2024/287' },
  { code: 'EU-HAM', title: 'Hamas and Palestinian Islamic Jihad', legalBasis: 'Council Regulation (EU) 2024/386' },
  { code: 'EU-HR', title: 'Global human rights sanctions regime', legalBasis: 'Council Regulation (EU) 2020/1998' },
  { code: 'EU-HTI', title: 'Haiti', legalBasis: 'Council Regulation (EU) 2022/2309' },
  { code: 'EU-IRN', title: 'Iran (nuclear proliferation, human rights, military support to Russia)', legalBasis: 'Council Regulation (EU) No 267/2012; Council Regulation (EU) No 359/2011; Council Regulation (EU) 2023/1529' },
  { code: 'EU-IRQ', title: 'Iraq', legalBasis: 'Council Regulation (EC) No 1210/2003' },
  { code: 'EU-LBY', title: 'Libya', legalBasis: 'Council Regulation (EU) 2016/44' },
  { code: 'EU-MDA', title: 'Moldova (destabilising actions)', legalBasis: 'Council Regulation (EU) 2023/888' },
  { code: 'EU-MLI', title: 'Mali', legalBasis: 'Council Regulation (EU) 2017/1770' },
  { code: 'EU-MMR', title: 'Myanmar/Burma', legalBasis: 'Council Regulation (EU) No 401/2013' },
  { code: 'EU-NIC', title: 'Nicaragua', legalBasis: 'Council Regulation (EU) 2019/1716' },
  { code: 'EU-PRK', title: "Democratic People's Republic of Korea", legalBasis: 'Council Regulation (EU) 2017/1509' },
  { code: 'EU-RUS', title: "Russia: actions destabilising the situation in Ukraine (sectoral) and the situation in Russia", legalBasis: 'Council Regulation (EU) No 833/2014; Council Regulation (EU) 2024/1485' },
  { code: 'EU-RUSDA', title: 'Russia: destabilising activities (hybrid threats)', legalBasis: 'Council Regulation (EU) 2024/2642' },
  { code: 'EU-SDN', title: 'Sudan', legalBasis: 'Council Regulation (EU) No 747/2014' },
  { code: 'EU-SDNZ', title: 'Sudan: activities undermining stability and the political transition', legalBasis: 'Council Regulation (EU) 2023/2147' },
  { code: 'EU-SOM', title: 'Somalia', legalBasis: 'Council Regulation (EU) No 356/2010' },
  { code: 'EU-SSD', title: 'South Sudan', legalBasis: 'Council Regulation (EU) 2015/735' },
  { code: 'EU-SYR', title: 'Syria', legalBasis: 'Council Regulation (EU) No 36/2012' },
  { code: 'EU-TAQA-EUAQ', title: "ISIL (Da'esh) and Al-Qaida", legalBasis: 'Council Regulation (EC) No 881/2002; Council Regulation (EU) 2016/1686' },
  { code: 'EU-TERR', title: 'Terrorist persons and groups (CP 931)', legalBasis: 'Council Regulation (EC) No 2580/2001; Common Position 2001/931/CFSP' },
  { code: 'EU-TUN', title: 'Tunisia (misappropriation of state funds)', legalBasis: 'Council Regulation (EU) No 101/2011' },
  { code: 'EU-UKR', title: 'Ukraine: territorial integrity, sovereignty and independence; misappropriation of state funds', legalBasis: 'Council Regulation (EU) No 269/2014; Council Regulation (EU) No 208/2014' },
  { code: 'EU-VEN', title: 'Venezuela', legalBasis: 'Council Regulation (EU) 2017/2063' },
  { code: 'EU-YEM', title: 'Yemen', legalBasis: 'Council Regulation (EU) No 1352/2014' },
];
