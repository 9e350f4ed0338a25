/**
 * Arabic given names that share a consonant skeleton but are different names: Hasan and Husayn
 * (the Prophet's two grandsons: حسن / حسين), Umar, Amir and Umair (عمر / أمير / عمير), Amina and
 * Ayman (أمينة / أيمن), Abd Allah and Ubayd Allah (Abdullah / Obaidullah), and Abd Allah against
 * the opener of another Abd compound (Abdullah / Abdul Wali). Arabic script tells them apart by a letter; romanised without vowels they meet, and a
 * matcher that reads equal skeletons as one name (Mohammed / Muhammad) must not read these so:
 * Hussein Nasrallah is not Hassan Nasrallah. Curated by hand from the commonest such pairs in the
 * lists; each pattern takes the usual romanisations of one name.
 * @module
 */
import { isAbdAllah, isCompoundOpener } from './arabic-compounds.js';
import { consonantSkeleton } from './consonant-skeleton.js';

/** Something that tells whether a word is one name's spelling: a pattern, or a reader of names. */
interface NameForm {
  test(word: string): boolean;
}

/** Groups of names, one form per name: two words of one group that match two forms are two names. */
const DISTINCT_GROUPS: readonly (readonly NameForm[])[] = [
  // Abd Allah (servant of God): Abdullah; Ubayd Allah (little servant of God): Obaidullah, Ubaydullah.
  [{ test: isAbdAllah }, /^[ou]b[ae][iy]d[aeiou]{0,2}l{1,2}ah?$/],
  // Hasan, Hassan, Hassen; Husayn, Hussein, Hussain, Hossein, Hüseyin, Hussien.
  [/^ha+s+[ae]n$/, /^h[ou]+s+(?:e[iy]|a[iy]|ie|eyi)n$/],
  // Umar, Omar; Amir, Ameer, Emir; Umair, Omair, Umayr.
  [/^[ou]m+ar$/, /^[ae]m(?:i|ee)r$/, /^[ou]ma[iy]r$/],
  // Amina, Aminah, Ameena; Ayman, Aiman.
  [/^am(?:i|ee)nah?$/, /^a[iy]man$/],
];

/** The consonant skeletons of those names (hsn, amr, amn, abdl): other words are ruled out at once. */
const DISTINCT_SKELETONS: ReadonlySet<string> = new Set(['hassan', 'omar', 'amina', 'abdullah'].map(consonantSkeleton));

function matchesOther(patterns: readonly NameForm[], a: string, b: string): boolean {
  const i = patterns.findIndex((p) => p.test(a));
  return i >= 0 && patterns.some((p, j) => j !== i && p.test(b));
}

/**
 * Whether two normalised Latin words are two different Arabic names that share a skeleton (the
 * first word's skeleton may be given).
 *
 * @example areDistinctArabicNames('hussein', 'hassan') // true
 * @example areDistinctArabicNames('abdullah', 'abdul') // true
 * @example areDistinctArabicNames('hussein', 'husayn') // false: one name
 */
export function areDistinctArabicNames(a: string, b: string, skeleton = consonantSkeleton(a)): boolean {
  if (!DISTINCT_SKELETONS.has(skeleton)) return false;
  if ((isAbdAllah(a) && isCompoundOpener(b)) || (isAbdAllah(b) && isCompoundOpener(a))) return true;
  return DISTINCT_GROUPS.some((patterns) => matchesOther(patterns, a, b));
}
