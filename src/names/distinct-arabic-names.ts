/**
 * Arabic given names that romanised look like one name but are different names. Some share a
 * consonant skeleton: Hasan and Husayn (the Prophet's two grandsons: حسن / حسين), Muhammad and
 * Mahmud, Umar, Amir, Umair and Ammar (عمر / أمير / عمير / عمار), Amina, Ayman, Iman and Amin, Abd
 * Allah and Ubayd Allah (Abdullah / Obaidullah), and Abd Allah against the opener of another Abd
 * compound (Abdullah / Abdul Wali). Others are a letter apart: Khalid, Khalil, Khaliq and Khalif
 * (خالد / خليل / خالق / خليف), Nasser, Yasser and Nazir, Sami, Samir, Samer and Amir, Karim and
 * Karam, Zahid and Zaid, Imran and Iman, Rania and Rana, Hasan and Ghassan; and a woman's name is a
 * man's with -a (Karim / Karima, Jamil / Jamila). Arabic script tells them apart by a letter; a
 * matcher that reads equal skeletons as one name (Mohammed / Muhammad), or one letter changed as a
 * typo, must not read these so: Hussein Nasrallah is not Hassan Nasrallah, nor Khalid Hussain the
 * listed KHALIL, Hussein. Curated by hand from the commonest such pairs in the lists and in the
 * common-names evaluation; each pattern takes the usual romanisations of one name.
 * @module
 */
import { isAbdAllah, isCompoundOpener } from './arabic-compounds.js';
import { consonantSkeleton } from './consonant-skeleton.js';

/** Something that tells whether a word is one name's spelling: a pattern, or a reader of names. */
interface NameForm {
  test(word: string): boolean;
}

/**
 * Groups of names, one form per name (a pattern, or a reader of names), with a spelling of each:
 * two words of one group that match two forms are two names.
 */
const DISTINCT_GROUPS: readonly { spellings: readonly string[]; forms: readonly NameForm[] }[] = [
  // Abd Allah (servant of God): Abdullah; Ubayd Allah (little servant of God): Obaidullah, Ubaydullah.
  { spellings: ['abdullah', 'obaidullah'], forms: [{ test: isAbdAllah }, /^[ou]b[ae][iy]d[aeiou]{0,2}l{1,2}ah?$/] },
  // Hasan, Hassan, Hassen; Husayn, Hussein, Hussain, Hossein, Hüseyin, Hussien; Ghassan (غسان; not
  // Gasan, the Russian spelling of Hasan).
  { spellings: ['hassan', 'hussein', 'ghassan'], forms: [/^ha+s+[ae]n$/, /^h[ou]+s+(?:e[iy]|a[iy]|ie|eyi)n$/, /^ghas+an$/] },
  // Muhammad, Mohammed, Mohamed, Mohmad; Mahmoud, Mahmud, Mehmood.
  { spellings: ['muhammad', 'mahmoud'], forms: [/^m[aeou]h?[aeou]?m+[ae]d$/, /^m[ae]h?m(?:ou|oo|u)d$/] },
  // Umar, Omar; Amir, Ameer, Emir; Umair, Omair, Umayr; Ammar, Amar (عمار).
  { spellings: ['umar', 'amir', 'umair', 'ammar'], forms: [/^[ou]m+ar$/, /^[ae]m(?:i|ee)r$/, /^[ou]ma[iy]r$/, /^am+ar$/] },
  // Amina, Aminah, Ameena; Ayman, Aiman; Iman, Eman; Amin, Ameen.
  { spellings: ['amina', 'ayman', 'iman', 'amin'], forms: [/^am(?:i|ee)nah?$/, /^a[iy]man$/, /^[ei]+man$/, /^am(?:i|ee)n$/] },
  // Khalid, Khaled; Khalil, Khaleel; Khaliq, Khalik; Khalif.
  { spellings: ['khalid', 'khalil', 'khaliq', 'khalif'], forms: [/^kh?aa?l(?:i|e|ee)d$/, /^kh?aa?l(?:i|e|ee)l$/, /^kh?aa?l(?:i|e|ee)[qk]$/, /^kh?aa?l(?:i|e|ee)f$/] },
  // Nasser, Naser, Nasir (ناصر); Yasser, Yaser, Yasir (ياسر); Nazir, Nazeer (نذير).
  { spellings: ['nasser', 'yasser', 'nazir'], forms: [/^nas+(?:e|i|ee)r$/, /^yas+(?:e|i|ee)r$/, /^naz(?:i|ee)r$/] },
  // Sami, Samy (سامي); Samir, Sameer (سمير); Samer (سامر); Amir (أمير).
  { spellings: ['sami', 'samir', 'samer', 'amir'], forms: [/^sam[iy]$/, /^sam(?:i|ee)r$/, /^samer$/, /^[ae]m(?:i|ee)r$/] },
  // Karim, Kareem (كريم); Karam (كرم).
  { spellings: ['karim', 'karam'], forms: [/^kar(?:i|ee)m$/, /^karam$/] },
  // Zahid, Zahed (زاهد); Zaid, Zayd, Zeid (زيد).
  { spellings: ['zahid', 'zaid'], forms: [/^zah[ie]d$/, /^z(?:a[iy]|e[iy]|ie)d$/] },
  // Imran, Emran, Omran (عمران); Iman, Eman (إيمان).
  { spellings: ['imran', 'iman'], forms: [/^[aeio]mran$/, /^[ei]+man$/] },
  // Rania, Ranya (رانيا); Rana (رنا).
  { spellings: ['rania', 'rana'], forms: [/^ran[iy]a$/, /^rana$/] },
];

/**
 * The groups by the skeletons of their names: this runs for most pairs of words compared, and a
 * word of another skeleton is ruled out at once (a spelling's skeleton stands for all its spellings).
 */
const GROUPS_BY_SKELETON = new Map<string, (readonly NameForm[])[]>();
for (const { spellings, forms } of DISTINCT_GROUPS) {
  for (const skeleton of new Set(spellings.map(consonantSkeleton))) GROUPS_BY_SKELETON.set(skeleton, [...(GROUPS_BY_SKELETON.get(skeleton) ?? []), forms]);
}

/** Men's names whose woman's form ends in -a or -ah (Karim / Karima): the two are two names. */
const NAMES_WITH_WOMENS_FORMS = [
  'karim', 'jamil', 'nabil', 'aziz', 'rashid', 'hamid', 'said', 'salim', 'samir', 'farid', 'halim', 'latif', 'amin', 'zahir',
  'fahim', 'hakim', 'majid', 'nasir', 'rahim', 'sharif', 'habib', 'jalil', 'adil', 'fadil', 'kamil', 'khalid', 'wahid',
];
const WOMENS_FORM_SKELETONS: ReadonlySet<string> = new Set(NAMES_WITH_WOMENS_FORMS.map(consonantSkeleton));

function matchesOther(forms: readonly NameForm[], a: string, b: string): boolean {
  const i = forms.findIndex((p) => p.test(a));
  return i >= 0 && forms.some((p, j) => j !== i && p.test(b));
}

const endsAsMan = (word: string): boolean => /[^aeiouy]$/.test(word) && !word.endsWith('ah');
const endsAsWoman = (word: string): boolean => /[^aeiouy]ah?$/.test(word);

/** Whether one word is the other, a man's name ending in a consonant, with a woman's -a or -ah (of the skeleton given). */
function isWomansForm(a: string, b: string, skeleton: string): boolean {
  return ((endsAsMan(a) && endsAsWoman(b)) || (endsAsMan(b) && endsAsWoman(a))) && consonantSkeleton(b) === skeleton;
}

/**
 * Whether two normalised Latin words are two different Arabic names that look like one (the first
 * word's skeleton may be given).
 *
 * @example areDistinctArabicNames('hussein', 'hassan') // true
 * @example areDistinctArabicNames('abdullah', 'abdul') // true
 * @example areDistinctArabicNames('khalid', 'khalil') // true
 * @example areDistinctArabicNames('kareem', 'karima') // true: a man's name and a woman's
 * @example areDistinctArabicNames('hussein', 'husayn') // false: one name
 */
export function areDistinctArabicNames(a: string, b: string, skeleton = consonantSkeleton(a)): boolean {
  if (WOMENS_FORM_SKELETONS.has(skeleton) && isWomansForm(a, b, skeleton)) return true;
  const groups = GROUPS_BY_SKELETON.get(skeleton);
  if (groups === undefined) return false;
  if ((isAbdAllah(a) && isCompoundOpener(b)) || (isAbdAllah(b) && isCompoundOpener(a))) return true;
  return groups.some((forms) => matchesOther(forms, a, b));
}
