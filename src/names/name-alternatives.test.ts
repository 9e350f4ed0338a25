import { describe, expect, it } from 'vitest';
import { commaQualified, hasQualifier, nameAlternatives, trailingPlace, withoutAddresseePrefix, withoutLeadingHonorific, withoutVesselPrefix, withoutWebDomain } from './name-alternatives.js';
import { townCountry } from './towns.js';

const names = (name: string): string[] => nameAlternatives(name).map((a) => a.name);

describe('nameAlternatives', () => {
  it('splits names packed with a slash', () => {
    expect(nameAlternatives("Al-Qa'ida/Islamic Army")).toEqual([
      { name: "Al-Qa'ida", droppedQualifier: false },
      { name: 'Islamic Army', droppedQualifier: false },
    ]);
  });

  it('drops a parenthesised qualifier, says so, then splits what is left', () => {
    expect(nameAlternatives('Deutsche Bank (Schweiz) AG')).toEqual([{ name: 'Deutsche Bank AG', droppedQualifier: true, qualifier: 'Schweiz' }]);
    expect(nameAlternatives('Bowne Global Solutions II (U.K.) Limited')[0]?.qualifier).toBe('U.K.');
    expect(names('Bank Melli Iran (UK) / Melli Bank')).toEqual(['Bank Melli Iran / Melli Bank', 'Bank Melli Iran', 'Melli Bank']);
    expect(hasQualifier('Bank of China (Hong Kong) Limited')).toBe(true);
    expect(hasQualifier('Bank of China Limited')).toBe(false);
  });

  it('splits the names the UN and EU lists pack with semicolons, in or out of brackets, without notes or enumerators', () => {
    expect(names('Azim Adhajani; Azim Agha-Jani')).toEqual(['Azim Adhajani', 'Azim Agha-Jani']);
    expect(names('جبهة النصرة (the Victory Front; Jabhat al-Nusrah; Al-Nusra Front)')).toEqual(['جبهة النصرة', 'the Victory Front', 'Jabhat al-Nusrah', 'Al-Nusra Front']);
    const hts = nameAlternatives('Hay’at Tahrir al-Sham (HTS) (هيئة تحرير الشام (original script); Hayat Tahrir al-Sham; Tahrir al-Sham Hay’at)');
    expect(hts).toEqual([
      { name: 'Hay’at Tahrir al-Sham', droppedQualifier: true, qualifier: 'HTS' },
      { name: 'هيئة تحرير الشام', droppedQualifier: false },
      { name: 'Hayat Tahrir al-Sham', droppedQualifier: false },
      { name: 'Tahrir al-Sham Hay’at', droppedQualifier: false },
    ]);
    expect(names("Ansar al-Sharia in Tunisia; (c)Ansar al-Shari'ah; (d) Supporters of Islamic Law")).toEqual(['Ansar al-Sharia in Tunisia', "Ansar al-Shari'ah", 'Supporters of Islamic Law']);
    expect(names('Mohammad Sabet b) M. Javad Kareemi Sabet; M. Jawad Karimi Sabet')).toEqual(['Mohammad Sabet', 'M. Javad Kareemi Sabet', 'M. Jawad Karimi Sabet']);
    // A note in brackets is a qualifier, not names.
    expect(nameAlternatives('Gamel Mohamed (Date of birth: 25.5.1966; place of birth: Morocco)')).toEqual([
      { name: 'Gamel Mohamed', droppedQualifier: true, qualifier: 'Date of birth: 25.5.1966; place of birth: Morocco' },
    ]);
  });

  it('keeps slashes of legal forms and abbreviations, and names with nothing outside brackets', () => {
    expect(names('Maersk A/S')).toEqual([]);
    // Lebanon's S.A.L./OFF-SHORE: OFF-SHORE alone had met every listed offshore company at 0.8.
    expect(names('EBLA TRADE SERVICES S.A.L./OFF-SHORE')).toEqual([]);
    expect(names('c/o Acme')).toEqual([]);
    expect(names('(Islamic Army)')).toEqual([]);
    expect(names('Vladimir Putin')).toEqual([]);
    expect(names(Array.from({ length: 100 }, (_, i) => `name${i}`).join('/'))).toEqual([]);
  });
});

describe('nameAlternatives: a name written in two scripts', () => {
  it('parts the EU\'s names written in Latin letters and again in their own script', () => {
    expect(nameAlternatives('Raji FALHOUT راجي فلحوط', { person: true }).map((a) => a.name)).toEqual(['Raji FALHOUT', 'راجي فلحوط']);
    expect(names('KIM Kwang Yon 김광연')).toEqual(['KIM Kwang Yon', '김광연']);
    expect(names('Al-Sayyad Company for Guarding and Protection Services Ltd - شركة الصياد لخدمات الحراسة والحماية')).toEqual([
      'Al-Sayyad Company for Guarding and Protection Services Ltd',
      'شركة الصياد لخدمات الحراسة والحماية',
    ]);
    expect(names('Государственное предприятие ‘Новый свет’ Gosudarstvenoye predpriyatiye ‘Novy Svet’')).toEqual([
      'Государственное предприятие ‘Новый свет’',
      'Gosudarstvenoye predpriyatiye ‘Novy Svet’',
    ]);
  });

  it('keeps whole a name with a Latin legal form, look-alike letters, a label or a legal form for a half', () => {
    expect(names('OOO ‘Меркурий’')).toEqual([]);
    expect(names('Роман Александрович ГOBOP')).toEqual([]);
    expect(names('Rusian: Военно-патриотический центр ‘Авангард’')).toEqual([]);
    // The Cyrillic half is the Kazakh legal form alone: as a name, it met every other LLP.
    expect(names('Товарищество с Ограниченной Ответственностью «ELEM GROUP»')).toEqual([]);
  });
});

describe('nameAlternatives: joined names and persons', () => {
  it('parts names joined by DBA, T/A, AKA, FKA or Formerly', () => {
    expect(names('MAHAN AIR DBA MAHAN AIRLINES')).toEqual(['MAHAN AIR', 'MAHAN AIRLINES']);
    expect(names('ACME TRADING LLC D/B/A ROSOBORONEXPORT')).toEqual(['ACME TRADING LLC', 'ROSOBORONEXPORT']);
    expect(names('Shahed Aviation Industries a.k.a. Shahed Aviation Industries Research Centre')).toEqual(['Shahed Aviation Industries', 'Shahed Aviation Industries Research Centre']);
    expect(names('XYZ HOLDINGS FORMERLY KNOWN AS BANK MELLI IRAN')).toEqual(['XYZ HOLDINGS', 'BANK MELLI IRAN']);
  });

  it("parts a person's name at a slash only into names of two words or more", () => {
    expect(nameAlternatives('PUTIN/VLADIMIR', { person: true })).toEqual([]);
    expect(nameAlternatives('Vladimir/ Volodymyr LIPCHENKO', { person: true })).toEqual([]);
    expect(nameAlternatives('Azim Adhajani/Azim Agha-Jani', { person: true }).map((a) => a.name)).toEqual(['Azim Adhajani', 'Azim Agha-Jani']);
    expect(names('Al-Qaida/Islamic Army')).toEqual(['Al-Qaida', 'Islamic Army']);
  });
});

describe('commaQualified', () => {
  it("reads the place after a body's name and comma", () => {
    expect(commaQualified('ROSOBORONEXPORT, MOSCOW, RUSSIA')).toEqual({ name: 'ROSOBORONEXPORT', parts: ['MOSCOW', 'RUSSIA'], bodyWords: false });
    expect(commaQualified('BANK MELLI IRAN, HAMBURG BRANCH')).toMatchObject({ name: 'BANK MELLI IRAN', bodyWords: true });
  });

  it('leaves a legal form, a group before its subsidiary, initials and brackets after the comma', () => {
    expect(commaQualified('GLOBAL STAR, LLC')).toBeUndefined();
    expect(commaQualified('Mendez, B.V.B.A')).toBeUndefined();
    expect(commaQualified('Tactical Missile Company, Joint Stock Company Plant Kulakov')).toBeUndefined();
    expect(commaQualified('Tactical Missile Corporation, “Central Design Bureau of Automation”')).toBeUndefined();
    expect(commaQualified('RADULE STEVIC B.I., P.T.P. RAD')).toBeUndefined();
    expect(commaQualified('Deutsche Bank (Schweiz), Zurich')).toBeUndefined();
  });
});

describe('trailingPlace', () => {
  // Countries come from the model's table in the matcher; two stand in for it here.
  const names: Record<string, string> = { iran: 'ir', russia: 'ru' };
  const codes: Record<string, string> = { ru: 'ru', ao: 'ao' };
  const place = { placeCountry: (words: string): string | undefined => townCountry(words) ?? names[words], countryCode: (code: string): string | undefined => codes[code] };

  it("reads the towns and countries written after a body's name without a comma, the longest name first", () => {
    expect(trailingPlace('MAHAN AIR TEHRAN IRAN', place)).toEqual([
      { name: 'MAHAN AIR TEHRAN', countries: ['ir'] },
      { name: 'MAHAN AIR', countries: ['ir', 'ir'] },
    ]);
    expect(trailingPlace('ROSOBORONEXPORT JSC MOSCOW', place)).toEqual([{ name: 'ROSOBORONEXPORT JSC', countries: ['ru'] }]);
    expect(trailingPlace('Bank Rossiya JSC St. Petersburg', place)).toEqual([{ name: 'Bank Rossiya JSC', countries: ['ru'] }]);
    expect(trailingPlace('BANK MELLI IRAN LONDON BRANCH', place).map((p) => p.name)).toEqual(['BANK MELLI IRAN', 'BANK MELLI']);
    expect(trailingPlace('FOO TRADING RAS AL KHAIMAH', place)).toEqual([{ name: 'FOO TRADING', countries: ['ae'] }]);
    expect(trailingPlace('RAHAT LTD. KANDAHAR PROVINCE', place)).toEqual([{ name: 'RAHAT LTD.', countries: ['af'] }]);
    expect(trailingPlace('ROSOBORONEXPORT MOSCOW RU', place)).toEqual([{ name: 'ROSOBORONEXPORT', countries: ['ru'] }]);
    // A two-letter code alone is no place: AO is a Russian legal form, and a name word elsewhere.
    expect(trailingPlace('ROSOBORONEXPORT AO', place)).toEqual([]);
    // One English word alone starts too many names; with a legal form it is a company's name.
    expect(trailingPlace('UNITED MOSCOW', place)).toEqual([]);
    expect(trailingPlace('RIDOTTO LLC MINSK', place)).toEqual([{ name: 'RIDOTTO LLC', countries: ['by'] }]);
  });

  it('leaves a place that the name joins (Bank of Moscow), a name of descriptors alone, commas and brackets', () => {
    expect(trailingPlace('BANK OF MOSCOW', place)).toEqual([]);
    expect(trailingPlace('BANK MOSCOW', place)).toEqual([]);
    expect(trailingPlace('MOSCOW', place)).toEqual([]);
    expect(trailingPlace('ALFA & MOSCOW', place)).toEqual([]);
    expect(trailingPlace('ROSOBORONEXPORT, MOSCOW', place)).toEqual([]);
    expect(trailingPlace('Bank of China (Hong Kong) Limited', place)).toEqual([]);
    // A town that is a name's own word is not in the list (Sofia, Victoria, Vladimir).
    expect(trailingPlace('HOTEL SOFIA', place)).toEqual([]);
    expect(trailingPlace('MARIA VICTORIA', place)).toEqual([]);
  });
});

describe('withoutAddresseePrefix and withoutWebDomain', () => {
  it('drops a leading ATTN, FAO, FFC or C/O', () => {
    expect(withoutAddresseePrefix('ATTN: ROSOBORONEXPORT')).toBe('ROSOBORONEXPORT');
    expect(withoutAddresseePrefix('C/O MAHAN AIR')).toBe('MAHAN AIR');
    expect(withoutAddresseePrefix('FFC ACME LTD')).toBe('ACME LTD');
    expect(withoutAddresseePrefix('FAOUZI JABER')).toBeUndefined();
    expect(withoutAddresseePrefix('ATTENBOROUGH LTD')).toBeUndefined();
  });

  it("drops a web domain's ending written onto a name", () => {
    expect(withoutWebDomain('SINBAD.IO')).toBe('SINBAD');
    expect(withoutWebDomain('Tornado.Cash')).toBe('Tornado');
    expect(withoutWebDomain('3D.RU')).toBeUndefined();
    expect(withoutWebDomain('Niru Battery Mfg.CO')).toBeUndefined();
  });
});

describe('withoutLeadingHonorific', () => {
  it('takes off a leading Sayyed or Seyyed when two words or more are left', () => {
    expect(withoutLeadingHonorific('SAYYED ALI KHAMENEI')).toBe('ALI KHAMENEI');
    expect(withoutLeadingHonorific('Seyyed Ebrahim Raisi')).toBe('Ebrahim Raisi');
    expect(withoutLeadingHonorific('Sayyed Khamenei')).toBeUndefined();
    expect(withoutLeadingHonorific('Ali Sayyed Khamenei')).toBeUndefined();
  });
});

describe('withoutVesselPrefix', () => {
  it('takes off the ship-type prefix of a vessel name, however it is written', () => {
    // The UK lists MT KONSTANTINOVSK and M/V Chon Myong 1; shipping papers write MV Naxos, M.T. Viper.
    expect(withoutVesselPrefix('MT KONSTANTINOVSK')).toBe('KONSTANTINOVSK');
    expect(withoutVesselPrefix('M/V Chon Myong 1')).toBe('Chon Myong 1');
    expect(withoutVesselPrefix('M.T. Viper')).toBe('Viper');
    expect(withoutVesselPrefix('M. V. Naxos')).toBe('Naxos');
  });

  it('leaves names that only start with the same letters, and a prefix alone', () => {
    expect(withoutVesselPrefix('MVP')).toBeUndefined();
    expect(withoutVesselPrefix('Maria')).toBeUndefined();
    expect(withoutVesselPrefix('MT')).toBeUndefined();
    expect(withoutVesselPrefix('MST Logistics')).toBeUndefined();
  });
});
