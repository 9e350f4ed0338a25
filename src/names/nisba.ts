/**
 * Persian and Arabic surnames made from a given name with the suffix -i ("of", the nisba):
 * Hosseini from Hossein, Mohammadi from Mohammad, Karimi from Karim. One letter apart as written,
 * they are two names: Fatima Hosseini is not a Hossein, Anwar Mohammadi is not Muhammad Taher
 * Anwari, and Amina Hassan is not Hossein AMINI. A typo scorer counts them one letter apart; this says when that letter is the suffix.
 *
 * The given names are curated by hand from the commonest Iranian and Arab surnames of this form
 * (the nisbas of the Prophet's family and companions, and of names of God's attributes: Karimi,
 * Rahimi, Hakimi); each is written once, as its consonant skeleton stands for all its spellings
 * (Hossein, Husain, Hassan -> hsn). A name that ends in a vowel takes -i or -ei (Reza -> Rezai,
 * Rezaei; Mirza -> Mirzaei).
 * @module
 */
import { consonantSkeleton } from './consonant-skeleton.js';

const GIVEN_NAMES_WITH_NISBAS = [
  'hossein', 'mohammad', 'ahmad', 'hamid', 'karim', 'rahim', 'jafar', 'anwar', 'morad', 'sadegh',
  'abbas', 'kazem', 'hashem', 'taher', 'naser', 'ibrahim', 'yousef', 'omar', 'amir', 'bagher', 'javad', 'majid',
  'nour', 'amin', 'soleiman', 'rahman', 'ghasem', 'kamal', 'jamal', 'salem', 'akbar', 'asghar',
  'heidar', 'fazel', 'hakim', 'qadir', 'aziz', 'habib', 'rashid', 'rasoul', 'mansour', 'latif',
  'sharif', 'ghafour', 'jalil', 'khalil', 'adel', 'zaman', 'hamdan', 'rostam', 'malek', 'reza', 'mirza', 'saeed', 'zahed',
];

const NISBA_SKELETONS: ReadonlySet<string> = new Set(GIVEN_NAMES_WITH_NISBAS.map(consonantSkeleton));

const isVowel = (c: string | undefined): boolean => c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u' || c === 'y';

/**
 * The given name as a man's (ends in a consonant: Karim, or a French spelling's silent e: Hissène)
 * or a woman's (Karima, Aminah), and the -i after a consonant or an a.
 */
const endsAsGivenName = (word: string): boolean => !isVowel(word[word.length - 1]) || /[^aeiouy](?:ah?|e)$/.test(word);
const endsInNisba = (word: string): boolean => word.length >= 5 && word.endsWith('i') && (!isVowel(word[word.length - 2]) || /a[ey]?i$/.test(word));

/**
 * Whether two normalised Latin words (with their consonant skeletons) are a given name and the
 * surname made from it (in any spelling of either): Karim / Karimi, Muhammad / Mohammadi, Amina / Amini.
 *
 * @example isNisbaPair('hossein', 'hosseini') // true
 * @example isNisbaPair('mohammadi', 'muhammad') // true
 * @example isNisbaPair('andre', 'andrei') // false: the name ends in a vowel
 */
export function isNisbaPair(a: string, b: string, skeletonA?: string, skeletonB?: string): boolean {
  // This runs for most pairs of words compared: a pair without a word ending in -i is ruled out at once.
  if (a[a.length - 1] !== 'i' && b[b.length - 1] !== 'i') return false;
  const skeleton = skeletonA ?? consonantSkeleton(a);
  if (skeleton !== (skeletonB ?? consonantSkeleton(b)) || !NISBA_SKELETONS.has(skeleton)) return false;
  return (endsInNisba(a) && endsAsGivenName(b)) || (endsInNisba(b) && endsAsGivenName(a));
}
