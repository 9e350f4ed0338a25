/**
 * Arabic, Persian and Urdu script -> Latin.
 *
 * Written by hand because any-ascii drops alef (فلاديمير -> fldymyr), writes ع as a backtick and
 * does not split the article ال. Short vowels are not written in Arabic, so the output is close
 * to a consonant frame (محمد -> mhmd) except for a few very common names that we spell in full;
 * matching across scripts relies on consonantSkeleton (consonant-skeleton.ts), not on this form.
 * Input must be normalised (harakat already removed by normaliseText).
 * @module
 */

const LETTERS: Readonly<Record<string, string>> = {
  ا: 'a', أ: 'a', إ: 'i', آ: 'a', ٱ: 'a', ء: '', ئ: 'y', ؤ: 'u', ب: 'b', ت: 't', ث: 'th', ج: 'j',
  ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z', س: 's', ش: 'sh', ص: 's', ض: 'd', ط: 't',
  ظ: 'z', ع: 'a', غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', ة: 'a',
  ى: 'a', پ: 'p', چ: 'ch', ژ: 'zh', گ: 'g', ک: 'k', ہ: 'h', ھ: 'h', ۃ: 'a', ٹ: 't', ڈ: 'd',
  ڑ: 'r', ں: 'n', ے: 'e', ۓ: 'e',
};

/** و and ي are consonants (w, y) at word start, long vowels (u, i) elsewhere. */
const WAW = new Set(['و']);
const YEH = new Set(['ي', 'ی', 'ې', 'ۍ']);
/** Letters found in Persian/Urdu but not Arabic: there, initial و is read v (ولادیمیر). */
const PERSIAN_MARKERS = new Set(['پ', 'چ', 'ژ', 'گ', 'ک', 'ی', 'ہ', 'ے', 'ٹ', 'ڈ', 'ں']);

/** Common names whose vowels everybody writes the same way. */
const KNOWN_WORDS: ReadonlyMap<string, string> = new Map(Object.entries({
  محمد: 'muhammad', احمد: 'ahmad', أحمد: 'ahmad', علي: 'ali', حسن: 'hasan', حسين: 'husayn',
  عبد: 'abd', الله: 'allah', عمر: 'umar', خالد: 'khalid', محمود: 'mahmud', ابراهيم: 'ibrahim',
  إبراهيم: 'ibrahim', يوسف: 'yusuf', مصطفى: 'mustafa', عثمان: 'uthman', صالح: 'salih',
  سعيد: 'said', اسامة: 'usama', أسامة: 'usama', بن: 'bin', ابن: 'ibn', ابو: 'abu', أبو: 'abu',
  بنت: 'bint', عبدالله: 'abdallah', رحمن: 'rahman', ناصر: 'nasir', جمال: 'jamal',
  // Persian words of Iranian institutions' names, as their listed English names spell them (بانک
  // ملی ایران = Bank Melli Iran): written without short vowels, ملی reads mli, which meets nothing.
  ایران: 'iran', ملی: 'melli', ملت: 'mellat', صادرات: 'saderat', سپه: 'sepah', سپاه: 'sepah',
  تجارت: 'tejarat', رفاه: 'refah', کارگران: 'kargaran', مسکن: 'maskan', کشاورزی: 'keshavarzi',
  پاسداران: 'pasdaran', انقلاب: 'enqelab', اسلامی: 'eslami', جمهوری: 'jomhuri', توسعه: 'tosee',
}));

export function hasArabicScript(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x0600 && code <= 0x06ff) || (code >= 0x0750 && code <= 0x077f)) return true;
  }
  return false;
}

/** Whether text has a letter Persian or Urdu writes and Arabic does not (see PERSIAN_MARKERS). */
function hasPersianLetters(text: string): boolean {
  for (const ch of text) if (PERSIAN_MARKERS.has(ch)) return true;
  return false;
}

/** How و and ي inside a word are read: as Arabic long vowels (u, i) or as a European name's o and e. */
type VowelReading = 'arabic' | 'european';

function romaniseLetters(word: string, persian: boolean, vowels: VowelReading): string {
  let out = '';
  const letters = [...word];
  letters.forEach((ch, i) => {
    const first = i === 0;
    const last = i === letters.length - 1;
    if (WAW.has(ch)) out += first ? (persian ? 'v' : 'w') : vowels === 'european' ? 'o' : 'u';
    else if (YEH.has(ch)) out += first ? 'y' : vowels === 'european' && !last ? 'e' : 'i';
    else out += LETTERS[ch] ?? ch;
  });
  return out;
}

function romaniseWord(word: string, persian: boolean, vowels: VowelReading): string {
  const known = KNOWN_WORDS.get(word);
  if (known !== undefined) return known;
  // The article ال is its own token (al), so 'الحسن' matches 'al hasan' and 'al-Hassan'.
  if (word.length > 3 && word.startsWith('ال')) return `al ${romaniseWord(word.slice(2), persian, vowels)}`;
  // عبدالرحمن is often written as one word: split off عبد.
  if (word.length > 4 && word.startsWith('عبد')) return `abd ${romaniseWord(word.slice(3), persian, vowels)}`;
  return romaniseLetters(word, persian, vowels);
}

/**
 * Romanises normalised Arabic-script text; other characters pass through.
 *
 * @example romaniseArabic('محمد علي') // 'muhammad ali'
 * @example romaniseArabic('فلاديمير بوتين') // 'fladimir butin'
 * @example romaniseArabic('عبد الرحمن') // 'abd al rahman'
 */
export function romaniseArabic(text: string, vowels: VowelReading = 'arabic'): string {
  const persian = hasPersianLetters(text);
  return text
    .split(' ')
    .map((w) => romaniseWord(w, persian, vowels))
    .join(' ');
}

/**
 * A European name written in Arabic script spells its e and o with ي and و, which Arabic reads as
 * long i and u: this reading takes them as e and o inside a word (and و as o at its end), so
 * بيريز (perez, b for p) reads berez and فرناندو frnando. A second spelling beside romaniseArabic's;
 * none for Persian or Urdu text, whose ی and و are read as written (حمیدی is Hamidi, not hmedi).
 *
 * @example romaniseEuropeanInArabic('فرناندو بيريز') // 'frnando berez'
 */
export function romaniseEuropeanInArabic(text: string): string | undefined {
  return hasPersianLetters(text) ? undefined : romaniseArabic(text, 'european');
}

/**
 * Words for a business in Arabic company names, as the listed English names write them: شركة حسن
 * عياش للصرافة is HASSAN AYASH EXCHANGE COMPANY, مصرف الرافدين Rafidain Bank. Romanised, للصرافة
 * (llsrafa) meets nothing and counts as another name word.
 */
const ARABIC_BUSINESS_WORDS: ReadonlyMap<string, string> = new Map(Object.entries({
  صرافة: 'exchange', للصرافة: 'exchange', الصرافة: 'exchange', صرافی: 'exchange',
  تجارة: 'trading', للتجارة: 'trading', التجارة: 'trading', تجارية: 'trading', التجارية: 'trading', التجاري: 'commercial',
  بنك: 'bank', البنك: 'bank', مصرف: 'bank', المصرف: 'bank', بانک: 'bank',
  دولية: 'international', الدولية: 'international', الدولي: 'international',
  مجموعة: 'group', المجموعة: 'group',
  استثمار: 'investment', للاستثمار: 'investment', الاستثمار: 'investment',
  الخدمات: 'services', للخدمات: 'services', الشحن: 'shipping', للشحن: 'shipping', النقل: 'transport', للنقل: 'transport',
  // Persian words of Iranian state companies' names, as their listed English names translate them
  // (شرکت ملی نفت ایران = National Iranian Oil Company): the plain reading keeps ملی as Melli and
  // ایران as Iran, as Bank Melli Iran spells them.
  نفت: 'oil', گاز: 'gas', پتروشیمی: 'petrochemical', نفتکش: 'tanker', کشتیرانی: 'shipping', صنایع: 'industries',
  ملی: 'national', ایران: 'iranian',
  // And their Arabic counterparts.
  النفط: 'oil', نفط: 'oil', الغاز: 'gas', الوطنية: 'national', الوطني: 'national',
}));

/** Words the romanisation writes in full, vowels and doubles as in Latin (KNOWN_WORDS, ARABIC_BUSINESS_WORDS): muhammad, allah, commerce. */
const SPELT_IN_FULL = new Set([...KNOWN_WORDS.values(), ...ARABIC_BUSINESS_WORDS.values()].flatMap((w) => w.split(' ')));

/** Whether a word of a romanised Arabic-script name was written in full rather than letter by letter (see SPELT_IN_FULL). */
export function isSpeltInFull(word: string): boolean {
  return SPELT_IN_FULL.has(word);
}

/**
 * A company name in Arabic script with its words for a business in English (ARABIC_BUSINESS_WORDS), the
 * rest romanised as romaniseArabic does; undefined when it has none.
 *
 * @example romaniseArabicOrgWords('شركة حسن عياش للصرافة') // 'shrka hasan aiash exchange'
 */
export function romaniseArabicOrgWords(text: string): string | undefined {
  const persian = hasPersianLetters(text);
  let found = false;
  const words = text.split(' ').map((word) => {
    const english = ARABIC_BUSINESS_WORDS.get(word);
    if (english === undefined) return romaniseWord(word, persian, 'arabic');
    found = true;
    return english;
  });
  return found ? words.join(' ') : undefined;
}
