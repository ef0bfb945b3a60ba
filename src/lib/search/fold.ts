/**
 * One definition of "a word" and of "the same word", shared by the index, the query and the
 * highlighter: if they disagreed, a result could match without anything in it being marked.
 */

/**
 * Letters, digits and combining marks, with apostrophes allowed only *inside* a word, so that
 * "Il'ich" and "Lenin's" stay one word while the trailing apostrophe of "Workers'" and every
 * hyphen ("Brest-Litovsk", "one-man") separate words. The marks are included so that text
 * already in decomposed (NFD) form keeps its accents inside the word.
 */
export const WORD_PATTERN = /[\p{L}\p{N}\p{M}]+(?:['\u2019\u02bc][\p{L}\p{N}\p{M}]+)*/gu;

const COMBINING_MARKS = /\p{M}/gu;
/** Straight, typographic and modifier-letter apostrophes: the data and the users mix them. */
const APOSTROPHES = /['\u2019\u02bc]/g;
/** "Lenin's" is a form of "Lenin": without this, the query "Lenin's" would look for a word "lenins". */
const POSSESSIVE = /(?<=[\p{L}\p{N}\p{M}])['\u2019\u02bc]s(?![\p{L}\p{N}\p{M}])/gu;

/** Latin letters that NFD does not decompose, so stripping marks alone would leave them apart. */
const UNDECOMPOSABLE: Readonly<Record<string, string>> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
};
const UNDECOMPOSABLE_PATTERN = /[łøđßæœı]/g;

/**
 * Folds text for comparison: decomposed, combining marks dropped (ü→u, ż→z, and ё→е since
 * Cyrillic decomposes the same way), lower case. Word boundaries do not move, since marks count
 * as part of a word and letters stay letters, so a whole field can be folded before it is split.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(UNDECOMPOSABLE_PATTERN, (letter) => UNDECOMPOSABLE[letter] ?? letter);
}

/**
 * The apostrophe step of folding. Apostrophes join words and never split them, so dropping them
 * from a whole text gives the same words as dropping them word by word, at a fraction of the cost.
 */
function dropApostrophes(text: string): string {
  return text.replace(POSSESSIVE, '').replace(APOSTROPHES, '');
}

/**
 * Folds a word to the form it is indexed and compared in: foldText, then the possessive "'s"
 * dropped and inner apostrophes removed ("Lenin's"→"lenin", "Il'ich"→"ilich"). Idempotent, so
 * folding a folded term is safe.
 */
export function foldTerm(word: string): string {
  return dropApostrophes(foldText(word));
}

/** The words of a text, unfolded, in order. */
export function words(text: string): string[] {
  return Array.from(text.matchAll(WORD_PATTERN), (match) => match[0]);
}

/** The folded words of a text, as the index and the query see them; the same as foldTerm per word. */
export function terms(text: string): string[] {
  return words(dropApostrophes(foldText(text)));
}
