/** Cross-references to other parts of the FAQ (`[section H.5](#)`) lead nowhere here: keep their text. */
export function reduceLinks(s: string): string {
  return s.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
}

export function foldWhitespace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * The one normalisation shared by paragraph text and quotes, so a quote copied from the
 * text (with or without its markup) is found by plain substring search.
 */
export function normaliseText(s: string): string {
  return foldWhitespace(reduceLinks(s).replace(/\*/g, ''));
}
