/**
 * Legal-form words and phrases (LLC, ООО, Aktiengesellschaft, 有限公司 ...) in many languages and
 * scripts, each with one canonical code, so a matcher can weight them down instead of matching
 * them as names.
 *
 * Phrases are listed in their own script; their Latin spellings are added at load time through
 * latinVariants, so 'ooo', 'obshchestvo s ogranichennoy otvetstvennostyu' and 'ооо' all map to llc.
 * @module
 */
import { latinVariants } from './transliterate.js';
import { boundedEditDistance } from './edit-distance.js';
import { collapseDoubledLetters, normaliseText } from './normalise-text.js';

/** Canonical code -> forms (any script, any case; normalised at load). */
const LEGAL_FORMS: Readonly<Record<string, readonly string[]>> = {
  llc: [
    'llc', 'l l c', 'ooo', 'ООО', 'limited liability company', 'limited liability co',
    'Общество с ограниченной ответственностью', 'ТОВ', 'Товариство з обмеженою відповідальністю',
    'sp z oo', 'sp z o o', 'spolka z ograniczona odpowiedzialnoscia', 'fz llc', 'fzllc', 'ltda', 'limitada',
    'doo', 'd o o', 'kft', 'sro', 's r o', 'ood', 'eood',
  ],
  jsc: [
    'jsc', 'ao', 'АО', 'joint stock company', 'joint-stock company', 'Акционерное общество',
    'Акціонерне товариство', '株式会社', 'kabushiki kaisha', 'kk', '주식회사', '股份有限公司',
    // Turkish: anonim şirketi (A.Ş.).
    'anonim sirketi', 'anonim sirket',
  ],
  cjsc: ['cjsc', 'zao', 'ЗАО', 'closed joint stock company', 'Закрытое акционерное общество'],
  ojsc: ['ojsc', 'oao', 'ОАО', 'open joint stock company', 'Открытое акционерное общество'],
  pjsc: ['pjsc', 'pao', 'ПАО', 'public joint stock company', 'Публичное акционерное общество', 'ПАТ'],
  gmbh: ['gmbh', 'g m b h', 'gesellschaft mit beschrankter haftung', 'gesmbh'],
  ag: ['ag', 'aktiengesellschaft'],
  // Mexico: de capital variable (S.A. de C.V.), bursatil (S.A.B.), promotora de inversion (S.A.P.I.),
  // simplificada (S.A.S.); OFAC writes S.A. DE C.V. some 1,400 times.
  sa: [
    'sa', 's a', 'societe anonyme', 'sociedad anonima', 'sociedade anonima', 's a l',
    'sa de cv', 's a de c v', 'sab de cv', 's a b de c v', 'sapi de cv', 's a p i de c v', 'sas de cv', 's a s de c v',
  ],
  sarl: ['sarl', 's a r l', 'societe a responsabilite limitee'],
  sas: ['sas', 'societe par actions simplifiee'],
  spa: ['spa', 's p a', 'societa per azioni'],
  srl: [
    'srl', 's r l', 'societa a responsabilita limitata', 'sociedad de responsabilidad limitada', 'sl',
    's de rl', 's de r l', 's de rl de cv', 's de r l de c v', 'srl de cv', 's r l de c v',
    'societatea cu raspundere limitata',
  ],
  bv: ['bv', 'b v', 'besloten vennootschap'],
  nv: ['nv', 'n v', 'naamloze vennootschap'],
  ltd: ['ltd', 'limited', 'pvt ltd', 'private limited', 'pty', 'pty ltd', 'proprietary limited', 'limited sirketi', 'ltd sti', '有限公司', '有限会社', 'yugen kaisha', '유한회사'],
  co: ['co', 'company', 'شركة', 'sharikat', 'شرکت', 'sherkat', 'sirket', 'sirketi', 'sti'],
  corp: ['corp', 'corporation'],
  inc: ['inc', 'incorporated'],
  plc: ['plc', 'p l c', 'public limited company'],
  llp: ['llp', 'l l p', 'limited liability partnership'],
  lp: ['lp', 'l p', 'limited partnership'],
  fze: ['fze', 'free zone establishment'],
  fzco: ['fzco', 'fzc', 'free zone company'],
  dmcc: ['dmcc'],
  est: ['est', 'establishment', 'مؤسسة', 'muassasat'],
  as: ['as', 'a s', 'asa', 'a/s', 'aps'],
  ab: ['ab', 'aktiebolag'],
  oy: ['oy', 'oyj', 'osakeyhtio'],
  kg: ['kg', 'kommanditgesellschaft', 'gmbh co kg'],
  // Russian state bodies' forms: unitary and treasury enterprises, budgetary institutions, non-profits.
  fgup: ['fgup', 'ФГУП', 'federal state unitary enterprise', 'Федеральное государственное унитарное предприятие'],
  gup: ['gup', 'ГУП', 'state unitary enterprise', 'Государственное унитарное предприятие'],
  mup: ['mup', 'МУП', 'municipal unitary enterprise', 'Муниципальное унитарное предприятие'],
  fkp: ['fkp', 'ФКП', 'federal treasury enterprise', 'Федеральное казенное предприятие'],
  fgbu: ['fgbu', 'ФГБУ', 'federal state budgetary institution', 'Федеральное государственное бюджетное учреждение'],
  fgbou: ['fgbou', 'ФГБОУ', 'Федеральное государственное бюджетное образовательное учреждение'],
  ano: ['ano', 'АНО', 'autonomous non-profit organization', 'autonomous non-profit organisation', 'Автономная некоммерческая организация'],
};

/** CJK forms are written attached to the name (华为技术有限公司): split them off first. */
const CJK_FORMS = ['股份有限公司', '有限责任公司', '有限公司', '株式会社', '有限会社', '合同会社', '주식회사', '유한회사'];
const CJK_FORM_PATTERN = new RegExp(`(${CJK_FORMS.join('|')})`, 'gu');

interface PhraseNode {
  canonical?: string;
  next: Map<string, PhraseNode>;
}

const ROOT: PhraseNode = { next: new Map() };
/**
 * The forms written in Han, Hangul or kana, for names written in those scripts: their syllables are
 * no Latin codes (澳门 is ao men, 北京造船厂 has a zao), so there only these forms apply.
 */
const SYLLABIC_ROOT: PhraseNode = { next: new Map() };

const SYLLABIC_SCRIPT = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Whether a text has Han, Hangul or kana, where one sign is a syllable. */
export function isSyllabicScript(text: string): boolean {
  return SYLLABIC_SCRIPT.test(text);
}

function addPhrase(root: PhraseNode, tokens: readonly string[], canonical: string): void {
  let node = root;
  for (const token of tokens) {
    let child = node.next.get(token);
    if (child === undefined) {
      child = { next: new Map() };
      node.next.set(token, child);
    }
    node = child;
  }
  node.canonical ??= canonical;
}

/** Informal romanisation writes щ as sh (obshestvo for общество), which the systems of latinVariants do not. */
const withInformalShch = (spellings: readonly string[]): string[] => [...spellings, ...spellings.filter((s) => s.includes('shch')).map((s) => s.replace(/shch/g, 'sh'))];

for (const [canonical, forms] of Object.entries(LEGAL_FORMS)) {
  for (const form of forms) {
    for (const text of new Set([normaliseText(form), ...withInformalShch(latinVariants(form))])) {
      if (text === '') continue;
      addPhrase(ROOT, text.split(' '), canonical);
      if (isSyllabicScript(form)) addPhrase(SYLLABIC_ROOT, text.split(' '), canonical);
    }
  }
}

/** Long one-word forms shorter than this are not looked up with doubles collapsed (too many names). */
const MIN_COLLAPSED_LENGTH = 8;

/** One-word forms by their collapsed spelling, for a letter doubled or left single by mistake. */
const ONE_WORD_FORMS_COLLAPSED: ReadonlyMap<string, string> = new Map(
  [...ROOT.next.entries()]
    .filter(([word, node]) => node.canonical !== undefined && word.length >= MIN_COLLAPSED_LENGTH && /^[a-z]+$/.test(word))
    .map(([word, node]) => [collapseDoubledLetters(word), node.canonical as string]),
);

/**
 * Words of a form at least this long are also recognised with one typo (Limzted, Compwny); shorter
 * ones are too close to names. Inside a phrase, and for a phrase's first word when the next word
 * follows as written, the phrase vouches for shorter words (Qoint Stock Company, Joint Sdock Company).
 */
const MIN_FUZZY_FORM_LENGTH = 6;
const MIN_FUZZY_PHRASE_WORD_LENGTH = 4;
const MIN_FUZZY_OPENER_LENGTH = 5;
const MIN_NEAR_SHORT_WORD = 2;

const deletionsOf = (word: string): string[] => Array.from(word, (_, k) => word.slice(0, k) + word.slice(k + 1));

/**
 * The words that open a form, by themselves and their one-letter deletions: a word one typo from
 * such a word shares one of these keys with it (the symmetric-deletion scheme of SymSpell), so a
 * name's words are not compared with every form.
 */
const FIRST_WORDS_BY_DELETION = new Map<string, string[]>();
for (const word of ROOT.next.keys()) {
  if (word.length < MIN_FUZZY_OPENER_LENGTH || !/^[a-z]+$/.test(word)) continue;
  for (const key of [word, ...deletionsOf(word)]) FIRST_WORDS_BY_DELETION.set(key, [...(FIRST_WORDS_BY_DELETION.get(key) ?? []), word]);
}

/**
 * The words opening a form that share a key with `word` (itself or a one-letter deletion), in the
 * order of its keys. Looked up key by key without building the key list: this runs for every name
 * word of five letters or more, and almost always finds nothing.
 */
function openersNear(word: string): string[] {
  const found: string[] = [];
  for (let k = -1; k < word.length; k++) {
    const words = FIRST_WORDS_BY_DELETION.get(k < 0 ? word : word.slice(0, k) + word.slice(k + 1));
    if (words) for (const w of words) if (!found.includes(w)) found.push(w);
  }
  return found;
}

/**
 * The children of a phrase node for a word as written or one typo from it (see
 * MIN_FUZZY_FORM_LENGTH), the exact one first; `following` is the name's next word. Inside a phrase
 * every near child counts, not only the first: the spellings of one phrase branch by romanisation
 * system (ogranichennoi otvetstvennostiu, ogranichennoy otvetstvennostyu), and a name that mixes
 * them and has a typo (ogranichennoi otvetstjennostyu) is one typo from a word of the other branch.
 * A form's first word is looked up fuzzily only when no form opens with it as written.
 */
function childrenOf(node: PhraseNode, word: string, following: string | undefined): PhraseNode[] {
  const exact = node.next.get(word);
  if (node === ROOT) {
    if (exact !== undefined) return [exact];
    if (word.length < MIN_FUZZY_OPENER_LENGTH) return [];
    const near: PhraseNode[] = [];
    for (const candidate of openersNear(word)) {
      if (boundedEditDistance(word, candidate, 1) !== 1) continue;
      const child = ROOT.next.get(candidate)!;
      if (word.length >= MIN_FUZZY_FORM_LENGTH || (following !== undefined && child.next.has(following))) near.push(child);
    }
    return near;
  }
  const children = exact === undefined ? [] : [exact];
  if (word.length < MIN_FUZZY_PHRASE_WORD_LENGTH) return exact !== undefined || following === undefined || word.length < MIN_NEAR_SHORT_WORD ? children : shortWordsNear(node, word, following);
  for (const [candidate, child] of node.next) {
    if (candidate !== word && candidate.length >= MIN_FUZZY_PHRASE_WORD_LENGTH && boundedEditDistance(word, candidate, 1) === 1 && !children.includes(child)) children.push(child);
  }
  return children;
}

/**
 * The children of a phrase node for a short word with one letter changed, when the phrase goes on
 * with the name's next word as written: the words on both sides vouch for it (S.A. WE C.V., S.A.
 * DK C.V.), where a short word alone could be any other. Not a one-letter word: P.C.C. is no P.L.C.
 */
function shortWordsNear(node: PhraseNode, word: string, following: string): PhraseNode[] {
  const near: PhraseNode[] = [];
  for (const [candidate, child] of node.next) {
    if (candidate.length === word.length && child.next.has(following) && boundedEditDistance(word, candidate, 1) === 1) near.push(child);
  }
  return near;
}

/**
 * Puts spaces around CJK legal forms glued to a name, so they become tokens of their own.
 *
 * @example separateCjkLegalForms('华为技术有限公司') // '华为技术 有限公司'
 */
export function separateCjkLegalForms(text: string): string {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) >= 0x3000) return text.replace(CJK_FORM_PATTERN, ' $1 ').trim();
  }
  return text;
}

/** Result of splitLegalForms: name tokens and canonical legal-form codes, both in order. */
export interface LegalFormSplit {
  core: string[];
  legal: string[];
}

/**
 * Splits normalised tokens (any script, or their Latin spelling) into name tokens and legal forms,
 * longest phrase first. When nothing but legal forms would remain, all tokens stay core
 * (an entity called "Company" is still named "Company").
 *
 * `syllabic`: the tokens spell a name written in Han, Hangul or kana, where only the forms of those
 * scripts apply, as written (see SYLLABIC_ROOT).
 *
 * @example splitLegalForms(['ooo', 'romashka']) // { core: ['romashka'], legal: ['llc'] }
 * @example splitLegalForms(['rosneft', 'public', 'joint', 'stock', 'company']) // { core: ['rosneft'], legal: ['pjsc'] }
 * @example splitLegalForms(['ao', 'men', 'you', 'xian', 'gong', 'si'], true) // { core: ['ao', 'men'], legal: ['ltd'] }
 */
export function splitLegalForms(tokens: readonly string[], syllabic = false): LegalFormSplit {
  const core: string[] = [];
  const legal: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    // The phrase nodes the words so far reach, exact paths first.
    let nodes: PhraseNode[] = [syllabic ? SYLLABIC_ROOT : ROOT];
    let matchEnd = -1;
    let matchCanonical = '';
    for (let j = i; j < tokens.length; j++) {
      const word = tokens[j] as string;
      const next: PhraseNode[] = [];
      for (const node of nodes) {
        const children = syllabic ? [node.next.get(word)].filter((n) => n !== undefined) : childrenOf(node, word, tokens[j + 1]);
        for (const child of children) if (!next.includes(child)) next.push(child);
      }
      if (next.length === 0) {
        // A name cut at a field's length ends inside its legal form ("... JOINT STOCK COMPAN").
        const cut = !syllabic && j > i && j === tokens.length - 1 ? nodes.map((node) => truncatedEnd(node, word)).find((c) => c !== undefined) : undefined;
        if (cut !== undefined) {
          matchEnd = j + 1;
          matchCanonical = cut;
        }
        break;
      }
      nodes = next;
      const ended = nodes.find((node) => node.canonical !== undefined);
      if (ended?.canonical !== undefined) {
        matchEnd = j + 1;
        matchCanonical = ended.canonical;
      }
    }
    const token = tokens[i] as string;
    const misspelt = !syllabic && matchEnd < 0 && token.length >= MIN_COLLAPSED_LENGTH ? ONE_WORD_FORMS_COLLAPSED.get(collapseDoubledLetters(token)) : undefined;
    if (matchEnd > 0) {
      legal.push(matchCanonical);
      i = matchEnd;
    } else if (misspelt !== undefined) {
      legal.push(misspelt);
      i++;
    } else {
      core.push(token);
      i++;
    }
  }
  if (core.length === 0) return { core: [...tokens], legal: [] };
  return { core, legal };
}

/** Shortest word a cut-off last word of a phrase must keep: 'comp' of 'company', not 'co'. */
const MIN_TRUNCATED_LENGTH = 4;

/** The code of a phrase whose next word starts with `word` (cut short) and ends the phrase there. */
function truncatedEnd(node: PhraseNode, word: string): string | undefined {
  if (word.length < MIN_TRUNCATED_LENGTH) return undefined;
  for (const [next, child] of node.next) {
    if (child.canonical !== undefined && next.length > word.length && next.startsWith(word)) return child.canonical;
  }
  return undefined;
}

/**
 * Latin legal forms written as one word, by code (s a and l l c joined, as a name's letter runs
 * are), for the near misses of legalFormsNear.
 */
const ONE_WORD_FORMS: readonly (readonly [string, string])[] = Object.entries(LEGAL_FORMS).flatMap(([code, forms]) =>
  [...new Set(forms.map(normaliseText).filter((f) => /^[a-z]+( [a-z])*$/.test(f) && (!f.includes(' ') || /^[a-z]( [a-z])+$/.test(f))).map((f) => f.replace(/ /g, '')))].map(
    (form) => [form, code] as const,
  ),
);

/**
 * The legal forms a short word is one typo from (cmbh: gmbh, lto: ltd, jlc: llc); in words of two
 * or three letters only a changed letter counts, not one added or dropped. Too close to names to
 * read as legal forms on their own: the matcher uses them only against a name that has the form.
 *
 * @example legalFormsNear('cmbh') // ['gmbh']
 */
export function legalFormsNear(word: string): string[] {
  if (word.length < 2 || word.length > MIN_FUZZY_FORM_LENGTH) return [];
  const codes = new Set<string>();
  for (const [form, code] of ONE_WORD_FORMS) {
    if (form === word || (word.length <= 3 && form.length !== word.length)) continue;
    if (boundedEditDistance(word, form, 1) === 1) codes.add(code);
  }
  return [...codes];
}

/** Every Latin word of a legal form (limited, liability, aktiengesellschaft). */
const LEGAL_FORM_WORDS: readonly string[] = [...new Set(Object.values(LEGAL_FORMS).flatMap((forms) => forms.flatMap((f) => normaliseText(f).split(' ')).filter((w) => /^[a-z]{2,}$/.test(w))))];

/**
 * Whether `fragment` is the start of a word of a legal form: what a name cut short inside its legal
 * form leaves (TECHNOLOGY AND DEVELOPMENT GROUP LI for ... LIMITED, ... LIMITED LIAB; see cut-short.ts).
 * @example beginsLegalForm('liab') // true (liability)
 */
export function beginsLegalForm(fragment: string): boolean {
  return LEGAL_FORM_WORDS.some((word) => word.length > fragment.length && word.startsWith(fragment));
}

/**
 * Whether normalised words end in a legal form (S.A. DE C.V., Public Joint-Stock Company): a name
 * written to its end. A placeholder word before them keeps the split from taking a name of forms alone as its name.
 * @example endsInLegalForm(['vtb', 'bank', 'public', 'joint', 'stock', 'company']) // true
 */
export function endsInLegalForm(words: readonly string[]): boolean {
  const last = words[words.length - 1];
  const { core } = splitLegalForms(['-', ...words.slice(-MAX_FORM_WORDS)]);
  return last !== undefined && core[core.length - 1] !== last;
}

/** The most words a legal form has (общество с ограниченной ответственностью; sociedad anonima de capital variable). */
const MAX_FORM_WORDS = 6;

/** @example legalFormOf('ооо') // 'llc' */
export function legalFormOf(token: string): string | undefined {
  return ROOT.next.get(token)?.canonical;
}
