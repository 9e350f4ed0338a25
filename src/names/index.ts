export { collapseDoubledLetters, normaliseText } from './normalise-text.js';
export { latinVariants, nameSpellings, transliterate, MAX_LATIN_VARIANTS, type LatinSpelling } from './transliterate.js';
export { romaniseCyrillic } from './romanise-cyrillic.js';
export { isSpeltInFull, romaniseArabic } from './romanise-arabic.js';
export { romaniseHangul, romaniseHangulLoanwords } from './romanise-hangul.js';
export { arabicWordSkeleton, consonantSkeleton } from './consonant-skeleton.js';
export { isNisbaPair } from './nisba.js';
export { areDistinctArabicNames } from './distinct-arabic-names.js';
export { areGenderedForms } from './gendered-given-names.js';
export { canonicalSurname, isKoreanSyllables, koreanKey, koreanNameKeys, looksKoreanName } from './korean-names.js';
export { beginsLegalForm, isSyllabicScript, legalFormOf, legalFormsNear, separateCjkLegalForms, splitLegalForms, type LegalFormSplit } from './legal-forms.js';
export { GENERIC_ORG_WORDS, businessWordStem, isBusinessWord, isGenericOrgWord } from './generic-org-words.js';
export { isCommonEnglishWord } from './english-words.js';
export {
  hasOfficeTitle,
  isPatronymicToken,
  isSurnameParticle,
  isTitle,
  joinedForms,
  tokeniseName,
  tokeniseNameForms,
  type NameEntityKind,
  type NameParts,
  type NameToken,
  type TokenKind,
  type TokeniseOptions,
} from './name-tokens.js';
export { nameKeys, type NameKeys, type NameKeysOptions } from './name-keys.js';
export { anglicise, foldLongVowels } from './anglicise.js';
export { arabicCompounds, hasArabicCompound, isArabicArticle, isCompoundOpener } from './arabic-compounds.js';
export { surnameMask } from './surname-marks.js';
export { acronymOf } from './acronym.js';
export { commaQualified, hasQualifier, nameAlternatives, trailingPlace, withoutAddresseePrefix, withoutLeadingHonorific, withoutVesselPrefix, withoutWebDomain, type NameAlternative, type PlaceReaders, type TrailingPlace } from './name-alternatives.js';
export { townCountry } from './towns.js';
export { areGivenNameEquivalents, givenNameGroups } from './given-name-equivalents.js';
export { boundedEditDistance } from './edit-distance.js';
export { cutShortEvidence, type CutShort } from './cut-short.js';
