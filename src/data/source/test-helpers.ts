import { readFileSync } from 'node:fs';
import { parseSource } from './parse-source';
import type { Paragraph, SourceDocument } from './types';

/** The project's copy of the source text, read the way the app's callers would pass it. */
export const realSource = (): string =>
  readFileSync(new URL('../../../data/source/bolshevik-oppositions.txt', import.meta.url), 'utf8');

/** Wraps body text in the front matter the real file has, with one numbered section. */
export function synthetic(intro: string, section1 = 'Closing words.'): string {
  return [
    '',
    'An Anarchist FAQ',
    '',
    'A title?',
    '',
    'Contents',
    '',
    'A title?\t2',
    '1 First part?\t3',
    '',
    'A title?',
    '',
    intro,
    '',
    '1 First part?',
    '',
    section1,
    '',
  ].join('\n');
}

export const parseSynthetic = (intro: string, section1?: string): SourceDocument =>
  parseSource(synthetic(intro, section1));

/** The only paragraph containing `needle`; fails loudly when there are none or several. */
export function paragraphWith(doc: SourceDocument, needle: string): Paragraph {
  const found = doc.paragraphs.filter((p) => p.text.includes(needle));
  const [only] = found;
  if (found.length !== 1 || !only) throw new Error(`${found.length} paragraphs contain ${needle}`);
  return only;
}
