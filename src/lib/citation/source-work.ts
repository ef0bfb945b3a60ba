import type { Work } from '../../data/works';

/**
 * The appendix of An Anarchist FAQ that this project is built on, as a CSL item: every quotation
 * was taken from it, so every note ends by citing it. data/works.json holds it under the same id
 * with what the record adds (its revision's year); this stands in only where the bibliography
 * has not loaded into a test or lacks it.
 */
export const SOURCE_WORK: Work = {
  id: 'anarchist-faq-bolshevik-oppositions',
  type: 'chapter',
  title: 'Were any of the Bolshevik oppositions a real alternative?',
  'container-title': 'An Anarchist FAQ',
  author: [{ literal: 'The Anarchist FAQ Editorial Collective' }],
};

/**
 * The titles of the appendix's sections, by number, as its table of contents gives them (a test
 * reads them back from data/source); 0, the introduction, has no title of its own. Kept here
 * rather than fetched with the whole text, so that citing the FAQ costs no extra request.
 */
export const FAQ_SECTION_TITLES: Readonly<Record<1 | 2 | 3 | 4, string>> = {
  1: 'Were the "Left Communists" of 1918 an alternative?',
  2: 'What were the limitations of the "Workers\' Opposition" of 1920?',
  3: 'What about Trotsky\'s "Left Opposition" in the 1920s?',
  4: 'What do these oppositions tell us about the essence of Leninism?',
};
