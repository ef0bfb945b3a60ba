/** The source text in one line, for the handout's credit (citations come from src/lib/citation). */
export const SOURCE_TEXT_CITATION =
  'The Anarchist FAQ Editorial Collective, An Anarchist FAQ, appendix “Were any of the Bolshevik oppositions a real alternative?”';
