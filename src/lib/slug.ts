/**
 * Lower-case ASCII words joined by single hyphens: "Kronstadt, 1921!" → "kronstadt-1921".
 * Accents are folded ("Šljapnikov" → "sljapnikov"); anything else (quotes, slashes, dots,
 * Cyrillic) becomes a separator, so nothing typed can reach a path, a hidden-file dot or a shell.
 * Empty when nothing Latin is left; callers choose their own stand-in.
 */
export function slug(text: string, maxLength = Number.POSITIVE_INFINITY): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '');
}
