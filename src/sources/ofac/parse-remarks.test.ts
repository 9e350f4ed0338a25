import { describe, it, expect } from 'vitest';
import { parseRemarkClauses, parseRemarks, splitRemarks } from './parse-remarks.js';

/** The party properties of one clause. */
function props(clause: string): Record<string, string[]> {
  return parseRemarkClauses([clause]).properties;
}

describe('splitRemarks', () => {
  it('splits on "; " but not inside parentheses', () => {
    expect(splitRemarks("DOB 1961; POB Leningrad, Russia; a.k.a. 'X'.")).toEqual(['DOB 1961', 'POB Leningrad, Russia', "a.k.a. 'X'."]);
    expect(splitRemarks('Note (Alt. DOB: 10 October 1969; Alt. POB: Keren Eritrea); Gender Male')).toEqual([
      'Note (Alt. DOB: 10 October 1969; Alt. POB: Keren Eritrea)',
      'Gender Male',
    ]);
  });

  it('keeps a semicolon without a following space, and drops empty clauses', () => {
    expect(splitRemarks('Website a;b.com;  ; Gender Male')).toEqual(['Website a;b.com', 'Gender Male']);
    expect(splitRemarks('')).toEqual([]);
  });
});

describe('parseRemarks clauses', () => {
  it('DOB: single dates, alt., circa and ranges; a bad date is returned for a bad-date issue', () => {
    expect(props('DOB 01 Jun 1961')).toEqual({ birthDate: ['1961-06-01'] });
    expect(props('alt. DOB Jun 1961')).toEqual({ birthDate: ['1961-06'] });
    expect(props('DOB circa 1961')).toEqual({ birthDate: ['1961'] });
    expect(props('DOB 1961 to 1963')).toEqual({ birthDate: ['1961', '1962', '1963'] });
    const bad = parseRemarkClauses(['DOB 31 Feb 1961']);
    expect(bad.properties).toEqual({});
    expect(bad.badDates).toEqual([{ field: 'DOB', value: '31 Feb 1961' }]);
  });

  it('POB, nationality and citizenship, coded where the country is known', () => {
    expect(props('POB Leningrad, Russia')).toEqual({ birthPlace: ['Leningrad, Russia'] });
    expect(props('nationality Russia')).toEqual({ nationality: ['ru'] });
    expect(props('nationality Korea, North')).toEqual({ nationality: ['kp'] });
    expect(props('citizen Mexico.')).toEqual({ citizenship: ['mx'] });
    expect(props('nationality Atlantis')).toEqual({ nationality: ['Atlantis'] });
    expect(props('Nationality of Registration China')).toEqual({ jurisdiction: ['cn'] });
  });

  it('Gender, in FtM lower case; anything but Male/Female is a note', () => {
    expect(props('Gender Male')).toEqual({ gender: ['male'] });
    expect(props('Gender Female.')).toEqual({ gender: ['female'] });
    expect(props('Gender Unknown')).toEqual({ notes: ['Gender Unknown'] });
  });

  it('Passport with its country and issued/expires tails', () => {
    expect(props('Passport 304555 (Egypt)')).toEqual({ passportNumber: ['304555'] });
    expect(props('Passport E590976 (Tunisia) issued 19 Jun 1987 expires 18 Jun 1992.')).toEqual({ passportNumber: ['E590976'] });
    expect(props('alt. Passport G 649385 issued 08 Sep 2006 expires 17 Jul 2011.')).toEqual({ passportNumber: ['G 649385'] });
    expect(props('Diplomatic Passport D00001 (Iran)')).toEqual({ passportNumber: ['D00001'] });
    expect(props('Passport issued in Sarajevo, Bosnia-Herzegovina')).toEqual({ notes: ['Passport issued in Sarajevo, Bosnia-Herzegovina'] });
  });

  it('personal ids: National ID No., Cedula No., Identification Number, C.U.R.P., SSN', () => {
    expect(props('National ID No. 660000 73767 (Belgium)')).toEqual({ idNumber: ['660000 73767'] });
    expect(props('Cedula No. 16473543 (Colombia).')).toEqual({ idNumber: ['16473543'] });
    expect(props('Identification Number 210302198701102136 (China)')).toEqual({ idNumber: ['210302198701102136'] });
    expect(props('C.U.R.P. LOMA640415HSLPRR05 (Mexico)')).toEqual({ idNumber: ['LOMA640415HSLPRR05'] });
    expect(props('SSN 561-77-9011 (United States)')).toEqual({ socialSecurityNumber: ['561-77-9011'] });
  });

  it('tax ids: Tax ID No. (a Russian one is also an INN), NIT #, RFC', () => {
    expect(props('Tax ID No. 7707083893 (Russia)')).toEqual({ taxNumber: ['7707083893'], innCode: ['7707083893'] });
    expect(props('Tax ID No. 52-2083095 (United States)')).toEqual({ taxNumber: ['52-2083095'] });
    expect(props('NIT # 8020163407 (Colombia)')).toEqual({ taxNumber: ['8020163407'] });
    expect(props('R.F.C. LOMA640415 (Mexico)')).toEqual({ taxNumber: ['LOMA640415'] });
    expect(props('RFC LOMA640415')).toEqual({ taxNumber: ['LOMA640415'] });
  });

  it('registration numbers: Registration Number/ID (Russian ones are OGRNs), Company Number, Business Registration Number', () => {
    expect(props('Registration Number 1027700132195 (Russia)')).toEqual({ registrationNumber: ['1027700132195'], ogrnCode: ['1027700132195'] });
    expect(props('Registration ID CH-660.0.699.004-7 (Switzerland)')).toEqual({ registrationNumber: ['CH-660.0.699.004-7'] });
    expect(props('Company Number 07486049 (Czech Republic)')).toEqual({ registrationNumber: ['07486049'] });
    expect(props('UK Company Number 03632365')).toEqual({ registrationNumber: ['03632365'] });
    expect(props('Business Registration Number 0582030 (Connecticut) (United States)')).toEqual({ registrationNumber: ['0582030'] });
  });

  it('Government Gazette Number is a Russian OKPO code', () => {
    expect(props('Government Gazette Number 42045241 (Russia)')).toEqual({ registrationNumber: ['42045241'], okpoCode: ['42045241'] });
  });

  it('Legal Entity Number, SWIFT/BIC, V.A.T. Number', () => {
    expect(props('Legal Entity Number 253400WSS48YWMBUA688')).toEqual({ leiCode: ['253400WSS48YWMBUA688'] });
    expect(props('SWIFT/BIC CKLBCNBJ')).toEqual({ swiftBic: ['CKLBCNBJ'] });
    expect(props('V.A.T. Number CHE-267.936.404 (Switzerland)')).toEqual({ vatCode: ['CHE-267.936.404'] });
  });

  it('vessel identifiers: IMO in its three spellings, MMSI, build year, former flags', () => {
    expect(props('Vessel Registration Identification IMO 9486910')).toEqual({ imoNumber: ['IMO9486910'] });
    expect(props('Vessel Registration Identification 8606173')).toEqual({ imoNumber: ['IMO8606173'] });
    expect(props('Identification Number IMO 9339301')).toEqual({ imoNumber: ['IMO9339301'] });
    expect(props('Company Number IMO 5394185')).toEqual({ imoNumber: ['IMO5394185'] });
    expect(props('MMSI 636013272')).toEqual({ mmsi: ['636013272'] });
    expect(props('Vessel Year of Build 1999')).toEqual({ buildDate: ['1999'] });
    expect(props('Former Vessel Flag Tanzania')).toEqual({ pastFlags: ['tz'] });
  });

  it('aircraft: serial number, tail number, model, manufacture date; the operator is a note', () => {
    expect(props("Aircraft Manufacturer's Serial Number (MSN) 1023409321")).toEqual({ serialNumber: ['1023409321'] });
    expect(props('Aircraft Tail Number RA-02791')).toEqual({ registrationNumber: ['RA-02791'] });
    expect(props('Aircraft Model Ilyushin IL-76TD')).toEqual({ model: ['Ilyushin IL-76TD'] });
    expect(props('Aircraft Manufacture Date 28 Aug 2002')).toEqual({ buildDate: ['2002-08-28'] });
    expect(props('Aircraft Operator Air Koryo')).toEqual({ notes: ['Aircraft Operator Air Koryo'] });
  });

  it('contacts: Website, Email Address, Telephone and Phone Number', () => {
    expect(props('Website www.gicdf.org')).toEqual({ website: ['www.gicdf.org'] });
    expect(props('alt. Email Address sitedev5@yandex.ru')).toEqual({ email: ['sitedev5@yandex.ru'] });
    expect(props('Telephone No. (022) 7363030')).toEqual({ phone: ['(022) 7363030'] });
    expect(props('Phone Number 79315403678')).toEqual({ phone: ['79315403678'] });
    expect(props('Fax No. (022) 7363196')).toEqual({ notes: ['Fax No. (022) 7363196'] });
  });

  it('Digital Currency Address: a wallet, not a party property', () => {
    const facts = parseRemarkClauses(['Digital Currency Address - XBT 12udabs2TkX7NXCSj6KpqXfakjE52ZPLhz', 'alt. Digital Currency Address - USDT 0x2f389ce8bd8ff92de3402ffce4691d17fc4f6535']);
    expect(facts.wallets).toEqual([
      { currency: 'XBT', publicKey: '12udabs2TkX7NXCSj6KpqXfakjE52ZPLhz' },
      { currency: 'USDT', publicKey: '0x2f389ce8bd8ff92de3402ffce4691d17fc4f6535' },
    ]);
    expect(facts.properties).toEqual({});
  });

  it('Organization Established Date (a day, a year or a range) and Organization Type', () => {
    expect(props('Organization Established Date 21 Jul 2020')).toEqual({ incorporationDate: ['2020-07-21'] });
    expect(props('Organization Established Date 01 Jan 2015 to 31 Dec 2015')).toEqual({ incorporationDate: ['2015'] });
    expect(props('Organization Type: Central banking')).toEqual({ sector: ['Central banking'] });
    expect(parseRemarkClauses(['Organization Established Date soon']).badDates).toEqual([{ field: 'Organization Established Date', value: 'soon' }]);
  });

  it('Linked To: the name without the final full stop, kept for resolution', () => {
    const facts = parseRemarks("Gender Male; Linked To: D'S SUPERMARKET COMPANY LTD.");
    expect(facts.linkedTo).toEqual(["D'S SUPERMARKET COMPANY LTD"]);
    expect(facts.properties).toEqual({ gender: ['male'] });
  });

  it("a.k.a. is a weak alias, f.k.a. a previous name, both without their quotes", () => {
    expect(props("a.k.a. 'BURTON BURGESS'.")).toEqual({ weakAlias: ['BURTON BURGESS'] });
    expect(props("f.k.a. 'OLD NAME LTD.'")).toEqual({ previousName: ['OLD NAME LTD.'] });
  });

  it('sanctions information and unknown clauses are notes, as written', () => {
    expect(props('Additional Sanctions Information - Subject to Secondary Sanctions')).toEqual({
      notes: ['Additional Sanctions Information - Subject to Secondary Sanctions'],
    });
    expect(props('Secondary sanctions risk: See Section 11 of Executive Order 14024.')).toEqual({
      notes: ['Secondary sanctions risk: See Section 11 of Executive Order 14024.'],
    });
    expect(props('ICTY indictee.')).toEqual({ notes: ['ICTY indictee.'] });
  });

  it('reads a whole Remarks field (sdn.csv row 10278)', () => {
    const facts = parseRemarks("DOB 28 Jul 1963; POB Toledo District, Belize; Passport P0017003 (Belize); SSN 561-77-9011 (United States); a.k.a. 'BURTON BURGESS'.");
    expect(facts).toEqual({
      properties: {
        birthDate: ['1963-07-28'],
        birthPlace: ['Toledo District, Belize'],
        passportNumber: ['P0017003'],
        socialSecurityNumber: ['561-77-9011'],
        weakAlias: ['BURTON BURGESS'],
      },
      wallets: [],
      linkedTo: [],
      badDates: [],
    });
  });
});
